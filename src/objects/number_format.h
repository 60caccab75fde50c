// The format-spec mini-language of int, float and complex (`format(x, spec)`,
// f"{x:.2f}", str.format): [[fill]align][sign][z][#][0][width][grouping][.precision][type];
// and the white space their constructors accept around a number's text.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

// int.__format__ for an exact int and a non-empty spec. `type_name` is the
// name CPython shows in its errors ("int", "bool").
std::string format_int(Value exact_int, std::string_view spec, std::string_view type_name);
// float.__format__ (an empty spec gives str(x)).
std::string format_float(double x, std::string_view spec, std::string_view type_name);
// complex.__format__ (an empty spec gives str(z)).
std::string format_complex(double real, double imag, std::string_view spec,
                           std::string_view type_name);

// CPython's PyOS_double_to_string: `type` is 'e', 'E', 'f', 'F', 'g', 'G' with
// `precision`, or 'r' for the shortest repr; `alternate` keeps the point and
// trailing zeros ('#'); `add_dot_zero` appends ".0" to an integral result
// without an exponent. Infinities and NaN are spelled inf/nan (INF/NAN for
// the upper-case types), with a sign only for -inf.
std::string double_to_string(double x, char type, int precision, bool alternate,
                             bool add_dot_zero);

// The white space int(), float() and complex() strip around a number's text:
// the six ASCII spaces of C's isspace (not str.isspace's wider set).
bool is_number_space(unsigned char c);
std::string_view strip_number_spaces(std::string_view text);

}  // namespace krait
