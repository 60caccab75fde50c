// float: formatting shared by repr(), str() and the front end's ast.dump.
#pragma once

#include <string>

namespace krait {

// repr(x) for a float, as CPython: the shortest string that round-trips, in
// fixed notation unless the decimal exponent is < -4 or >= 16, always with a
// '.0' or an exponent so that it reads back as a float ("1.0", "1e+16",
// "1e-05", "inf", "-0.0").
std::string float_repr(double x);

// The same digits without the '.0' that marks a float ("1", "1.5", "1e+16"):
// CPython's format code 'r' without Py_DTSF_ADD_DOT_0, as complex's repr uses.
std::string float_repr_no_dot_zero(double x);

}  // namespace krait
