// The `cmath` module (CPython's Modules/cmathmodule.c): sqrt, exp and log
// with CPython's algorithms for finite arguments; infinite and NaN arguments
// go to the C++ library, which does not follow CPython's special-value tables
// everywhere.
#include "modules/cmath.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "objects/class.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

using Complex128 = std::complex<double>;

constexpr double kLargeDouble = DBL_MAX / 4.0;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;

// A complex argument: complex, __complex__, or a real number (PyArg "D").
Complex128 complex_argument(Value v) {
  if (is_complex(v)) {
    auto* c = v.as<Complex>();
    return {c->real, c->imag};
  }
  if (!is_float(v) && !v.is_small_int()) {
    Value converted = call_special(v, intern("__complex__"), {});
    if (!converted.is_null()) {
      if (!is_complex(converted)) {
        throw_type_error("__complex__ returned non-complex (type " + type_name(converted) + ")");
      }
      auto* c = converted.as<Complex>();
      return {c->real, c->imag};
    }
  }
  return {as_double(v), 0.0};
}

Complex128 one_argument(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  return complex_argument(args[0]);
}

Value checked(Complex128 z, int error) {
  if (error == EDOM) throw_value_error("math domain error");
  if (error == ERANGE) throw_overflow_error("math range error");
  return make_complex(z.real(), z.imag());
}

// The error a result implies: a NaN or infinity from a finite argument.
int implied_error(Complex128 z, Complex128 r) {
  bool finite_in = std::isfinite(z.real()) && std::isfinite(z.imag());
  if (!finite_in) return 0;
  if (std::isnan(r.real()) || std::isnan(r.imag())) return EDOM;
  if (std::isinf(r.real()) || std::isinf(r.imag())) return ERANGE;
  return 0;
}

Complex128 complex_sqrt(Complex128 z) {
  if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) return std::sqrt(z);
  if (z.real() == 0.0 && z.imag() == 0.0) return {0.0, z.imag()};
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag());
  double s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up first.
    ax = std::ldexp(ax, 53);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.real() >= 0.0) return {s, std::copysign(d, z.imag())};
  return {d, std::copysign(s, z.imag())};
}

Complex128 complex_exp(Complex128 z, int& error) {
  if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) return std::exp(z);
  double l;
  Complex128 r;
  if (z.real() > 708.3964185322641) {
    l = std::exp(z.real() - 1.0);
    r = {l * std::cos(z.imag()) * M_E, l * std::sin(z.imag()) * M_E};
  } else {
    l = std::exp(z.real());
    r = {l * std::cos(z.imag()), l * std::sin(z.imag())};
  }
  if (std::isinf(r.real()) || std::isinf(r.imag())) error = ERANGE;
  return r;
}

Complex128 complex_log(Complex128 z, int& error) {
  if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) return std::log(z);
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag());
  double real;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      real = std::log(std::hypot(std::ldexp(ax, 53), std::ldexp(ay, 53))) - 53 * kLn2;
    } else {
      real = -HUGE_VAL;
      error = EDOM;
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      real = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      real = std::log(h);
    }
  }
  return {real, std::atan2(z.imag(), z.real())};
}

