// complex (Objects/complexobject.c is the behaviour this follows).
#include "objects/class.h"
#include "objects/complex.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type complex_type;

namespace {

struct ComplexValue {
  double real;
  double imag;
};

Complex* as_complex(Value v) { return static_cast<Complex*>(v.as_object()); }

// The operand of a complex slot; false for foreign types.
bool complex_operand(Value v, ComplexValue& out) {
  if (is_complex(v)) {
    out = {as_complex(v)->real, as_complex(v)->imag};
    return true;
  }
  if (is_float(v)) {
    out = {float_value(v), 0.0};
    return true;
  }
  if (is_int(v)) {
    out = {int_to_double(v), 0.0};
    return true;
  }
  return false;
}

Value make_complex_value(ComplexValue c) { return make_complex(c.real, c.imag); }

ComplexValue product(ComplexValue a, ComplexValue b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's algorithm; errno EDOM for a zero divisor.
ComplexValue quotient(ComplexValue a, ComplexValue b) {
  double abs_real = std::fabs(b.real);
  double abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denominator = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
  }
  if (abs_imag >= abs_real) {
    double ratio = b.real / b.imag;
    double denominator = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
  }
  return {NAN, NAN};
}

ComplexValue power_unsigned(ComplexValue x, long n) {
  ComplexValue result{1.0, 0.0};
  ComplexValue square = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) result = product(result, square);
    mask <<= 1;
    square = product(square, square);
  }
  return result;
}

ComplexValue power_general(ComplexValue a, ComplexValue b) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  double magnitude = std::hypot(a.real, a.imag);
  double length = std::pow(magnitude, b.real);
  double angle = std::atan2(a.imag, a.real);
  double phase = angle * b.real;
  if (b.imag != 0.0) {
    length /= std::exp(angle * b.imag);
    phase += b.imag * std::log(magnitude);
  }
  return {length * std::cos(phase), length * std::sin(phase)};
}

#define KRAIT_COMPLEX_OPERANDS(a, b)                          \
  ComplexValue x;                                             \
  ComplexValue y;                                             \
  if (!complex_operand(a, x) || !complex_operand(b, y)) return not_implemented()

Value complex_add(Value a, Value b) {
  KRAIT_COMPLEX_OPERANDS(a, b);
  return make_complex(x.real + y.real, x.imag + y.imag);
}

Value complex_subtract(Value a, Value b) {
  KRAIT_COMPLEX_OPERANDS(a, b);
  return make_complex(x.real - y.real, x.imag - y.imag);
}

Value complex_multiply(Value a, Value b) {
  KRAIT_COMPLEX_OPERANDS(a, b);
  return make_complex_value(product(x, y));
}

Value complex_true_divide(Value a, Value b) {
  KRAIT_COMPLEX_OPERANDS(a, b);
  errno = 0;
  ComplexValue result = quotient(x, y);
  if (errno == EDOM) throw_zero_division_error("complex division by zero");
  return make_complex_value(result);
}

Value complex_power_slot(Value a, Value b) {
  KRAIT_COMPLEX_OPERANDS(a, b);
  return complex_power(x.real, x.imag, y.real, y.imag);
}

Value complex_power_mod(Value a, Value b, Value m) {
  if (is_none(m)) return complex_power_slot(a, b);
  ComplexValue x;
  ComplexValue y;
  if (!complex_operand(a, x) || !complex_operand(b, y)) return not_implemented();
  throw_value_error("complex modulo");
}

#undef KRAIT_COMPLEX_OPERANDS

Value complex_negative(Value v) { return make_complex(-as_complex(v)->real, -as_complex(v)->imag); }
Value complex_positive(Value v) { return make_complex(as_complex(v)->real, as_complex(v)->imag); }

Value complex_absolute(Value v) {
  double real = as_complex(v)->real;
  double imag = as_complex(v)->imag;
  double result = std::hypot(real, imag);
  if (std::isinf(result) && std::isfinite(real) && std::isfinite(imag)) {
    throw_overflow_error("absolute value too large");
  }
  return make_float(result);
}

