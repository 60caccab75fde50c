// float (Objects/floatobject.c is the behaviour this follows): an exact
// float is an immediate; the shortest-repr formatting is at the top.
#include "objects/float.h"

#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type float_type;

namespace {

std::string format_shortest(double x, bool add_dot_zero) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";

  // std::to_chars in scientific form gives the shortest round-tripping digits
  // ("d.ddde±XX"); Python's layout is then decided from the decimal exponent.
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(result.ptr - buf));

  std::string out;
  size_t pos = 0;
  if (sci[0] == '-') {
    out.push_back('-');
    pos = 1;
  }
  size_t e = sci.find('e');
  std::string digits;
  for (size_t i = pos; i < e; ++i) {
    if (sci[i] != '.') digits.push_back(sci[i]);
  }
  int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  // decpt: the position of the decimal point relative to the digit string.
  int decpt = exponent + 1;
  int ndigits = static_cast<int>(digits.size());

  if (decpt <= -4 || decpt > 16) {
    out.push_back(digits[0]);
    if (ndigits > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    int shown = decpt - 1;
    out.push_back('e');
    out.push_back(shown < 0 ? '-' : '+');
    int magnitude = shown < 0 ? -shown : shown;
    if (magnitude < 10) out.push_back('0');
    out.append(std::to_string(magnitude));
    return out;
  }
  if (decpt <= 0) {
    out.append("0.");
    out.append(static_cast<size_t>(-decpt), '0');
    out.append(digits);
    return out;
  }
  if (decpt >= ndigits) {
    out.append(digits);
    out.append(static_cast<size_t>(decpt - ndigits), '0');
    if (add_dot_zero) out.append(".0");
    return out;
  }
  out.append(digits, 0, static_cast<size_t>(decpt));
  out.push_back('.');
  out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  return out;
}

}  // namespace

std::string float_repr(double x) { return format_shortest(x, true); }

std::string float_repr_no_dot_zero(double x) { return format_shortest(x, false); }