// Smith's division, as CPython's complex quotient.
Complex128 quotient(Complex128 a, Complex128 b, int& error) {
  double abs_real = std::fabs(b.real()), abs_imag = std::fabs(b.imag());
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) {
      error = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.imag() / b.real();
    double denom = b.real() + b.imag() * ratio;
    return {(a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom};
  }
  if (abs_imag >= abs_real) {
    double ratio = b.real() / b.imag();
    double denom = b.real() * ratio + b.imag();
    return {(a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom};
  }
  return {NAN, NAN};
}

bool is_finite(Complex128 z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }
bool is_large(Complex128 z) {
  return std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble;
}
// log(|z|) + 2 log 2 for huge z, without overflow in hypot.
double large_log(Complex128 z) {
  return std::log(std::hypot(z.real() / 2.0, z.imag() / 2.0)) + kLn2 * 2.0;
}

// The inverse functions through the square roots of 1 -/+ z (Kahan), as CPython.
Complex128 complex_acos(Complex128 z) {
  if (!is_finite(z)) return std::acos(z);
  if (is_large(z)) {
    double imag = z.real() < 0 ? -std::copysign(large_log(z), z.imag())
                               : std::copysign(large_log(z), -z.imag());
    return {std::atan2(std::fabs(z.imag()), z.real()), imag};
  }
  Complex128 s1 = complex_sqrt({1.0 - z.real(), -z.imag()});
  Complex128 s2 = complex_sqrt({1.0 + z.real(), z.imag()});
  return {2.0 * std::atan2(s1.real(), s2.real()),
          std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real())};
}

Complex128 complex_acosh(Complex128 z) {
  if (!is_finite(z)) return std::acosh(z);
  if (is_large(z)) return {large_log(z), std::atan2(z.imag(), z.real())};
  Complex128 s1 = complex_sqrt({z.real() - 1.0, z.imag()});
  Complex128 s2 = complex_sqrt({z.real() + 1.0, z.imag()});
  return {std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()),
          2.0 * std::atan2(s1.imag(), s2.real())};
}

Complex128 complex_asinh(Complex128 z) {
  if (!is_finite(z)) return std::asinh(z);
  if (is_large(z)) {
    double real = z.imag() >= 0.0 ? std::copysign(large_log(z), z.real())
                                  : -std::copysign(large_log(z), -z.real());
    return {real, std::atan2(z.imag(), std::fabs(z.real()))};
  }
  Complex128 s1 = complex_sqrt({1.0 + z.imag(), -z.real()});
  Complex128 s2 = complex_sqrt({1.0 - z.imag(), z.real()});
  return {std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
          std::atan2(z.imag(), s1.real() * s2.real() - s1.imag() * s2.imag())};
}

Complex128 complex_asin(Complex128 z) {
  Complex128 s = complex_asinh({-z.imag(), z.real()});
  return {s.imag(), -s.real()};
}

Complex128 complex_atanh(Complex128 z, int& error) {
  if (!is_finite(z)) return std::atanh(z);
  if (z.real() < 0.0) {
    Complex128 r = complex_atanh({-z.real(), -z.imag()}, error);
    return {-r.real(), -r.imag()};
  }
  double ay = std::fabs(z.imag());
  const double sqrt_large = std::sqrt(kLargeDouble);
  if (z.real() > sqrt_large || ay > sqrt_large) {
    double h = std::hypot(z.real() / 2.0, z.imag() / 2.0);
    return {z.real() / 4.0 / h / h, -std::copysign(M_PI / 2.0, -z.imag())};
  }
  if (z.real() == 1.0 && ay < std::sqrt(DBL_MIN)) {
    if (ay == 0.0) {
      error = EDOM;
      return {HUGE_VAL, z.imag()};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
            std::copysign(std::atan2(2.0, -ay) / 2, z.imag())};
  }
  double one_minus = 1 - z.real();
  return {std::log1p(4.0 * z.real() / (one_minus * one_minus + ay * ay)) / 4.0,
          -std::atan2(-2.0 * z.imag(), (1 - z.real()) * (1 + z.real()) - ay * ay) / 2.0};
}

Complex128 complex_atan(Complex128 z, int& error) {
  Complex128 s = complex_atanh({-z.imag(), z.real()}, error);
  return {s.imag(), -s.real()};
}