bool complex_boolean(Value v) { return as_complex(v)->real != 0.0 || as_complex(v)->imag != 0.0; }

int64_t complex_hash(Value v) {
  auto part_hash = [&](double d) -> uint64_t {
    if (std::isnan(d)) {
      auto bits = reinterpret_cast<uint64_t>(v.as_object());
      return (bits >> 4) | (bits << 60);
    }
    return static_cast<uint64_t>(float_hash(d));
  };
  uint64_t combined = part_hash(as_complex(v)->real) + 1000003u * part_hash(as_complex(v)->imag);
  auto h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

Value complex_richcompare(Value self, Value other, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return not_implemented();
  Complex* c = as_complex(self);
  bool equal;
  if (is_int(other) || is_float(other)) {
    // Exact comparison of the real part with an int goes through float's rules.
    equal = c->imag == 0.0 && compare_bool(make_float(c->real), other, CompareOp::Eq);
  } else if (is_complex(other)) {
    Complex* d = as_complex(other);
    equal = c->real == d->real && c->imag == d->imag;
  } else {
    return not_implemented();
  }
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

Value complex_repr_slot(Value v) {
  return str_value(complex_repr(as_complex(v)->real, as_complex(v)->imag));
}

// ---- complex(str) ------------------------------------------------------------

// Scans an unsigned float literal (digits with single underscores, inf, nan)
// at `pos`; answers its length, 0 if there is none.
size_t scan_unsigned_float(std::string_view s, size_t pos, double& out) {
  auto word = [&](std::string_view lower) {
    if (s.size() - pos < lower.size()) return false;
    for (size_t i = 0; i < lower.size(); ++i) {
      if ((s[pos + i] | 0x20) != lower[i]) return false;
    }
    return true;
  };
  if (word("infinity")) {
    out = HUGE_VAL;
    return 8;
  }
  if (word("inf")) {
    out = HUGE_VAL;
    return 3;
  }
  if (word("nan")) {
    out = NAN;
    return 3;
  }
  std::string clean;
  size_t i = pos;
  auto digits = [&]() {
    size_t start = i;
    while (i < s.size()) {
      if (s[i] >= '0' && s[i] <= '9') {
        clean.push_back(s[i]);
      } else if (s[i] == '_' && i > start && s[i - 1] != '_' && i + 1 < s.size() &&
                 s[i + 1] >= '0' && s[i + 1] <= '9') {
      } else {
        break;
      }
      ++i;
    }
    return i > start;
  };
  bool whole = digits();
  bool fraction = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    ++i;
    fraction = digits();
  }
  if (!whole && !fraction) return 0;
  if (i < s.size() && (s[i] | 0x20) == 'e') {
    size_t mark = i;
    std::string saved = clean;
    clean.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
    if (!digits()) {
      i = mark;
      clean = saved;
    }
  }
  out = std::strtod(clean.c_str(), nullptr);
  return i - pos;
}

// CPython checks underscores over the whole text before parsing it: each
// one must sit between two digits.
bool underscores_valid(std::string_view text) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  char previous = '\0';
  for (char c : text) {
    if (c == '_' ? !is_digit(previous) : previous == '_' && !is_digit(c)) return false;
    previous = c;
  }
  return previous != '_';
}