namespace {

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

// The operand of a float slot as a double; false for foreign types.
bool float_operand(Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (is_float(v)) {
    out = float_value(v);
    return true;
  }
  if (is_int(v)) {
    out = int_to_double(v);
    return true;
  }
  return false;
}

bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

Value make_float_instance(Type* type, double d) {
  if (type == &float_type) return make_float(d);
  auto* box = static_cast<FloatBox*>(allocate_instance(type));
  box->value = d;
  return Value::from_object(box);
}

// Python's float floor division and modulo, computed together (float_divmod).
void float_divmod_values(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

#define KRAIT_FLOAT_OPERANDS(a, b)                       \
  double x;                                              \
  double y;                                              \
  if (!float_operand(a, x) || !float_operand(b, y)) return not_implemented()

Value float_add(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  return make_float(x + y);
}

Value float_subtract(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  return make_float(x - y);
}

Value float_multiply(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  return make_float(x * y);
}

Value float_true_divide(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  if (y == 0.0) throw_zero_division_error("float division by zero");
  return make_float(x / y);
}

Value float_floor_divide(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  if (y == 0.0) throw_zero_division_error("float floor division by zero");
  double floordiv;
  double mod;
  float_divmod_values(x, y, floordiv, mod);
  return make_float(floordiv);
}

Value float_remainder(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  if (y == 0.0) throw_zero_division_error("float modulo");
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return make_float(mod);
}

Value float_divmod(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  if (y == 0.0) throw_zero_division_error("float divmod()");
  double floordiv;
  double mod;
  float_divmod_values(x, y, floordiv, mod);
  return Value::from_object(make_tuple({make_float(floordiv), make_float(mod)}));
}

Value float_power_slot(Value a, Value b) {
  KRAIT_FLOAT_OPERANDS(a, b);
  return float_power(x, y);
}

Value float_power_mod(Value a, Value b, Value m) {
  if (is_none(m)) return float_power_slot(a, b);
  double x;
  double y;
  if (!float_operand(a, x) || !float_operand(b, y)) return not_implemented();
  throw_type_error("pow() 3rd argument not allowed unless all arguments are integers");
}

#undef KRAIT_FLOAT_OPERANDS

Value float_negative(Value v) { return make_float(-float_value(v)); }
Value float_positive(Value v) { return make_float(float_value(v)); }
Value float_absolute(Value v) { return make_float(std::fabs(float_value(v))); }
bool float_boolean(Value v) { return float_value(v) != 0.0; }

Value float_repr_slot(Value v) { return str_value(float_repr(float_value(v))); }

int64_t float_hash_slot(Value v) {
  double d = float_value(v);
  if (std::isnan(d)) {
    // CPython hashes a NaN by identity; an immediate's identity is its bits.
    uint64_t bits = v.is_object() ? reinterpret_cast<uint64_t>(v.as_object()) : v.bits();
    int64_t h = static_cast<int64_t>((bits >> 4) | (bits << 60));
    return h == -1 ? -2 : h;
  }
  return float_hash(d);
}

// Compares a double with an int exactly: -1, 0, 1, or 2 when x is NaN.
int compare_double_int(double x, Value i) {
  if (std::isnan(x)) return 2;
  Value exact = int_exact(i);
  if (exact.is_small_int()) {
    double y = static_cast<double>(exact.as_small_int());
    return (x > y) - (x < y);
  }
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  int c = mpz_cmp_d(exact.as<BigInt>()->value, x);
  return (c < 0) - (c > 0);
}

Value float_richcompare(Value self, Value other, CompareOp op) {
  double x = float_value(self);
  int c;
  if (is_float(other)) {
    double y = float_value(other);
    if (std::isnan(x) || std::isnan(y)) {
      c = 2;
    } else {
      c = (x > y) - (x < y);
    }
  } else if (is_int(other)) {
    c = compare_double_int(x, other);
  } else {
    return not_implemented();
  }
  if (c == 2) return make_bool(op == CompareOp::Ne);
  return make_bool(order_satisfies(c, op));
}

Value float_to_int(Value v) { return int_from_double(float_value(v)); }
Value float_to_float(Value v) { return make_float(float_value(v)); }

Value float_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("float", kwnames);
  check_positional("float", nargs, 0, 1);
  double d = 0.0;
  if (nargs == 1) {
    Value x = args[0];
    if (is_str(x)) {
      d = float_from_string(number_text_of(x.as<Str>()), str_repr(str_view(x)));
    } else if (is_bytes(x)) {
      std::string_view text = x.as<Bytes>()->view();
      d = float_from_string(text, bytes_repr(text));
    } else if (is_bytearray(x)) {
      std::string_view text(x.as<ByteArray>()->items, x.as<ByteArray>()->size);
      d = float_from_string(text, "bytearray(" + bytes_repr(text) + ")");
    } else if (is_float(x) || type_of(x)->to_float || type_of(x)->index) {
      d = as_double(x);
    } else {
      throw_type_error("float() argument must be a string or a real number, not '" +
                       type_name(x) + "'");
    }
  }
  return make_float_instance(type, d);
}

// ---- methods ---------------------------------------------------------------

void no_arguments(const char* name, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 0, 0);
}

Value float_is_integer(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.is_integer", nargs, kwnames);
  double d = float_value(self);
  return make_bool(std::isfinite(d) && std::floor(d) == d);
}

Value float_conjugate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.conjugate", nargs, kwnames);
  return make_float(float_value(self));
}

Value float_trunc(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.__trunc__", nargs, kwnames);
  return int_from_double(float_value(self));
}

Value float_floor(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.__floor__", nargs, kwnames);
  return int_from_double(std::floor(float_value(self)));
}

Value float_ceil(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.__ceil__", nargs, kwnames);
  return int_from_double(std::ceil(float_value(self)));
}

Value float_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.__getnewargs__", nargs, kwnames);
  return Value::from_object(make_tuple({make_float(float_value(self))}));
}

Value float_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.as_integer_ratio", nargs, kwnames);
  double d = float_value(self);
  if (std::isinf(d)) throw_overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(d)) throw_value_error("cannot convert NaN to integer ratio");
  if (d == 0.0) {
    return Value::from_object(make_tuple({Value::from_small_int(0), Value::from_small_int(1)}));
  }
  int exponent;
  double fraction = std::frexp(d, &exponent);
  auto mantissa = static_cast<int64_t>(std::ldexp(fraction, 53));
  exponent -= 53;
  int zeros = __builtin_ctzll(static_cast<uint64_t>(mantissa < 0 ? -mantissa : mantissa));
  mantissa >>= zeros;
  exponent += zeros;
  Value one = Value::from_small_int(1);
  Value numerator = make_int(mantissa);
  if (exponent >= 0) {
    numerator = binary_op(numerator, make_int(exponent), BinaryOp::LShift);
    return Value::from_object(make_tuple({numerator, one}));
  }
  Value denominator = binary_op(one, make_int(-exponent), BinaryOp::LShift);
  return Value::from_object(make_tuple({numerator, denominator}));
}