Complex128 complex_tanh(Complex128 z) {
  if (!is_finite(z)) return std::tanh(z);
  if (std::fabs(z.real()) > 708.3964185322641) {
    return {std::copysign(1.0, z.real()),
            4.0 * std::sin(z.imag()) * std::cos(z.imag()) * std::exp(-2.0 * std::fabs(z.real()))};
  }
  double tx = std::tanh(z.real()), ty = std::tan(z.imag()), cx = 1.0 / std::cosh(z.real());
  double txty = tx * ty;
  double denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

Complex128 complex_tan(Complex128 z) {
  Complex128 s = complex_tanh({-z.imag(), z.real()});
  return {s.imag(), -s.real()};
}

Value cmath_sqrt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.sqrt", args, nargs, kwnames);
  return checked(complex_sqrt(z), 0);
}

Value cmath_exp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.exp", args, nargs, kwnames);
  int error = 0;
  Complex128 r = complex_exp(z, error);
  return checked(r, error);
}

Value cmath_log(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("log", kwnames);
  check_positional("log", nargs, 1, 2);
  int error = 0;
  Complex128 r = complex_log(complex_argument(args[0]), error);
  if (nargs == 2) {
    Complex128 base = complex_log(complex_argument(args[1]), error);
    r = quotient(r, base, error);
  }
  return checked(r, error);
}

Value cmath_log10(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.log10", args, nargs, kwnames);
  int error = 0;
  Complex128 r = complex_log(z, error);
  return checked({r.real() / kLn10, r.imag() / kLn10}, error);
}

#define CMATH_1(pyname, expression)                                               \
  Value cmath_##pyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {  \
    Complex128 z = one_argument("cmath." #pyname, args, nargs, kwnames);          \
    Complex128 r = expression;                                                    \
    return checked(r, implied_error(z, r));                                       \
  }
CMATH_1(acos, complex_acos(z))
CMATH_1(acosh, complex_acosh(z))
CMATH_1(asin, complex_asin(z))
CMATH_1(asinh, complex_asinh(z))
CMATH_1(cos, std::cos(z))
CMATH_1(cosh, std::cosh(z))
CMATH_1(sin, std::sin(z))
CMATH_1(sinh, std::sinh(z))
CMATH_1(tan, complex_tan(z))
CMATH_1(tanh, complex_tanh(z))
#undef CMATH_1

Value cmath_atanh(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.atanh", args, nargs, kwnames);
  int error = 0;
  Complex128 r = complex_atanh(z, error);
  return checked(r, error ? error : implied_error(z, r));
}

Value cmath_atan(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.atan", args, nargs, kwnames);
  int error = 0;
  Complex128 r = complex_atan(z, error);
  return checked(r, error ? error : implied_error(z, r));
}

Value cmath_phase(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.phase", args, nargs, kwnames);
  return make_float(std::atan2(z.imag(), z.real()));
}

Value cmath_polar(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.polar", args, nargs, kwnames);
  double r = std::hypot(z.real(), z.imag());
  if (std::isinf(r) && std::isfinite(z.real()) && std::isfinite(z.imag())) {
    throw_overflow_error("math range error");
  }
  return Value::from_object(
      make_tuple({make_float(r), make_float(std::atan2(z.imag(), z.real()))}));
}

Value cmath_rect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("rect", kwnames);
  check_positional("rect", nargs, 2, 2);
  double r = as_double(args[0]), phi = as_double(args[1]);
  if (std::isfinite(r) && std::isinf(phi)) throw_value_error("math domain error");
  if (phi == 0.0) return make_complex(r, r * phi);
  return make_complex(r * std::cos(phi), r * std::sin(phi));
}

Value cmath_isfinite(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.isfinite", args, nargs, kwnames);
  return make_bool(std::isfinite(z.real()) && std::isfinite(z.imag()));
}

Value cmath_isinf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.isinf", args, nargs, kwnames);
  return make_bool(std::isinf(z.real()) || std::isinf(z.imag()));
}

Value cmath_isnan(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Complex128 z = one_argument("cmath.isnan", args, nargs, kwnames);
  return make_bool(std::isnan(z.real()) || std::isnan(z.imag()));
}

