// The `math` module (CPython's Modules/mathmodule.c): the C library's
// functions behind CPython's special-value and error rules, the Lanczos gamma
// functions, exact sums (fsum, hypot) and the integer functions on GMP.
#include "modules/math.h"

#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

#include "objects/class.h"
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

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// An mpz for the duration of a call (its limbs are collector memory).
class BigValue {
 public:
  BigValue() { mpz_init(value_); }
  explicit BigValue(Value v) {
    mpz_init(value_);
    int_to_mpz(v, value_);
  }
  ~BigValue() { mpz_clear(value_); }
  BigValue(const BigValue&) = delete;
  BigValue& operator=(const BigValue&) = delete;
  mpz_ptr get() { return value_; }
  Value to_int() const { return make_int_from_mpz(value_); }

 private:
  mpz_t value_;
};

[[noreturn]] void domain_error() { throw_value_error("math domain error"); }
[[noreturn]] void range_error() { throw_overflow_error("math range error"); }

// CPython's errno rules: EDOM is a ValueError; ERANGE an OverflowError
// unless the result is small (an underflow, which is not an error).
Value checked_result(double r, int error) {
  if (error == EDOM) domain_error();
  if (error == ERANGE && std::fabs(r) >= 1.5) range_error();
  return make_float(r);
}

// The error a C library result implies: a NaN from a non-NaN argument is a
// domain error, an infinity from a finite one overflow or a singularity.
int implied_error(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return EDOM;
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? ERANGE : EDOM;
  return 0;
}

double one_argument(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  return as_double(args[0]);
}

// sin(pi * x) with exact zeros at the integers, for the reflection formulas.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r = 0.0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    case 4: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos approximation, N = 13 and g = 6.024680040776729583740234375 (the
// parameters CPython uses, so that gamma and lgamma give its results).
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr int kLanczosN = 13;
constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// x * (x + 1) * ... * (x + 11) as a polynomial.
constexpr double kLanczosDenominator[kLanczosN] = {
    0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,  32670.0,     1925.0,      66.0,        1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNumerator[i];
      den = den * x + kLanczosDenominator[i];
    }
  } else {
    // Evaluated in 1/x for large x, against overflow.
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNumerator[i];
      den = den / x + kLanczosDenominator[i];
    }
  }
  return num / den;
}

double gamma_function(double x, int& error) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    error = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    error = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      error = EDOM;
      return NAN;
    }
    if (x <= 23.0) {
      double factorial = 1.0;
      for (int i = 2; i < static_cast<int>(x); i++) factorial *= i;
      return factorial;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) error = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sin_pi(x);
    error = ERANGE;
    return HUGE_VAL;
  }
  volatile double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, for a correction of pow(y, ...) / exp(y).
  double z;
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double root = std::pow(y, absx / 2.0 - 0.25);
      r /= root;
      r /= root;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double root = std::pow(y, absx / 2.0 - 0.25);
      r *= root;
      r *= root;
    }
  }
  if (std::isinf(r)) error = ERANGE;
  return r;
}

double log_gamma_function(double x, int& error) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      error = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) error = ERANGE;
  return r;
}

// log, log2 and log10 with domain errors for zero and negative arguments.
template <double (*Log)(double)>
double checked_log(double x, int& error) {
  if (std::isfinite(x)) {
    if (x > 0.0) return Log(x);
    error = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  error = EDOM;
  return NAN;
}

double natural_log(double x) { return std::log(x); }
double binary_log(double x) { return std::log2(x); }
double decimal_log(double x) { return std::log10(x); }

// A one-argument function of the C library: CPython's math_1.
template <double (*F)(double), bool kCanOverflow>
Value libm_function(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_argument(name, args, nargs, kwnames);
  double r = F(x);
  return checked_result(r, implied_error(x, r, kCanOverflow));
}

template <double (*F)(double, int&), bool kCanOverflow>
Value own_function(double x) {
  int error = 0;
  double r = F(x, error);
  if (!error) error = implied_error(x, r, kCanOverflow);
  return checked_result(r, error);
}

#define MATH_1(pyname, cfunction, can_overflow)                                 \
  double libm_##pyname(double x) { return cfunction(x); }                      \
  Value math_##pyname(Value, const Value* args, size_t nargs, Tuple* kwnames) { \
    return libm_function<libm_##pyname, can_overflow>("math." #pyname, args,  \
                                                      nargs, kwnames);        \
  }