Value float_hex(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("float.hex", nargs, kwnames);
  double d = float_value(self);
  if (std::isnan(d) || std::isinf(d)) return str_value(float_repr(d));
  std::string out = std::signbit(d) ? "-" : "";
  d = std::fabs(d);
  if (d == 0.0) return str_value(out + "0x0.0p+0");
  int exponent;
  double fraction = std::frexp(d, &exponent);
  int shift = 1 - std::max(DBL_MIN_EXP - exponent, 0);
  fraction = std::ldexp(fraction, shift);
  exponent -= shift;
  static const char kHex[] = "0123456789abcdef";
  int lead = static_cast<int>(fraction);
  fraction -= lead;
  out += "0x";
  out.push_back(kHex[lead]);
  out.push_back('.');
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    fraction *= 16.0;
    int digit = static_cast<int>(fraction);
    out.push_back(kHex[digit]);
    fraction -= digit;
  }
  out += exponent < 0 ? "p-" : "p+";
  out += std::to_string(exponent < 0 ? -exponent : exponent);
  return str_value(out);
}

double parse_hex_float(std::string_view text) {
  auto invalid = []() -> double {
    throw_value_error("invalid hexadecimal floating-point string");
  };
  std::string_view body = strip_number_spaces(text);
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (equals_ignoring_case(body, "inf") || equals_ignoring_case(body, "infinity")) {
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (equals_ignoring_case(body, "nan")) return negative ? -NAN : NAN;
  if (body.size() >= 2 && body[0] == '0' && (body[1] | 0x20) == 'x') body.remove_prefix(2);
  std::string mantissa;
  size_t i = 0;
  size_t digits = 0;
  while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) {
    mantissa.push_back(body[i++]);
    ++digits;
  }
  if (i < body.size() && body[i] == '.') {
    mantissa.push_back(body[i++]);
    while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) {
      mantissa.push_back(body[i++]);
      ++digits;
    }
  }
  if (digits == 0) invalid();
  std::string exponent = "0";
  if (i < body.size() && (body[i] | 0x20) == 'p') {
    ++i;
    exponent.clear();
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) exponent.push_back(body[i++]);
    size_t start = i;
    while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) {
      exponent.push_back(body[i++]);
    }
    if (i == start) invalid();
  }
  if (i != body.size()) invalid();
  std::string c_text = "0x" + mantissa + "p" + exponent;
  errno = 0;
  double result = std::strtod(c_text.c_str(), nullptr);
  if (std::isinf(result)) {
    throw_overflow_error("hexadecimal value too large to represent as a float");
  }
  return negative ? -result : result;
}

Value float_fromhex(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("float.fromhex", kwnames);
  check_positional("float.fromhex", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("bad argument type for built-in operation");
  }
  double d = parse_hex_float(str_view(args[0]));
  if (cls.as<Type>() == &float_type) return make_float(d);
  return call(cls, {make_float(d)});
}

// round(x, ndigits) through the correctly rounded decimal string, as CPython.
double round_to_digits(double x, int64_t ndigits) {
  constexpr int64_t kMaxDigits = 323;
  constexpr int64_t kMinDigits = -308;
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  std::string text;
  if (ndigits >= 0) {
    // At most 309 integer digits and 323 decimals.
    char buffer[700];
    std::snprintf(buffer, sizeof buffer, "%.*f", static_cast<int>(ndigits), x);
    text = buffer;
  } else {
    // Round the exact integer part at 10**-ndigits, half to even; a fraction
    // can only break a tie upwards.
    double whole = std::trunc(x);
    bool fraction = whole != x;
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.0f", std::fabs(whole));
    std::string digits = buffer;
    auto places = static_cast<size_t>(-ndigits);
    if (digits.size() < places + 1) digits.insert(0, places + 1 - digits.size(), '0');
    std::string kept = digits.substr(0, digits.size() - places);
    std::string_view dropped = std::string_view(digits).substr(kept.size());
    bool up;
    if (dropped[0] != '5') {
      up = dropped[0] > '5';
    } else {
      bool beyond = fraction || dropped.find_first_not_of('0', 1) != std::string_view::npos;
      up = beyond || ((kept.back() - '0') & 1);
    }
    if (up) {
      size_t i = kept.size();
      while (i > 0) {
        --i;
        if (kept[i] == '9') {
          kept[i] = '0';
        } else {
          ++kept[i];
          break;
        }
        if (i == 0) kept.insert(0, "1");
      }
    }
    text = (std::signbit(x) ? "-" : "") + kept + std::string(places, '0');
  }
  double result = std::strtod(text.c_str(), nullptr);
  if (std::isinf(result)) throw_overflow_error("rounded value too large to represent");
  return result;
}