Value cmath_isclose(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2}, args, nargs, kwnames,
                 bound);
  Complex128 a = complex_argument(bound[0]);
  Complex128 b = complex_argument(bound[1]);
  double rel_tol = bound[2].is_null() ? 1e-09 : as_double(bound[2]);
  double abs_tol = bound[3].is_null() ? 0.0 : as_double(bound[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) throw_value_error("tolerances must be non-negative");
  if (a == b) return make_bool(true);
  if (std::isinf(a.real()) || std::isinf(a.imag()) || std::isinf(b.real()) ||
      std::isinf(b.imag())) {
    return make_bool(false);
  }
  double diff = std::abs(a - b);
  return make_bool(diff <= rel_tol * std::abs(b) || diff <= rel_tol * std::abs(a) ||
                   diff <= abs_tol);
}

}  // namespace

Module* create_cmath_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("cmath"));
  add_functions(module, {
      {"acos", cmath_acos, kMethodInstance, "Return the arc cosine of z."},
      {"acosh", cmath_acosh, kMethodInstance, "Return the inverse hyperbolic cosine of z."},
      {"asin", cmath_asin, kMethodInstance, "Return the arc sine of z."},
      {"asinh", cmath_asinh, kMethodInstance, "Return the inverse hyperbolic sine of z."},
      {"atan", cmath_atan, kMethodInstance, "Return the arc tangent of z."},
      {"atanh", cmath_atanh, kMethodInstance, "Return the inverse hyperbolic tangent of z."},
      {"cos", cmath_cos, kMethodInstance, "Return the cosine of z."},
      {"cosh", cmath_cosh, kMethodInstance, "Return the hyperbolic cosine of z."},
      {"exp", cmath_exp, kMethodInstance, "Return the exponential value e**z."},
      {"isclose", cmath_isclose, kMethodInstance,
       "Determine whether two complex numbers are close in value."},
      {"isfinite", cmath_isfinite, kMethodInstance,
       "Return True if both the real and imaginary parts of z are finite, else False."},
      {"isinf", cmath_isinf, kMethodInstance,
       "Checks if the real or imaginary part of z is infinite."},
      {"isnan", cmath_isnan, kMethodInstance,
       "Checks if the real or imaginary part of z not a number (NaN)."},
      {"log", cmath_log, kMethodInstance, "log(z[, base]) -> the logarithm of z to the given base."},
      {"log10", cmath_log10, kMethodInstance, "Return the base-10 logarithm of z."},
      {"phase", cmath_phase, kMethodInstance, "Return argument, also known as the phase angle, of a complex."},
      {"polar", cmath_polar, kMethodInstance, "Convert a complex from rectangular coordinates to polar coordinates."},
      {"rect", cmath_rect, kMethodInstance, "Convert from polar coordinates to rectangular coordinates."},
      {"sin", cmath_sin, kMethodInstance, "Return the sine of z."},
      {"sinh", cmath_sinh, kMethodInstance, "Return the hyperbolic sine of z."},
      {"sqrt", cmath_sqrt, kMethodInstance, "Return the square root of z."},
      {"tan", cmath_tan, kMethodInstance, "Return the tangent of z."},
      {"tanh", cmath_tanh, kMethodInstance, "Return the hyperbolic tangent of z."},
  });
  dict_set_str(module->dict, intern("pi"), make_float(M_PI));
  dict_set_str(module->dict, intern("e"), make_float(M_E));
  dict_set_str(module->dict, intern("tau"), make_float(2.0 * M_PI));
  dict_set_str(module->dict, intern("inf"), make_float(HUGE_VAL));
  dict_set_str(module->dict, intern("infj"), make_complex(0.0, HUGE_VAL));
  dict_set_str(module->dict, intern("nan"), make_float(NAN));
  dict_set_str(module->dict, intern("nanj"), make_complex(0.0, NAN));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("This module provides access to mathematical functions for complex\n"
                         "numbers."));
  return module;
}

}  // namespace krait