ComplexValue complex_from_string(std::string_view text) {
  auto malformed = []() -> ComplexValue {
    throw_value_error("complex() arg is a malformed string");
  };
  std::string_view s = strip_number_spaces(text);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    s = strip_number_spaces(s.substr(1, s.size() - 2));
  }
  if (s.empty()) malformed();
  size_t pos = 0;
  auto signed_number = [&](double& out, bool& had_number) {
    double sign = 1.0;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
      sign = s[pos] == '-' ? -1.0 : 1.0;
      ++pos;
    }
    size_t length = scan_unsigned_float(s, pos, out);
    had_number = length > 0;
    pos += length;
    if (!had_number) out = 1.0;
    out *= sign;
  };
  double first;
  bool first_number;
  signed_number(first, first_number);
  if (pos < s.size() && (s[pos] | 0x20) == 'j') {
    ++pos;
    if (pos != s.size()) malformed();
    return {0.0, first};
  }
  if (!first_number) malformed();
  if (pos == s.size()) return {first, 0.0};
  if (s[pos] != '+' && s[pos] != '-') malformed();
  double second;
  bool second_number;
  signed_number(second, second_number);
  if (pos >= s.size() || (s[pos] | 0x20) != 'j') malformed();
  ++pos;
  if (pos != s.size()) malformed();
  return {first, second};
}

Value complex_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"complex", {"real", "imag"}, 0, 0}, args, nargs, kwnames, bound);
  Value real = bound[0];
  Value imag = bound[1];
  ComplexValue result{0.0, 0.0};
  if (!real.is_null() && is_str(real)) {
    if (!imag.is_null()) {
      throw_type_error("complex() can't take second arg if first is a string");
    }
    std::string text = number_text_of(real.as<Str>());
    if (!underscores_valid(text)) {
      throw_value_error("could not convert string to complex: " +
                        str_repr(real.as<Str>()->view()));
    }
    result = complex_from_string(text);
  } else {
    if (!imag.is_null() && is_str(imag)) throw_type_error("complex() second arg can't be a string");
    ComplexValue r{0.0, 0.0};
    bool real_is_complex = false;
    bool imag_is_complex = false;
    if (!real.is_null()) {
      Value converted = call_special(real, names.dunder_complex, {});
      if (!converted.is_null()) {
        if (!is_complex(converted)) {
          throw_type_error("__complex__ returned non-complex (type " + type_name(converted) + ")");
        }
        r = {as_complex(converted)->real, as_complex(converted)->imag};
        real_is_complex = true;
      } else if (is_complex(real)) {
        r = {as_complex(real)->real, as_complex(real)->imag};
        real_is_complex = true;
      } else if (is_float(real) || is_int(real) || type_of(real)->to_float ||
                 type_of(real)->index) {
        r = {as_double(real), 0.0};
      } else {
        throw_type_error("complex() first argument must be a string or a number, not '" +
                         type_name(real) + "'");
      }
    }
    ComplexValue i{0.0, 0.0};
    if (!imag.is_null()) {
      if (is_complex(imag)) {
        i = {as_complex(imag)->real, as_complex(imag)->imag};
        imag_is_complex = true;
      } else if (is_float(imag) || is_int(imag) || type_of(imag)->to_float ||
                 type_of(imag)->index) {
        i = {as_double(imag), 0.0};
      } else {
        throw_type_error("complex() second argument must be a number, not '" +
                         type_name(imag) + "'");
      }
    }
    // Only a complex part contributes its own imaginary part, so that the
    // signs of zeros survive (complex(1.0, -0.0)).
    result.real = imag_is_complex ? r.real - i.imag : r.real;
    if (imag.is_null()) {
      result.imag = r.imag;
    } else {
      result.imag = real_is_complex ? i.real + r.imag : i.real;
    }
  }
  if (type == &complex_type) return make_complex_value(result);
  auto* c = static_cast<Complex*>(allocate_instance(type));
  c->real = result.real;
  c->imag = result.imag;
  return Value::from_object(c);
}

// ---- methods -----------------------------------------------------------------

Value complex_conjugate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("complex.conjugate", kwnames);
  check_positional("complex.conjugate", nargs, 0, 0);
  return make_complex(as_complex(self)->real, -as_complex(self)->imag);
}

Value complex_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("complex.__getnewargs__", kwnames);
  check_positional("complex.__getnewargs__", nargs, 0, 0);
  return Value::from_object(
      make_tuple({make_float(as_complex(self)->real), make_float(as_complex(self)->imag)}));
}

Value complex_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("complex.__format__", kwnames);
  check_positional("complex.__format__", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return Value::from_object(str(self));
  return str_value(
      format_complex(as_complex(self)->real, as_complex(self)->imag, spec, type_name(self)));
}