MATH_1(acos, std::acos, false)
MATH_1(acosh, std::acosh, false)
MATH_1(asin, std::asin, false)
MATH_1(asinh, std::asinh, false)
MATH_1(atan, std::atan, false)
MATH_1(atanh, std::atanh, false)
MATH_1(cbrt, std::cbrt, false)
MATH_1(cos, std::cos, false)
MATH_1(cosh, std::cosh, true)
MATH_1(erf, std::erf, false)
MATH_1(erfc, std::erfc, false)
MATH_1(exp, std::exp, true)
MATH_1(exp2, std::exp2, true)
MATH_1(expm1, std::expm1, true)
MATH_1(fabs, std::fabs, false)
MATH_1(sin, std::sin, false)
MATH_1(sinh, std::sinh, true)
MATH_1(sqrt, std::sqrt, false)
MATH_1(tan, std::tan, false)
MATH_1(tanh, std::tanh, false)
#undef MATH_1

// log1p(-0.0) is -0.0 (some C libraries lose the sign).
double log1p_signed(double x) { return x == 0.0 ? x : std::log1p(x); }
Value math_log1p(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return libm_function<log1p_signed, false>("math.log1p", args, nargs, kwnames);
}

Value math_gamma(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return own_function<gamma_function, true>(one_argument("math.gamma", args, nargs, kwnames));
}

Value math_lgamma(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return own_function<log_gamma_function, true>(
      one_argument("math.lgamma", args, nargs, kwnames));
}

// A positive int of any size as mantissa in [0.5, 1) and exponent, the
// mantissa correctly rounded (half to even) to 53 bits.
double int_frexp(Value v, int64_t& exponent) {
  BigValue z(v);
  size_t bits = mpz_sizeinbase(z.get(), 2);
  BigValue top;
  uint64_t word;
  if (bits > 64) {
    mpz_tdiv_q_2exp(top.get(), z.get(), bits - 64);
    word = mpz_getlimbn(top.get(), 0);
    // A sticky bit for the discarded part makes the conversion round as the exact value.
    if (mpz_scan1(z.get(), 0) < bits - 64) word |= 1;
  } else {
    word = mpz_getlimbn(z.get(), 0) << (64 - bits);
  }
  double mantissa = std::ldexp(static_cast<double>(word), -64);
  exponent = static_cast<int64_t>(bits);
  if (mantissa == 1.0) {
    mantissa = 0.5;
    exponent++;
  }
  return mantissa;
}

// CPython's loghelper: ints are taken exactly, even beyond float range.
template <double (*Log)(double)>
double log_of(Value v) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) domain_error();
    int64_t exponent;
    double mantissa = int_frexp(v, exponent);
    // Within float range the int converts (correctly rounded) as float(n) would.
    if (exponent <= 1024) return Log(std::ldexp(mantissa, static_cast<int>(exponent)));
    return Log(mantissa) + Log(2.0) * static_cast<double>(exponent);
  }
  double x = as_double(v);
  int error = 0;
  double r = checked_log<Log>(x, error);
  if (!error) error = implied_error(x, r, false);
  return float_value(checked_result(r, error));
}

Value math_log(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("log", kwnames);
  if (nargs < 1 || nargs > 2) throw_type_error("math.log requires 1 to 2 arguments");
  double num = log_of<natural_log>(args[0]);
  if (nargs == 1) return make_float(num);
  double den = log_of<natural_log>(args[1]);
  if (den == 0.0) throw_zero_division_error("float division by zero");
  return make_float(num / den);
}

