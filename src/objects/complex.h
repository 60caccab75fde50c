// complex.
#pragma once

#include <string>

#include "runtime/object.h"

namespace krait {

extern Type complex_type;

struct Complex : Object {
  double real;
  double imag;
};

Value make_complex(double real, double imag);
bool is_complex(Value v);
// complex ** complex with Python's errors (ZeroDivisionError "0.0 to a
// negative or complex power", OverflowError "complex exponentiation").
Value complex_power(double base_real, double base_imag, double exp_real, double exp_imag);
// repr() of a complex: "1j", "(1+2j)", "(-0-0j)".
std::string complex_repr(double real, double imag);

void init_complex_type();

}  // namespace krait
