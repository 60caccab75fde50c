// float: an exact float is always an immediate (runtime/value.h); instances
// of float subclasses are heap objects holding their double.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

// An instance of a float subclass.
struct FloatBox : Object {
  double value;
};

inline Value make_float(double d) { return Value::from_double(d); }
// True for floats and instances of float subclasses.
bool is_float(Value v);
// The double of a float (or float subclass instance).
double float_value(Value v);
// float(v) for the number protocol (__float__, __index__); TypeError otherwise.
double as_double(Value v);
// Python's hash of a float.
int64_t float_hash(double d);

// float ** float with Python's rules: ZeroDivisionError for 0.0 to a negative
// power, a complex result for a negative base and a non-integral exponent,
// OverflowError (34, 'Numerical result out of range').
Value float_power(double base, double exponent);
// float(text) for str/bytes contents; `shown` is the repr CPython quotes in
// "could not convert string to float: …".
double float_from_string(std::string_view text, std::string_view shown);

std::string float_repr(double x);
// The shortest repr without the ".0" suffix for integral values (for complex's repr).
std::string float_repr_no_dot_zero(double x);

void init_float_type();

}  // namespace krait