Value math_log2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("math.log2", kwnames);
  check_positional("math.log2", nargs, 1, 1);
  return make_float(log_of<binary_log>(args[0]));
}

Value math_log10(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("math.log10", kwnames);
  check_positional("math.log10", nargs, 1, 1);
  return make_float(log_of<decimal_log>(args[0]));
}

void two_arguments(const char* name, const Value* args, size_t nargs, Tuple* kwnames, double& x,
                   double& y) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 2, 2);
  x = as_double(args[0]);
  y = as_double(args[1]);
}

// CPython's math_2: NaN from non-NaNs is a domain error, an infinity from finite values overflow.
Value binary_result(double x, double y, double r) {
  int error = 0;
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) {
    error = EDOM;
  } else if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    error = ERANGE;
  }
  return checked_result(r, error);
}

Value math_copysign(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_arguments("copysign", args, nargs, kwnames, x, y);
  return binary_result(x, y, std::copysign(x, y));
}

// atan2 with C99's special values, whatever the C library does.
double atan2_special(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      return std::copysign((std::copysign(1.0, x) == 1.0 ? 0.25 : 0.75) * kPi, y);
    }
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.0) {
    return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : kPi, y);
  }
  return std::atan2(y, x);
}

Value math_atan2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double y, x;
  two_arguments("atan2", args, nargs, kwnames, y, x);
  return binary_result(y, x, atan2_special(y, x));
}

// IEEE 754 remainder: x - n*y for the nearest multiple, ties to the even n; exact.
double ieee_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    // Compared with absy - m rather than 0.5 * absy, which may be inexact.
    double c = absy - m;
    double r;
    if (m < c) {
      r = m;
    } else if (m > c) {
      r = -c;
    } else {
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    }
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

Value math_remainder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_arguments("remainder", args, nargs, kwnames, x, y);
  return binary_result(x, y, ieee_remainder(x, y));
}

Value math_fmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_arguments("fmod", args, nargs, kwnames, x, y);
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return make_float(r);
}

Value math_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_arguments("pow", args, nargs, kwnames, x, y);
  double r;
  int error = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) {
        r = odd_y ? x : std::fabs(x);
      } else if (y == 0.0) {
        r = 1.0;
      } else {
        r = odd_y ? std::copysign(0.0, x) : 0.0;
      }
    } else if (std::fabs(x) == 1.0) {
      r = 1.0;
    } else if (y > 0.0 && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0.0 && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r)) {
      error = EDOM;
    } else if (std::isinf(r)) {
      error = x == 0.0 ? EDOM : ERANGE;
    }
  }
  return checked_result(r, error);
}

// The value as a float for hypot and dist (CPython's ASSIGN_DOUBLE).
double coordinate(Value v) { return as_double(v); }

// Veltkamp splitting and Dekker's exact product, as CPython 3.11's hypot.
struct DoubleLength {
  double hi, lo;
};

DoubleLength split_double(double x) {
  volatile double t = x * 134217729.0;
  double hi = t - (t - x);
  return {hi, x - hi};
}

DoubleLength exact_product(double x, double y) {
  DoubleLength xx = split_double(x), yy = split_double(y);
  volatile double p = xx.hi * yy.hi;
  volatile double q = xx.hi * yy.lo + xx.lo * yy.hi;
  volatile double z = p + q;
  double zz = p - z + q + xx.lo * yy.lo;
  return {z, zz};
}

DoubleLength exact_sum(double a, double b) {
  volatile double x = a + b;
  volatile double z = x - a;
  return {x, b - z};
}