Value complex_complex(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("complex.__complex__", kwnames);
  check_positional("complex.__complex__", nargs, 0, 0);
  return make_complex(as_complex(self)->real, as_complex(self)->imag);
}

}  // namespace

Value make_complex(double real, double imag) {
  auto* c = static_cast<Complex*>(gc_alloc_atomic(sizeof(Complex)));
  c->type = &complex_type;
  c->real = real;
  c->imag = imag;
  return Value::from_object(c);
}

bool is_complex(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &complex_type); }

Value complex_power(double base_real, double base_imag, double exp_real, double exp_imag) {
  ComplexValue a{base_real, base_imag};
  ComplexValue b{exp_real, exp_imag};
  errno = 0;
  ComplexValue result;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    auto n = static_cast<long>(b.real);
    result = n > 0 ? power_unsigned(a, n) : quotient({1.0, 0.0}, power_unsigned(a, -n));
  } else {
    result = power_general(a, b);
  }
  // Only an infinite result overflowed: an ERANGE from an underflow inside
  // pow() or exp() does not count (CPython's Py_ADJUST_ERANGE2).
  if (std::isinf(result.real) || std::isinf(result.imag)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) throw_zero_division_error("0.0 to a negative or complex power");
  if (errno == ERANGE) throw_overflow_error("complex exponentiation");
  return make_complex_value(result);
}

std::string complex_repr(double real, double imag) {
  if (real == 0.0 && !std::signbit(real)) return float_repr_no_dot_zero(imag) + "j";
  std::string imag_text = float_repr_no_dot_zero(imag);
  if (imag_text[0] != '-') imag_text.insert(0, "+");
  return "(" + float_repr_no_dot_zero(real) + imag_text + "j)";
}

void init_complex_type() {
  Type& t = complex_type;
  t.repr = complex_repr_slot;
  t.hash = complex_hash;
  t.richcompare = complex_richcompare;
  t.boolean = complex_boolean;
  t.new_instance = complex_new;
  t.number[static_cast<int>(BinaryOp::Add)] = complex_add;
  t.number[static_cast<int>(BinaryOp::Subtract)] = complex_subtract;
  t.number[static_cast<int>(BinaryOp::Multiply)] = complex_multiply;
  t.number[static_cast<int>(BinaryOp::TrueDivide)] = complex_true_divide;
  t.number[static_cast<int>(BinaryOp::Power)] = complex_power_slot;
  t.power_mod = complex_power_mod;
  t.unary[static_cast<int>(UnaryOp::Negative)] = complex_negative;
  t.unary[static_cast<int>(UnaryOp::Positive)] = complex_positive;
  t.unary[static_cast<int>(UnaryOp::Absolute)] = complex_absolute;
  init_static_type(&complex_type, "complex", nullptr, sizeof(Complex), kTypeBaseType);
  set_type_text_signature(&complex_type, "(real=0, imag=0)");
  add_methods(&complex_type, {
      {"conjugate", complex_conjugate},
      {"__getnewargs__", complex_getnewargs},
      {"__format__", complex_format_method},
      {"__complex__", complex_complex},
  });
  // Members, as CPython's: the doubles are read in place. (Complex is not
  // standard-layout, so the offsets come from an instance, not offsetof.)
  static const Complex probe{};
  auto offset_of = [](const double& field) {
    return static_cast<uint32_t>(reinterpret_cast<const char*>(&field) -
                                 reinterpret_cast<const char*>(&probe));
  };
  Dict* dict = type_dict(&complex_type);
  dict_set_str(dict, intern("real"),
               make_read_only_double_member(&complex_type, "real", offset_of(probe.real),
                                            "the real part of a complex number"));
  dict_set_str(dict, intern("imag"),
               make_read_only_double_member(&complex_type, "imag", offset_of(probe.imag),
                                            "the imaginary part of a complex number"));
}

}  // namespace krait