Value float_round(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("float.__round__", kwnames);
  check_positional("__round__", nargs, 0, 1);
  double x = float_value(self);
  if (nargs == 0 || is_none(args[0])) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return int_from_double(rounded);
  }
  return make_float(round_to_digits(x, index_as_ssize_clamped(args[0])));
}

Value float_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("float.__format__", kwnames);
  check_positional("float.__format__", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return Value::from_object(str(self));
  return str_value(format_float(float_value(self), spec, type_name(self)));
}

Value float_getformat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("float.__getformat__", kwnames);
  check_positional("float.__getformat__", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("__getformat__() argument must be str, not " + type_name(args[0]));
  }
  std::string_view kind = str_view(args[0]);
  if (kind != "double" && kind != "float") {
    throw_value_error("__getformat__() argument 1 must be 'double' or 'float'");
  }
  return str_value("IEEE, little-endian");
}

Value float_real(Value self) { return make_float(float_value(self)); }
Value float_imag(Value) { return make_float(0.0); }

}  // namespace

bool is_float(Value v) {
  return v.is_double() || (v.is_object() && (v.as_object()->type->flags & kTypeFloatSubclass));
}

double float_value(Value v) {
  if (v.is_double()) return v.as_double();
  return static_cast<FloatBox*>(v.as_object())->value;
}

double as_double(Value v) {
  if (v.is_double()) return v.as_double();
  if (is_float(v)) return float_value(v);
  if (is_int(v)) return int_to_double(v);
  Type* type = type_of(v);
  if (type->to_float) {
    Value result = type->to_float(v);
    if (!is_float(result)) {
      throw_type_error(type_name(v) + ".__float__ returned non-float (type " +
                       type_name(result) + ")");
    }
    if (!result.is_double()) {
      warn(&exc_DeprecationWarning,
           type_name(v) + ".__float__ returned non-float (type " + type_name(result) +
               ").  The ability to return an instance of a strict subclass of float is "
               "deprecated, and may be removed in a future version of Python.");
    }
    return float_value(result);
  }
  if (type->index) return int_to_double(index_value(v));
  throw_type_error("must be real number, not " + type_name(v));
}