// The Euclidean norm with an exact sum of scaled squares and one Newton
// correction of the square root (CPython's vector_norm, for equal results).
double vector_norm(size_t n, double* vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (size_t i = 0; i < n; i++) {
    double x = vec[i] * scale;
    DoubleLength pr = exact_product(x, x);
    DoubleLength sm = exact_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = exact_product(-h, h);
  DoubleLength sm = exact_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

Value math_hypot(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("hypot", kwnames);
  std::vector<double> coordinates(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; i++) {
    double x = std::fabs(coordinate(args[i]));
    coordinates[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(vector_norm(nargs, coordinates.data(), max, found_nan));
}

Tuple* as_tuple(Value v) {
  if (is_instance_of(v, &tuple_type)) return v.as<Tuple>();
  return call(Value::from_object(&tuple_type), {v}).as<Tuple>();
}

Value math_dist(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("dist", kwnames);
  check_positional("dist", nargs, 2, 2);
  Tuple* p = as_tuple(args[0]);
  Tuple* q = as_tuple(args[1]);
  if (p->size != q->size) throw_value_error("both points must have the same number of dimensions");
  std::vector<double> diffs(p->size);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p->size; i++) {
    double px = coordinate((*p)[i]);
    double qx = coordinate((*q)[i]);
    double x = std::fabs(px - qx);
    diffs[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(vector_norm(p->size, diffs.data(), max, found_nan));
}

// Shewchuk's exactly rounded sum, with CPython's special-value rules.
Value math_fsum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("math.fsum", kwnames);
  check_positional("math.fsum", nargs, 1, 1);
  Value iterator = get_iter(args[0]);
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    double x = as_double(item);
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      volatile double hi = x + y;
      volatile double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an intermediate overflow, or from an infinity or NaN summand.
        if (std::isfinite(original)) throw_overflow_error("intermediate overflow in fsum");
        if (std::isinf(original)) inf_sum += original;
        special_sum += original;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) throw_value_error("-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      volatile double sum = x + y;
      hi = sum;
      volatile double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across several partials.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      volatile double x = hi + y;
      volatile double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(hi);
}

// floor/ceil: an exact float directly, else the type's __floor__/__ceil__, else float().
template <double (*Round)(double)>
Value rounding(const char* name, const char* dunder, const Value* args, size_t nargs,
               Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  Value number = args[0];
  if (!number.is_double()) {
    Value result = call_special(number, intern(dunder), {});
    if (!result.is_null()) return result;
  }
  return int_from_double(Round(as_double(number)));
}

double floor_of(double x) { return std::floor(x); }
double ceil_of(double x) { return std::ceil(x); }

Value math_floor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return rounding<floor_of>("math.floor", "__floor__", args, nargs, kwnames);
}

Value math_ceil(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return rounding<ceil_of>("math.ceil", "__ceil__", args, nargs, kwnames);
}

Value math_trunc(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("math.trunc", kwnames);
  check_positional("math.trunc", nargs, 1, 1);
  Value x = args[0];
  if (x.is_double()) return int_from_double(x.as_double());
  Value result = call_special(x, intern("__trunc__"), {});
  if (result.is_null()) {
    throw_type_error("type " + tp_name(type_of(x)) + " doesn't define __trunc__ method");
  }
  return result;
}

Value math_frexp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_argument("math.frexp", args, nargs, kwnames);
  int exponent = 0;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) x = std::frexp(x, &exponent);
  return Value::from_object(make_tuple({make_float(x), make_int(exponent)}));
}

Value math_ldexp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("ldexp", kwnames);
  check_positional("ldexp", nargs, 2, 2);
  double x = as_double(args[0]);
  if (!is_int(args[1])) throw_type_error("Expected an int as second argument to ldexp.");
  int64_t exponent;
  if (!int_to_int64(args[1], exponent)) exponent = int_sign(args[1]) > 0 ? LONG_MAX : LONG_MIN;
  double r;
  int error = 0;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;
  } else if (exponent > INT_MAX) {
    r = std::copysign(HUGE_VAL, x);
    error = ERANGE;
  } else if (exponent < INT_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(exponent));
    if (std::isinf(r)) error = ERANGE;
  }
  return checked_result(r, error);
}

Value math_modf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_argument("math.modf", args, nargs, kwnames);
  double whole, fraction;
  if (std::isinf(x)) {
    whole = x;
    fraction = std::copysign(0.0, x);
  } else if (std::isnan(x)) {
    whole = fraction = x;
  } else {
    fraction = std::modf(x, &whole);
  }
  return Value::from_object(make_tuple({make_float(fraction), make_float(whole)}));
}

Value math_degrees(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_float(one_argument("math.degrees", args, nargs, kwnames) * (180.0 / kPi));
}

Value math_radians(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_float(one_argument("math.radians", args, nargs, kwnames) * (kPi / 180.0));
}

Value math_isfinite(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_bool(std::isfinite(one_argument("math.isfinite", args, nargs, kwnames)));
}

Value math_isinf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_bool(std::isinf(one_argument("math.isinf", args, nargs, kwnames)));
}

Value math_isnan(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_bool(std::isnan(one_argument("math.isnan", args, nargs, kwnames)));
}

Value math_isclose(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2}, args, nargs, kwnames,
                 bound);
  double a = as_double(bound[0]);
  double b = as_double(bound[1]);
  double rel_tol = bound[2].is_null() ? 1e-09 : as_double(bound[2]);
  double abs_tol = bound[3].is_null() ? 0.0 : as_double(bound[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) throw_value_error("tolerances must be non-negative");
  if (a == b) return make_bool(true);
  if (std::isinf(a) || std::isinf(b)) return make_bool(false);
  double diff = std::fabs(b - a);
  return make_bool(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                   diff <= abs_tol);
}

Value math_nextafter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_arguments("nextafter", args, nargs, kwnames, x, y);
  return make_float(std::nextafter(x, y));
}

Value math_ulp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_argument("math.ulp", args, nargs, kwnames);
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  if (x == DBL_MAX) return make_float(x - std::nextafter(x, 0.0));
  return make_float(std::nextafter(x, HUGE_VAL) - x);
}

Value math_prod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"prod", {"iterable", "start"}, 1, 1, 1}, args, nargs, kwnames, bound);
  Value result = bound[1].is_null() ? Value::from_small_int(1) : bound[1];
  Value iterator = get_iter(bound[0]);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    result = binary_op(result, item, BinaryOp::Multiply);
  }
  return result;
}

// ---- integer functions ----

Value math_factorial(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("math.factorial", kwnames);
  check_positional("math.factorial", nargs, 1, 1);
  Value n = index_value(args[0]);
  int64_t value;
  if (!int_to_int64(n, value)) {
    if (int_sign(n) < 0) throw_value_error("factorial() not defined for negative values");
    throw_overflow_error(format("factorial() argument should not exceed %ld", LONG_MAX));
  }
  if (value < 0) throw_value_error("factorial() not defined for negative values");
  BigValue result;
  mpz_fac_ui(result.get(), static_cast<unsigned long>(value));
  return result.to_int();
}

Value math_isqrt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("math.isqrt", kwnames);
  check_positional("math.isqrt", nargs, 1, 1);
  Value n = index_value(args[0]);
  if (int_sign(n) < 0) throw_value_error("isqrt() argument must be nonnegative");
  BigValue z(n);
  mpz_sqrt(z.get(), z.get());
  return z.to_int();
}

template <void (*Combine)(mpz_ptr, mpz_srcptr, mpz_srcptr)>
Value fold_integers(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                    long empty) {
  reject_keywords(name, kwnames);
  if (nargs == 0) return make_int(empty);
  BigValue result(index_value(args[0]));
  mpz_abs(result.get(), result.get());
  for (size_t i = 1; i < nargs; i++) {
    BigValue next(index_value(args[i]));
    Combine(result.get(), result.get(), next.get());
  }
  return result.to_int();
}

Value math_gcd(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fold_integers<mpz_gcd>("gcd", args, nargs, kwnames, 0);
}

Value math_lcm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fold_integers<mpz_lcm>("lcm", args, nargs, kwnames, 1);
}

// n and k for comb and perm, checked; false when k > n (the answer is 0).
bool combinatoric_arguments(Value n_arg, Value k_arg, BigValue& n, BigValue& k) {
  Value n_value = index_value(n_arg);
  Value k_value = index_value(k_arg);
  if (int_sign(n_value) < 0) throw_value_error("n must be a non-negative integer");
  if (int_sign(k_value) < 0) throw_value_error("k must be a non-negative integer");
  int_to_mpz(n_value, n.get());
  int_to_mpz(k_value, k.get());
  return mpz_cmp(k.get(), n.get()) <= 0;
}