int64_t float_hash(double d) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int exponent;
  double mantissa = std::frexp(d, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  // Fold 28 bits at a time into a residue modulo 2**61 - 1; multiplying by
  // 2**k modulo that prime is a rotation of the 61-bit word.
  uint64_t x = 0;
  while (mantissa != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    mantissa *= 268435456.0;
    exponent -= 28;
    auto chunk = static_cast<uint64_t>(mantissa);
    mantissa -= static_cast<double>(chunk);
    x += chunk;
    if (x >= kModulus) x -= kModulus;
  }
  exponent = exponent >= 0 ? exponent % kBits : kBits - 1 - ((-1 - exponent) % kBits);
  x = ((x << exponent) & kModulus) | x >> (kBits - exponent);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

Value float_power(double iv, double iw) {
  if (iw == 0.0) return make_float(1.0);
  if (std::isnan(iv)) return make_float(iv);
  if (std::isnan(iw)) return make_float(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double magnitude = std::fabs(iv);
    if (magnitude == 1.0) return make_float(1.0);
    if ((iw > 0.0) == (magnitude > 1.0)) return make_float(std::fabs(iw));
    return make_float(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return make_float(odd ? iv : std::fabs(iv));
    return make_float(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0) throw_zero_division_error("0.0 cannot be raised to a negative power");
    return make_float(is_odd_integer(iw) ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return complex_power(iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return make_float(negate ? -1.0 : 1.0);
  errno = 0;
  double result = std::pow(iv, iw);
  if (std::isinf(result)) {
    raise_with_args(&exc_OverflowError,
                    Value::from_object(make_tuple({Value::from_small_int(ERANGE),
                                                   str_value(std::strerror(ERANGE))})));
  }
  return make_float(negate ? -result : result);
}

double float_from_string(std::string_view text, std::string_view shown) {
  auto invalid = [&]() -> double {
    throw_value_error("could not convert string to float: " + std::string(shown));
  };
  std::string_view body = strip_number_spaces(text);
  bool negative = false;
  std::string_view unsigned_body = body;
  if (!unsigned_body.empty() && (unsigned_body[0] == '+' || unsigned_body[0] == '-')) {
    negative = unsigned_body[0] == '-';
    unsigned_body.remove_prefix(1);
  }
  if (equals_ignoring_case(unsigned_body, "inf") ||
      equals_ignoring_case(unsigned_body, "infinity")) {
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (equals_ignoring_case(unsigned_body, "nan")) return negative ? -NAN : NAN;
  // digits [. digits] [e [sign] digits], underscores only between digits.
  std::string clean;
  size_t i = 0;
  auto digit_run = [&](bool& any) {
    bool previous_digit = false;
    while (i < unsigned_body.size()) {
      char c = unsigned_body[i];
      if (c >= '0' && c <= '9') {
        clean.push_back(c);
        previous_digit = true;
        any = true;
      } else if (c == '_' && previous_digit && i + 1 < unsigned_body.size() &&
                 unsigned_body[i + 1] >= '0' && unsigned_body[i + 1] <= '9') {
        previous_digit = false;
      } else {
        break;
      }
      ++i;
    }
  };
  bool integer_digits = false;
  bool fraction_digits = false;
  digit_run(integer_digits);
  if (i < unsigned_body.size() && unsigned_body[i] == '.') {
    clean.push_back('.');
    ++i;
    digit_run(fraction_digits);
  }
  if (!integer_digits && !fraction_digits) invalid();
  if (i < unsigned_body.size() && (unsigned_body[i] | 0x20) == 'e') {
    clean.push_back('e');
    ++i;
    if (i < unsigned_body.size() && (unsigned_body[i] == '+' || unsigned_body[i] == '-')) {
      clean.push_back(unsigned_body[i++]);
    }
    bool exponent_digits = false;
    digit_run(exponent_digits);
    if (!exponent_digits) invalid();
  }
  if (i != unsigned_body.size()) invalid();
  double result = std::strtod(clean.c_str(), nullptr);
  return negative ? -result : result;
}

void init_float_type() {
  Type& t = float_type;
  t.repr = float_repr_slot;
  t.hash = float_hash_slot;
  t.richcompare = float_richcompare;
  t.boolean = float_boolean;
  t.new_instance = float_new;
  t.number[static_cast<int>(BinaryOp::Add)] = float_add;
  t.number[static_cast<int>(BinaryOp::Subtract)] = float_subtract;
  t.number[static_cast<int>(BinaryOp::Multiply)] = float_multiply;
  t.number[static_cast<int>(BinaryOp::TrueDivide)] = float_true_divide;
  t.number[static_cast<int>(BinaryOp::FloorDivide)] = float_floor_divide;
  t.number[static_cast<int>(BinaryOp::Remainder)] = float_remainder;
  t.number[static_cast<int>(BinaryOp::Power)] = float_power_slot;
  t.power_mod = float_power_mod;
  t.divmod = float_divmod;
  t.unary[static_cast<int>(UnaryOp::Negative)] = float_negative;
  t.unary[static_cast<int>(UnaryOp::Positive)] = float_positive;
  t.unary[static_cast<int>(UnaryOp::Absolute)] = float_absolute;
  t.to_int = float_to_int;
  t.to_float = float_to_float;
  init_static_type(&float_type, "float", nullptr, sizeof(FloatBox),
                   kTypeBaseType | kTypeFloatSubclass);
  set_type_text_signature(&float_type, "(x=0, /)");
  add_methods(&float_type, {
      {"is_integer", float_is_integer},
      {"conjugate", float_conjugate},
      {"as_integer_ratio", float_as_integer_ratio},
      {"hex", float_hex},
      {"fromhex", float_fromhex, kMethodClass},
      {"__trunc__", float_trunc},
      {"__floor__", float_floor},
      {"__ceil__", float_ceil},
      {"__round__", float_round},
      {"__format__", float_format_method},
      {"__getnewargs__", float_getnewargs},
      {"__getformat__", float_getformat, kMethodClass},
  });
  add_getsets(&float_type, {
      {"real", float_real, nullptr, "the real part of a complex number"},
      {"imag", float_imag, nullptr, "the imaginary part of a complex number"},
  });
}

}  // namespace krait