Value math_comb(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("comb", kwnames);
  check_positional("comb", nargs, 2, 2);
  BigValue n, k;
  if (!combinatoric_arguments(args[0], args[1], n, k)) return Value::from_small_int(0);
  BigValue other;
  mpz_sub(other.get(), n.get(), k.get());
  if (mpz_cmp(other.get(), k.get()) < 0) mpz_swap(other.get(), k.get());
  if (!mpz_fits_slong_p(k.get())) {
    throw_overflow_error(format("min(n - k, k) must not exceed %lld", LLONG_MAX));
  }
  BigValue result;
  mpz_bin_ui(result.get(), n.get(), mpz_get_ui(k.get()));
  return result.to_int();
}

Value math_perm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("perm", kwnames);
  check_positional("perm", nargs, 1, 2);
  if (nargs == 1 || is_none(args[1])) {
    Value n = index_value(args[0]);
    if (int_sign(n) < 0) throw_value_error("n must be a non-negative integer");
    return math_factorial(Value::null(), &n, 1, nullptr);
  }
  BigValue n, k;
  if (!combinatoric_arguments(args[0], args[1], n, k)) return Value::from_small_int(0);
  if (!mpz_fits_slong_p(k.get())) {
    throw_overflow_error(format("k must not exceed %lld", LLONG_MAX));
  }
  unsigned long count = mpz_get_ui(k.get());
  BigValue result, factorial;
  mpz_bin_ui(result.get(), n.get(), count);
  mpz_fac_ui(factorial.get(), count);
  mpz_mul(result.get(), result.get(), factorial.get());
  return result.to_int();
}

}  // namespace

Module* create_math_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("math"));
  add_functions(module, {
      {"acos", math_acos, kMethodInstance, "Return the arc cosine (measured in radians) of x."},
      {"acosh", math_acosh, kMethodInstance, "Return the inverse hyperbolic cosine of x."},
      {"asin", math_asin, kMethodInstance, "Return the arc sine (measured in radians) of x."},
      {"asinh", math_asinh, kMethodInstance, "Return the inverse hyperbolic sine of x."},
      {"atan", math_atan, kMethodInstance, "Return the arc tangent (measured in radians) of x."},
      {"atan2", math_atan2, kMethodInstance,
       "Return the arc tangent (measured in radians) of y/x."},
      {"atanh", math_atanh, kMethodInstance, "Return the inverse hyperbolic tangent of x."},
      {"cbrt", math_cbrt, kMethodInstance, "Return the cube root of x."},
      {"ceil", math_ceil, kMethodInstance, "Return the ceiling of x as an Integral."},
      {"comb", math_comb, kMethodInstance,
       "Number of ways to choose k items from n items without repetition and without order."},
      {"copysign", math_copysign, kMethodInstance,
       "Return a float with the magnitude (absolute value) of x but the sign of y."},
      {"cos", math_cos, kMethodInstance, "Return the cosine of x (measured in radians)."},
      {"cosh", math_cosh, kMethodInstance, "Return the hyperbolic cosine of x."},
      {"degrees", math_degrees, kMethodInstance, "Convert angle x from radians to degrees."},
      {"dist", math_dist, kMethodInstance,
       "Return the Euclidean distance between two points p and q."},
      {"erf", math_erf, kMethodInstance, "Error function at x."},
      {"erfc", math_erfc, kMethodInstance, "Complementary error function at x."},
      {"exp", math_exp, kMethodInstance, "Return e raised to the power of x."},
      {"exp2", math_exp2, kMethodInstance, "Return 2 raised to the power of x."},
      {"expm1", math_expm1, kMethodInstance, "Return exp(x)-1."},
      {"fabs", math_fabs, kMethodInstance, "Return the absolute value of the float x."},
      {"factorial", math_factorial, kMethodInstance, "Find x!."},
      {"floor", math_floor, kMethodInstance, "Return the floor of x as an Integral."},
      {"fmod", math_fmod, kMethodInstance, "Return fmod(x, y), according to platform C."},
      {"frexp", math_frexp, kMethodInstance,
       "Return the mantissa and exponent of x, as pair (m, e)."},
      {"fsum", math_fsum, kMethodInstance,
       "Return an accurate floating point sum of values in the iterable seq."},
      {"gamma", math_gamma, kMethodInstance, "Gamma function at x."},
      {"gcd", math_gcd, kMethodInstance, "Greatest Common Divisor."},
      {"hypot", math_hypot, kMethodInstance, "Multidimensional Euclidean distance from origin."},
      {"isclose", math_isclose, kMethodInstance,
       "Determine whether two floating point numbers are close in value."},
      {"isfinite", math_isfinite, kMethodInstance,
       "Return True if x is neither an infinity nor a NaN, and False otherwise."},
      {"isinf", math_isinf, kMethodInstance,
       "Return True if x is a positive or negative infinity, and False otherwise."},
      {"isnan", math_isnan, kMethodInstance,
       "Return True if x is a NaN (not a number), and False otherwise."},
      {"isqrt", math_isqrt, kMethodInstance,
       "Return the integer part of the square root of the input."},
      {"lcm", math_lcm, kMethodInstance, "Least Common Multiple."},
      {"ldexp", math_ldexp, kMethodInstance, "Return x * (2**i)."},
      {"lgamma", math_lgamma, kMethodInstance,
       "Natural logarithm of absolute value of Gamma function at x."},
      {"log", math_log, kMethodInstance, "Return the logarithm of x to the given base."},
      {"log10", math_log10, kMethodInstance, "Return the base 10 logarithm of x."},
      {"log1p", math_log1p, kMethodInstance, "Return the natural logarithm of 1+x (base e)."},
      {"log2", math_log2, kMethodInstance, "Return the base 2 logarithm of x."},
      {"modf", math_modf, kMethodInstance,
       "Return the fractional and integer parts of x."},
      {"nextafter", math_nextafter, kMethodInstance,
       "Return the next floating-point value after x towards y."},
      {"perm", math_perm, kMethodInstance,
       "Number of ways to choose k items from n items without repetition and with order."},
      {"pow", math_pow, kMethodInstance, "Return x**y (x to the power of y)."},
      {"prod", math_prod, kMethodInstance,
       "Calculate the product of all the elements in the input iterable."},
      {"radians", math_radians, kMethodInstance, "Convert angle x from degrees to radians."},
      {"remainder", math_remainder, kMethodInstance,
       "Difference between x and the closest integer multiple of y."},
      {"sin", math_sin, kMethodInstance, "Return the sine of x (measured in radians)."},
      {"sinh", math_sinh, kMethodInstance, "Return the hyperbolic sine of x."},
      {"sqrt", math_sqrt, kMethodInstance, "Return the square root of x."},
      {"tan", math_tan, kMethodInstance, "Return the tangent of x (measured in radians)."},
      {"tanh", math_tanh, kMethodInstance, "Return the hyperbolic tangent of x."},
      {"trunc", math_trunc, kMethodInstance,
       "Truncates the Real x to the nearest Integral toward 0."},
      {"ulp", math_ulp, kMethodInstance, "Return the value of the least significant bit of the float x."},
  });
  dict_set_str(module->dict, intern("pi"), make_float(kPi));
  dict_set_str(module->dict, intern("e"), make_float(2.718281828459045235360287471352662498));
  dict_set_str(module->dict, intern("tau"), make_float(2.0 * kPi));
  dict_set_str(module->dict, intern("inf"), make_float(HUGE_VAL));
  dict_set_str(module->dict, intern("nan"), make_float(NAN));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("This module provides access to the mathematical functions\n"
                         "defined by the C standard."));
  return module;
}

}  // namespace krait
