// int and bool (Objects/longobject.c and Objects/boolobject.c are the
// behaviour this follows). Small values are immediates; the rest are BigInt
// objects holding a GMP integer whose limbs live in GC-atomic memory.
#include "objects/int.h"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>

#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/memoryview.h"
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

Type int_type;
Type bool_type;
BoolObject true_object{{{&bool_type}, Value::from_small_int(1)}};
BoolObject false_object{{{&bool_type}, Value::from_small_int(0)}};

int64_t int_max_str_digits = 4300;

namespace {

constexpr const char* kStrLimitMessage =
    "Exceeds the limit (%lld digits) for integer string conversion; use "
    "sys.set_int_max_str_digits() to increase the limit";

// GMP's allocation goes to the collector: limbs hold no pointers.
void* gmp_allocate(size_t bytes) { return gc_alloc_atomic(bytes); }
void* gmp_reallocate(void* block, size_t, size_t bytes) { return gc_realloc(block, bytes); }
void gmp_free(void* block, size_t) { GC_FREE(block); }

// mpz_sgn and mpz_odd_p are macros that need a plain pointer.
int sign_of(mpz_srcptr z) { return mpz_sgn(z); }
bool is_odd(mpz_srcptr z) { return mpz_odd_p(z); }

// A scratch GMP integer on the C stack (its limbs are found by the
// conservative scan while it lives).
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  ~Mpz() { mpz_clear(value_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return value_; }
  operator mpz_ptr() { return value_; }

 private:
  mpz_t value_;
};

// A read-only GMP view of an exact int; a small one borrows a limb on the C
// stack instead of allocating.
class IntOperand {
 public:
  explicit IntOperand(Value exact) {
    if (exact.is_small_int()) {
      int64_t s = exact.as_small_int();
      limb_ = s < 0 ? static_cast<mp_limb_t>(-s) : static_cast<mp_limb_t>(s);
      pointer_ = mpz_roinit_n(view_, &limb_, s < 0 ? -1 : (s != 0 ? 1 : 0));
    } else {
      pointer_ = exact.as<BigInt>()->value;
    }
  }
  IntOperand(const IntOperand&) = delete;
  IntOperand& operator=(const IntOperand&) = delete;
  operator mpz_srcptr() const { return pointer_; }

 private:
  mp_limb_t limb_ = 0;
  mpz_t view_;
  mpz_srcptr pointer_;
};

// Moves a scratch integer into its canonical int (no limb copy when big).
Value take_mpz(Mpz& z) {
  if (mpz_fits_slong_p(z)) {
    long small = mpz_get_si(z);
    if (Value::fits_small_int(small)) return Value::from_small_int(small);
  }
  auto* big = static_cast<BigInt*>(gc_alloc(sizeof(BigInt)));
  big->type = &int_type;
  mpz_init(big->value);
  mpz_swap(big->value, z.get());
  return Value::from_object(big);
}

bool is_exact_int_value(Value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->type == &int_type);
}

// Both operands of an int slot as exact ints; false when one is foreign.
bool int_operands(Value& a, Value& b) {
  if (!is_int(a) || !is_int(b)) return false;
  a = int_exact(a);
  b = int_exact(b);
  return true;
}

Value make_int_instance(Type* type, Value exact) {
  if (type == &int_type) return exact;
  auto* box = static_cast<IntBox*>(allocate_instance(type));
  box->value = exact;
  return Value::from_object(box);
}

[[noreturn]] void throw_int_division_by_zero() {
  throw_zero_division_error("integer division or modulo by zero");
}

// ---- conversion to and from text ---------------------------------------------

int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Digits with single underscores between them; appends the bare digits to `out`.
// `leading_underscore_ok`: an underscore may come first (right after a base prefix).
bool collect_digits(std::string_view text, int base, bool leading_underscore_ok,
                    std::string& out) {
  bool previous_underscore = !leading_underscore_ok;
  bool any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '_') {
      if (previous_underscore) return false;
      previous_underscore = true;
      continue;
    }
    if (digit_value(c) >= base) return false;
    out.push_back(static_cast<char>(c));
    previous_underscore = false;
    any = true;
  }
  return any && !previous_underscore;
}

bool power_of_two_base(int base) { return (base & (base - 1)) == 0; }

std::string mpz_to_string(mpz_srcptr z, int base) {
  std::string out(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(out.data(), base, z);
  out.resize(std::strlen(out.c_str()));
  return out;
}

// ---- arithmetic on exact ints ------------------------------------------------

Value big_binary(Value a, Value b, void (*fn)(mpz_ptr, mpz_srcptr, mpz_srcptr)) {
  IntOperand x(a);
  IntOperand y(b);
  Mpz result;
  fn(result, x, y);
  return take_mpz(result);
}

Value lshift_exact(Value a, Value b) {
  if (int_sign(b) < 0) throw_value_error("negative shift count");
  if (int_sign(a) == 0) return a;
  int64_t count;
  if (!int_to_int64(b, count) || count > (int64_t{1} << 40)) {
    throw_overflow_error("too many digits in integer");
  }
  if (a.is_small_int() && count < 64) {
    int64_t x = a.as_small_int();
    __int128 shifted = static_cast<__int128>(x) << count;
    if (shifted >= Value::kSmallIntMin && shifted <= Value::kSmallIntMax) {
      return Value::from_small_int(static_cast<int64_t>(shifted));
    }
  }
  IntOperand x(a);
  Mpz result;
  mpz_mul_2exp(result, x, static_cast<mp_bitcnt_t>(count));
  return take_mpz(result);
}

Value rshift_exact(Value a, Value b) {
  if (int_sign(b) < 0) throw_value_error("negative shift count");
  int64_t count;
  if (!int_to_int64(b, count) || count > (int64_t{1} << 40)) {
    return Value::from_small_int(int_sign(a) < 0 ? -1 : 0);
  }
  if (a.is_small_int()) {
    return Value::from_small_int(a.as_small_int() >> (count > 63 ? 63 : count));
  }
  IntOperand x(a);
  Mpz result;
  mpz_fdiv_q_2exp(result, x, static_cast<mp_bitcnt_t>(count));
  return take_mpz(result);
}

Value power_exact(Value base, Value exponent) {
  if (int_sign(exponent) < 0) {
    return float_power(int_to_double(base), int_to_double(exponent));
  }
  if (base.is_small_int()) {
    int64_t b = base.as_small_int();
    if (b == 0 || b == 1) return int_sign(exponent) == 0 ? Value::from_small_int(1) : base;
    if (b == -1) {
      bool odd = exponent.is_small_int() ? (exponent.as_small_int() & 1)
                                         : is_odd(exponent.as<BigInt>()->value);
      return Value::from_small_int(odd ? -1 : 1);
    }
  }
  int64_t e;
  if (!int_to_int64(exponent, e) || e > (int64_t{1} << 40)) throw_memory_error();
  if (base.is_small_int()) {
    int64_t result = 1;
    int64_t square = base.as_small_int();
    int64_t remaining = e;
    bool overflow = false;
    while (remaining) {
      if ((remaining & 1) && __builtin_mul_overflow(result, square, &result)) {
        overflow = true;
        break;
      }
      remaining >>= 1;
      if (remaining && __builtin_mul_overflow(square, square, &square)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return make_int(result);
  }
  IntOperand x(base);
  Mpz result;
  mpz_pow_ui(result, x, static_cast<unsigned long>(e));
  return take_mpz(result);
}

Value power_mod_exact(Value base, Value exponent, Value modulus) {
  if (int_sign(modulus) == 0) throw_value_error("pow() 3rd argument cannot be 0");
  IntOperand b(base);
  IntOperand e(exponent);
  IntOperand m(modulus);
  Mpz abs_modulus;
  mpz_abs(abs_modulus, m);
  Mpz result;
  if (mpz_cmp_ui(abs_modulus.get(), 1) == 0) return Value::from_small_int(0);
  if (sign_of(e) < 0) {
    Mpz inverse;
    if (!mpz_invert(inverse, b, abs_modulus)) {
      throw_value_error("base is not invertible for the given modulus");
    }
    Mpz positive_exponent;
    mpz_neg(positive_exponent, e);
    mpz_powm(result, inverse, positive_exponent, abs_modulus);
  } else {
    mpz_powm(result, b, e, abs_modulus);
  }
  // Python's result takes the modulus's sign.
  if (sign_of(m) < 0 && sign_of(result) != 0) mpz_add(result, result, m);
  return take_mpz(result);
}

// ---- slots ----------------------------------------------------------------

Value int_add_slot(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() + b.as_small_int());
  if (!int_operands(a, b)) return not_implemented();
  return int_add(a, b);
}

Value int_subtract_slot(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() - b.as_small_int());
  if (!int_operands(a, b)) return not_implemented();
  return int_subtract(a, b);
}

Value int_multiply_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return int_multiply(a, b);
}

Value int_floor_divide_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return int_floor_divide(a, b);
}

Value int_remainder_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return int_remainder(a, b);
}

Value int_true_divide_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return make_float(int_true_divide(a, b));
}

Value int_power_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return int_power(a, b);
}

Value int_power_mod_slot(Value a, Value b, Value m) {
  if (is_none(m)) return int_power_slot(a, b);
  if (!is_int(a) || !is_int(b) || !is_int(m)) return not_implemented();
  return power_mod_exact(int_exact(a), int_exact(b), int_exact(m));
}

Value int_divmod_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return Value::from_object(make_tuple({int_floor_divide(a, b), int_remainder(a, b)}));
}

Value int_lshift_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return lshift_exact(a, b);
}

Value int_rshift_slot(Value a, Value b) {
  if (!int_operands(a, b)) return not_implemented();
  return rshift_exact(a, b);
}

Value int_and_slot(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    return Value::from_small_int(a.as_small_int() & b.as_small_int());
  }
  if (!int_operands(a, b)) return not_implemented();
  if (a.is_small_int() && b.is_small_int()) {
    return Value::from_small_int(a.as_small_int() & b.as_small_int());
  }
  return big_binary(a, b, mpz_and);
}

Value int_or_slot(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    return Value::from_small_int(a.as_small_int() | b.as_small_int());
  }
  if (!int_operands(a, b)) return not_implemented();
  if (a.is_small_int() && b.is_small_int()) {
    return Value::from_small_int(a.as_small_int() | b.as_small_int());
  }
  return big_binary(a, b, mpz_ior);
}

Value int_xor_slot(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    return Value::from_small_int(a.as_small_int() ^ b.as_small_int());
  }
  if (!int_operands(a, b)) return not_implemented();
  if (a.is_small_int() && b.is_small_int()) {
    return Value::from_small_int(a.as_small_int() ^ b.as_small_int());
  }
  return big_binary(a, b, mpz_xor);
}

Value int_negative(Value v) {
  v = int_exact(v);
  if (v.is_small_int()) return make_int(-v.as_small_int());
  Mpz result;
  mpz_neg(result, v.as<BigInt>()->value);
  return take_mpz(result);
}

Value int_positive(Value v) { return int_exact(v); }

Value int_invert(Value v) {
  v = int_exact(v);
  if (v.is_small_int()) return Value::from_small_int(~v.as_small_int());
  Mpz result;
  mpz_com(result, v.as<BigInt>()->value);
  return take_mpz(result);
}

Value int_absolute(Value v) { return int_sign(v) < 0 ? int_negative(v) : int_exact(v); }

bool int_boolean(Value v) { return int_sign(v) != 0; }

Value int_richcompare(Value self, Value other, CompareOp op) {
  if (!is_int(other)) return not_implemented();
  return make_bool(order_satisfies(int_compare(self, other), op));
}

Value int_repr(Value v) { return str_value(int_to_decimal(v)); }

Value int_index_slot(Value v) { return int_exact(v); }
Value int_to_float_slot(Value v) { return make_float(int_to_double(v)); }

Value int_from_text_value(Value x, int base);
Value int_from_buffer(Value x);

// __int__ or __index__ answering an int subclass: still accepted, with
// CPython 3.11's DeprecationWarning.
void warn_int_subclass_result(const char* method, Value result) {
  warn(&exc_DeprecationWarning,
       std::string(method) + " returned non-int (type " + type_name(result) +
           ").  The ability to return an instance of a strict subclass of int is deprecated, "
           "and may be removed in a future version of Python.");
}

// int(x) for a non-str x: __int__, then __index__, then __trunc__.
Value int_from_number(Value x) {
  Type* type = type_of(x);
  if (type->to_int) {
    Value result = type->to_int(x);
    if (!is_int(result)) {
      throw_type_error("__int__ returned non-int (type " + type_name(result) + ")");
    }
    if (!is_exact_int(result)) warn_int_subclass_result("__int__", result);
    return int_exact(result);
  }
  if (type->index) return index_value(x);
  Value trunc = lookup_special(x, names.dunder_trunc);
  if (!trunc.is_null()) {
    warn(&exc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
    Value result = call(trunc, {});
    if (is_int(result)) return int_exact(result);
    if (!type_of(result)->index) {
      throw_type_error("__trunc__ returned non-Integral (type " + type_name(result) + ")");
    }
    return index_value(result);
  }
  Value from_buffer = int_from_buffer(x);
  if (!from_buffer.is_null()) return from_buffer;
  throw_type_error(
      "int() argument must be a string, a bytes-like object or a real number, not '" +
      type_name(x) + "'");
}

// CPython quotes the text in its int() error as "%.200R": the repr cut to
// 200 code points (the closing quote may be cut off).
std::string shown_repr(std::string repr) {
  size_t count = 0;
  for (size_t i = 0; i < repr.size(); ++i) {
    if ((static_cast<unsigned char>(repr[i]) & 0xC0) != 0x80 && count++ == 200) {
      repr.resize(i);
      break;
    }
  }
  return repr;
}

std::string shown_str(Str* s) {
  std::string_view text = s->view();
  // The repr is never shorter than the text: 200 code points of it suffice.
  if (s->length > 200) text = text.substr(0, str_byte_offset(s, 200));
  return shown_repr(str_repr(text));
}

std::string shown_bytes(std::string_view data) {
  return shown_repr(bytes_repr(data.substr(0, std::min<size_t>(data.size(), 200))));
}

// int(x, base) of text: str, or the bytes of a buffer (quoted as bytes).
Value int_from_text_value(Value x, int base) {
  if (is_str(x)) return int_from_string(number_text_of(x.as<Str>()), base, shown_str(x.as<Str>()));
  if (is_bytes(x)) {
    std::string_view text = x.as<Bytes>()->view();
    return int_from_string(text, base, shown_bytes(text));
  }
  if (is_bytearray(x)) {
    auto* array = x.as<ByteArray>();
    std::string_view text(array->items, array->size);
    return int_from_string(text, base, shown_bytes(text));
  }
  throw_type_error("int() can't convert non-string with explicit base");
}

// int(x) of a bytes-like object (bytes, bytearray, memoryview, array.array):
// its bytes as text in base 10, as PyNumber_Long; null for anything else.
Value int_from_buffer(Value x) {
  if (is_bytes(x) || is_bytearray(x)) return int_from_text_value(x, 10);
  if (is_memoryview(x)) {
    std::string text = memoryview_to_bytes(x);
    return int_from_string(text, 10, shown_bytes(text));
  }
  std::string_view data;
  if (!bytes_like_view(x, data)) return Value::null();
  std::string text(data);
  return int_from_string(text, 10, shown_bytes(text));
}

Value int_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"int", {"", "base"}, 0, 1}, args, nargs, kwnames, bound);
  Value x = bound[0];
  Value result;
  if (bound[1].is_null()) {
    if (x.is_null()) {
      result = Value::from_small_int(0);
    } else if (is_str(x)) {
      result = int_from_string(number_text_of(x.as<Str>()), 10, shown_str(x.as<Str>()));
    } else {
      result = int_from_number(x);
    }
  } else {
    if (x.is_null()) throw_type_error("int() missing string argument");
    int64_t base;
    Value base_value = index_value(bound[1]);
    if (!int_to_int64(base_value, base) || (base != 0 && (base < 2 || base > 36))) {
      throw_value_error("int() base must be >= 2 and <= 36, or 0");
    }
    result = int_from_text_value(x, static_cast<int>(base));
  }
  return make_int_instance(type, result);
}

// ---- methods ---------------------------------------------------------------

Value int_bit_length(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.bit_length", kwnames);
  check_positional("int.bit_length", nargs, 0, 0);
  Value v = int_exact(self);
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    uint64_t magnitude = x < 0 ? static_cast<uint64_t>(-x) : static_cast<uint64_t>(x);
    return Value::from_small_int(magnitude ? 64 - __builtin_clzll(magnitude) : 0);
  }
  return make_int(static_cast<int64_t>(mpz_sizeinbase(v.as<BigInt>()->value, 2)));
}

Value int_bit_count(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.bit_count", kwnames);
  check_positional("int.bit_count", nargs, 0, 0);
  IntOperand x(int_exact(self));
  Mpz magnitude;
  mpz_abs(magnitude, x);
  return make_int(static_cast<int64_t>(mpz_popcount(magnitude)));
}

bool parse_byteorder(Value v, const char* function) {
  if (v.is_null()) return false;
  if (!is_str(v)) {
    throw_type_error(std::string(function) + "() argument 'byteorder' must be str, not " +
                     type_name(v));
  }
  std::string_view order = str_view(v);
  if (order == "little") return true;
  if (order == "big") return false;
  throw_value_error("byteorder must be either 'little' or 'big'");
}

Value int_to_bytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 2}, args, nargs, kwnames,
                 bound);
  int64_t length = 1;
  if (!bound[0].is_null()) {
    if (!int_to_int64(index_value(bound[0]), length)) {
      throw_overflow_error("Python int too large to convert to C ssize_t");
    }
    if (length < 0) throw_value_error("length argument must be non-negative");
  }
  bool little = parse_byteorder(bound[1], "to_bytes");
  bool is_signed = !bound[2].is_null() && truthy(bound[2]);
  Value v = int_exact(self);
  IntOperand x(v);
  if (!is_signed && sign_of(x) < 0) throw_overflow_error("can't convert negative int to unsigned");
  // The two's-complement image modulo 256**length.
  Mpz image;
  if (sign_of(x) < 0) {
    mpz_set_ui(image, 1);
    mpz_mul_2exp(image, image, static_cast<mp_bitcnt_t>(8 * length));
    mpz_add(image, image, x);
  } else {
    mpz_set(image, x);
  }
  // Signed: -(2**(8L-1)) <= x < 2**(8L-1); unsigned: x < 2**(8L).
  bool fits = true;
  if (sign_of(x) != 0) {
    Mpz magnitude;
    if (sign_of(x) < 0) mpz_com(magnitude, x); else mpz_set(magnitude, x);
    int64_t bits = sign_of(magnitude) ? static_cast<int64_t>(mpz_sizeinbase(magnitude, 2)) : 0;
    // -1 has no magnitude bits: CPython lets it fit even in zero bytes.
    fits = is_signed ? bits < 8 * length || bits == 0 : bits <= 8 * length;
  }
  if (!fits) throw_overflow_error("int too big to convert");
  std::string out(static_cast<size_t>(length), '\0');
  if (sign_of(image) > 0) {
    size_t count = 0;
    std::string little_endian(mpz_sizeinbase(image, 256) + 1, '\0');
    mpz_export(little_endian.data(), &count, -1, 1, 0, 0, image);
    for (size_t i = 0; i < count && i < out.size(); ++i) out[i] = little_endian[i];
  }
  if (!little) std::reverse(out.begin(), out.end());
  return Value::from_object(make_bytes(out));
}

Value int_from_bytes(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 2}, args, nargs,
                 kwnames, bound);
  bool little = parse_byteorder(bound[1], "from_bytes");
  bool is_signed = !bound[2].is_null() && truthy(bound[2]);
  Value source = bound[0];
  std::string data;
  if (is_bytes(source)) {
    data = source.as<Bytes>()->view();
  } else if (is_bytearray(source)) {
    data.assign(source.as<ByteArray>()->items, source.as<ByteArray>()->size);
  } else {
    // CPython's PyObject_Bytes: __bytes__, a buffer or an iterable of ints;
    // never str, nor an int taken as a count as bytes(n) would.
    static Str* const dunder_bytes = intern("__bytes__");
    Type* source_type = type_of(source);
    if (type_lookup(source_type, dunder_bytes).is_null() &&
        (is_str(source) || (!source_type->iter && !source_type->getitem))) {
      throw_type_error("cannot convert '" + type_name(source) + "' object to bytes");
    }
    data = call(Value::from_object(&bytes_type), {source}).as<Bytes>()->view();
  }
  Mpz result;
  if (!data.empty()) mpz_import(result, data.size(), little ? -1 : 1, 1, 0, 0, data.data());
  if (is_signed && !data.empty()) {
    unsigned char top = static_cast<unsigned char>(little ? data.back() : data.front());
    if (top & 0x80) {
      Mpz modulus;
      mpz_set_ui(modulus, 1);
      mpz_mul_2exp(modulus, modulus, 8 * data.size());
      mpz_sub(result, result, modulus);
    }
  }
  Value value = take_mpz(result);
  Type* type = cls.as<Type>();
  if (type == &int_type) return value;
  return call(cls, {value});
}

Value int_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.as_integer_ratio", kwnames);
  check_positional("int.as_integer_ratio", nargs, 0, 0);
  return Value::from_object(make_tuple({int_exact(self), Value::from_small_int(1)}));
}

// conjugate, __trunc__, __floor__, __ceil__: an int is its own value.
Value int_identity(const char* qualified_name, Value self, size_t nargs, Tuple* kwnames) {
  reject_keywords(qualified_name, kwnames);
  check_positional(qualified_name, nargs, 0, 0);
  return int_exact(self);
}

Value int_conjugate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return int_identity("int.conjugate", self, nargs, kwnames);
}

Value int_trunc(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return int_identity("int.__trunc__", self, nargs, kwnames);
}

Value int_floor(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return int_identity("int.__floor__", self, nargs, kwnames);
}

Value int_ceil(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return int_identity("int.__ceil__", self, nargs, kwnames);
}

Value int_round(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.__round__", kwnames);
  check_positional("__round__", nargs, 0, 1);
  Value v = int_exact(self);
  if (nargs == 0 || is_none(args[0])) return v;
  Value ndigits = index_value(args[0]);
  if (int_sign(ndigits) >= 0) return v;
  // Round half to even at 10**-ndigits.
  Value negated = int_negative(ndigits);
  int64_t places;
  if (!int_to_int64(negated, places) || places > (int64_t{1} << 32)) {
    return Value::from_small_int(0);
  }
  IntOperand x(v);
  Mpz scale;
  mpz_ui_pow_ui(scale, 10, static_cast<unsigned long>(places));
  Mpz quotient;
  Mpz remainder;
  mpz_fdiv_qr(quotient, remainder, x, scale);
  Mpz twice;
  mpz_mul_2exp(twice, remainder, 1);
  int c = mpz_cmp(twice, scale);
  if (c > 0 || (c == 0 && is_odd(quotient))) mpz_add_ui(quotient, quotient, 1);
  mpz_mul(quotient, quotient, scale);
  return take_mpz(quotient);
}

Value int_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.__format__", kwnames);
  check_positional("int.__format__", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return Value::from_object(str(self));
  return str_value(format_int(int_exact(self), spec, type_name(self)));
}

Value int_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.__getnewargs__", kwnames);
  check_positional("int.__getnewargs__", nargs, 0, 0);
  return Value::from_object(make_tuple({int_exact(self)}));
}

// sys.getsizeof() as CPython's 30-bit digit layout reports it.
Value int_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("int.__sizeof__", kwnames);
  check_positional("int.__sizeof__", nargs, 0, 0);
  IntOperand x(int_exact(self));
  int64_t digits = sign_of(x) ? static_cast<int64_t>(mpz_sizeinbase(x, 2) + 29) / 30 : 0;
  return make_int(24 + 4 * digits);
}

Value int_real(Value self) { return int_exact(self); }
Value int_imag(Value) { return Value::from_small_int(0); }
Value int_denominator(Value) { return Value::from_small_int(1); }

// ---- bool ------------------------------------------------------------------

Value bool_repr(Value v) { return str_value(v.is(make_bool(true)) ? "True" : "False"); }

bool is_bool(Value v) { return v.is_object() && v.as_object()->type == &bool_type; }

Value bool_and(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return make_bool(a.is(make_bool(true)) && b.is(make_bool(true)));
  return int_and_slot(a, b);
}

Value bool_or(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return make_bool(a.is(make_bool(true)) || b.is(make_bool(true)));
  return int_or_slot(a, b);
}

Value bool_xor(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return make_bool(!a.is(b));
  return int_xor_slot(a, b);
}

Value bool_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("bool", kwnames);
  check_positional("bool", nargs, 0, 1);
  return make_bool(nargs == 1 && truthy(args[0]));
}

}  // namespace

// ---- public API --------------------------------------------------------------

Value make_int(int64_t i) {
  if (Value::fits_small_int(i)) return Value::from_small_int(i);
  auto* big = static_cast<BigInt*>(gc_alloc(sizeof(BigInt)));
  big->type = &int_type;
  mpz_init_set_si(big->value, i);
  return Value::from_object(big);
}

Value make_int_from_unsigned(uint64_t u) {
  if (u <= static_cast<uint64_t>(Value::kSmallIntMax)) {
    return Value::from_small_int(static_cast<int64_t>(u));
  }
  auto* big = static_cast<BigInt*>(gc_alloc(sizeof(BigInt)));
  big->type = &int_type;
  mpz_init_set_ui(big->value, u);
  return Value::from_object(big);
}

Value make_int_from_mpz(const mpz_t z) {
  Mpz copy;
  mpz_set(copy, z);
  return take_mpz(copy);
}

Value int_from_decimal_digits(std::string_view digits) {
  if (digits.size() <= 18) {
    int64_t value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return make_int(value);
  }
  Mpz result;
  mpz_set_str(result, std::string(digits).c_str(), 10);
  return take_mpz(result);
}

bool is_int(Value v) {
  return v.is_small_int() || (v.is_object() && (v.as_object()->type->flags & kTypeIntSubclass));
}

bool is_exact_int(Value v) { return is_exact_int_value(v); }

bool is_big_int(Value v) { return v.is_object() && v.as_object()->type == &int_type; }

Value int_exact(Value v) {
  if (is_exact_int_value(v)) return v;
  return static_cast<IntBox*>(v.as_object())->value;
}

bool int_to_int64(Value v, int64_t& out) {
  v = int_exact(v);
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  mpz_srcptr z = v.as<BigInt>()->value;
  if (!mpz_fits_slong_p(z)) return false;
  out = mpz_get_si(z);
  return true;
}

void int_to_mpz(Value v, mpz_t out) {
  IntOperand x(int_exact(v));
  mpz_set(out, x);
}

int int_sign(Value v) {
  v = int_exact(v);
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    return (x > 0) - (x < 0);
  }
  return sign_of(v.as<BigInt>()->value);
}

int64_t int_hash(Value v) {
  v = int_exact(v);
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    return x == -1 ? -2 : x;
  }
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  mpz_srcptr z = v.as<BigInt>()->value;
  uint64_t residue = mpz_fdiv_ui(z, kModulus);
  int64_t h;
  if (sign_of(z) < 0) {
    // mpz_fdiv_ui answers |z| mod P's complement for negatives.
    uint64_t magnitude = residue ? kModulus - residue : 0;
    h = -static_cast<int64_t>(magnitude);
  } else {
    h = static_cast<int64_t>(residue);
  }
  return h == -1 ? -2 : h;
}

std::string int_to_decimal(Value v) {
  v = int_exact(v);
  if (v.is_small_int()) return std::to_string(v.as_small_int());
  mpz_srcptr z = v.as<BigInt>()->value;
  if (int_max_str_digits > 0) {
    // log10(2) < 0.30103: a cheap bound before converting.
    size_t bits = mpz_sizeinbase(z, 2);
    if (static_cast<double>(bits - 1) * 0.30102999566398 >= static_cast<double>(int_max_str_digits)) {
      throw_value_error(format(kStrLimitMessage, static_cast<long long>(int_max_str_digits)));
    }
  }
  std::string text = mpz_to_string(z, 10);
  size_t digits = text.size() - (text[0] == '-' ? 1 : 0);
  if (int_max_str_digits > 0 && static_cast<int64_t>(digits) > int_max_str_digits) {
    throw_value_error(format(kStrLimitMessage, static_cast<long long>(int_max_str_digits)));
  }
  return text;
}

std::string int_to_base_string(Value v, int base) {
  v = int_exact(v);
  IntOperand x(v);
  std::string digits = mpz_to_string(x, base);
  std::string prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  if (digits[0] == '-') return "-" + prefix + digits.substr(1);
  return prefix + digits;
}

Value int_from_string(std::string_view text, int base, std::string_view shown) {
  const int given_base = base;
  auto invalid = [&]() -> Value {
    throw_value_error(format("invalid literal for int() with base %d: ", given_base) +
                      std::string(shown));
  };
  std::string_view body = strip_number_spaces(text);
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  bool prefixed = false;
  if (body.size() >= 2 && body[0] == '0') {
    char p = static_cast<char>(body[1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      body.remove_prefix(2);
      prefixed = true;
    }
  }
  int effective_base = base == 0 ? 10 : base;
  std::string digits;
  if (!collect_digits(body, effective_base, prefixed, digits)) invalid();
  if (base == 0 && !prefixed && digits.size() > 1 && digits[0] == '0') {
    // Base 0 forbids leading zeros in a non-zero decimal ("010").
    if (digits.find_first_not_of('0') != std::string::npos) invalid();
  }
  if (!power_of_two_base(effective_base) && int_max_str_digits > 0 &&
      static_cast<int64_t>(digits.size()) > int_max_str_digits) {
    throw_value_error(format(
        "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
        "use sys.set_int_max_str_digits() to increase the limit",
        static_cast<long long>(int_max_str_digits), digits.size()));
  }
  if (digits.size() <= 12) {
    int64_t value = 0;
    for (char c : digits) value = value * effective_base + digit_value(static_cast<unsigned char>(c));
    return make_int(negative ? -value : value);
  }
  Mpz result;
  mpz_set_str(result, digits.c_str(), effective_base);
  if (negative) mpz_neg(result, result);
  return take_mpz(result);
}

double int_to_double(Value v) {
  v = int_exact(v);
  if (v.is_small_int()) return static_cast<double>(v.as_small_int());
  mpz_srcptr z = v.as<BigInt>()->value;
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53) return mpz_get_d(z);
  if (bits > 1024) throw_overflow_error("int too large to convert to float");
  // Keep 55 leading bits plus a sticky bit for the rest; round half to even.
  Mpz magnitude;
  mpz_abs(magnitude, z);
  int64_t shift = static_cast<int64_t>(bits) - 55;
  bool sticky = false;
  Mpz top;
  if (shift < 0) {
    mpz_mul_2exp(top, magnitude, static_cast<mp_bitcnt_t>(-shift));
  } else {
    sticky = mpz_scan1(magnitude, 0) < static_cast<mp_bitcnt_t>(shift);
    mpz_fdiv_q_2exp(top, magnitude, static_cast<mp_bitcnt_t>(shift));
  }
  uint64_t mantissa = mpz_get_ui(top);
  uint64_t low = mantissa & 3;
  mantissa >>= 2;
  if (low > 2 || (low == 2 && (sticky || (mantissa & 1)))) ++mantissa;
  double result = std::ldexp(static_cast<double>(mantissa), static_cast<int>(shift + 2));
  if (std::isinf(result)) throw_overflow_error("int too large to convert to float");
  return sign_of(z) < 0 ? -result : result;
}

Value int_from_double(double d) {
  if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
  if (std::fabs(d) < 2.8e14) return Value::from_small_int(static_cast<int64_t>(d));
  Mpz result;
  mpz_set_d(result, d);
  return take_mpz(result);
}

Value int_add(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() + b.as_small_int());
  return big_binary(a, b, mpz_add);
}

Value int_subtract(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() - b.as_small_int());
  return big_binary(a, b, mpz_sub);
}

Value int_multiply(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t product;
    if (!__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &product)) {
      return make_int(product);
    }
  }
  return big_binary(a, b, mpz_mul);
}

Value int_floor_divide(Value a, Value b) {
  if (int_sign(b) == 0) throw_int_division_by_zero();
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int();
    int64_t y = b.as_small_int();
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return make_int(q);
  }
  return big_binary(a, b, mpz_fdiv_q);
}

Value int_remainder(Value a, Value b) {
  if (int_sign(b) == 0) throw_zero_division_error("integer modulo by zero");
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int();
    int64_t y = b.as_small_int();
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return Value::from_small_int(r);
  }
  return big_binary(a, b, mpz_fdiv_r);
}

Value int_power(Value a, Value b) { return power_exact(a, b); }

double int_true_divide(Value a, Value b) {
  if (int_sign(b) == 0) throw_zero_division_error("division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int();
    int64_t y = b.as_small_int();
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact) {
      return static_cast<double>(x) / static_cast<double>(y);
    }
  }
  IntOperand x(a);
  IntOperand y(b);
  bool negative = (sign_of(x) < 0) != (sign_of(y) < 0);
  if (sign_of(x) == 0) return negative ? -0.0 : 0.0;
  Mpz num;
  Mpz den;
  mpz_abs(num, x);
  mpz_abs(den, y);
  int64_t num_bits = static_cast<int64_t>(mpz_sizeinbase(num, 2));
  int64_t den_bits = static_cast<int64_t>(mpz_sizeinbase(den, 2));
  if (num_bits <= 53 && den_bits <= 53) {
    double result = mpz_get_d(num) / mpz_get_d(den);
    return negative ? -result : result;
  }
  int64_t diff = num_bits - den_bits;
  if (diff > DBL_MAX_EXP) throw_overflow_error("integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negative ? -0.0 : 0.0;
  // Scale so that the quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for
  // subnormal results), remember whether anything was lost, then round the
  // extra bits away by hand: the final conversion is exact.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  if (shift <= 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(-shift));
  } else {
    if (mpz_scan1(num, 0) < static_cast<mp_bitcnt_t>(shift)) inexact = true;
    mpz_fdiv_q_2exp(num, num, static_cast<mp_bitcnt_t>(shift));
  }
  Mpz quotient;
  Mpz remainder;
  mpz_fdiv_qr(quotient, remainder, num, den);
  if (sign_of(remainder) != 0) inexact = true;
  int64_t quotient_bits = static_cast<int64_t>(mpz_sizeinbase(quotient, 2));
  int64_t extra_bits = std::max<int64_t>(quotient_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t q = mpz_get_ui(quotient);
  uint64_t mask = uint64_t{1} << (extra_bits - 1);
  uint64_t low = q | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) q += mask;
  q &= ~(2 * mask - 1);
  double mantissa = static_cast<double>(q);
  if (shift + quotient_bits >= DBL_MAX_EXP &&
      (shift + quotient_bits > DBL_MAX_EXP ||
       mantissa == std::ldexp(1.0, static_cast<int>(quotient_bits)))) {
    throw_overflow_error("integer division result too large for a float");
  }
  double result = std::ldexp(mantissa, static_cast<int>(shift));
  return negative ? -result : result;
}

int int_compare(Value a, Value b) {
  a = int_exact(a);
  b = int_exact(b);
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int();
    int64_t y = b.as_small_int();
    return (x > y) - (x < y);
  }
  IntOperand x(a);
  IntOperand y(b);
  int c = mpz_cmp(x, y);
  return (c > 0) - (c < 0);
}

Value index_value(Value v) {
  if (v.is_small_int()) return v;
  if (is_int(v)) return int_exact(v);
  Type* type = type_of(v);
  if (!type->index) {
    throw_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  }
  Value result = type->index(v);
  if (!is_int(result)) {
    throw_type_error("__index__ returned non-int (type " + type_name(result) + ")");
  }
  if (!is_exact_int(result)) warn_int_subclass_result("__index__", result);
  return int_exact(result);
}

int64_t index_as_ssize_argument(Value v) {
  int64_t out;
  if (!int_to_int64(index_value(v), out)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return out;
}

int64_t index_as_ssize(Value v) {
  int64_t out;
  if (!int_to_int64(index_value(v), out)) {
    throw_overflow_error("cannot fit 'int' into an index-sized integer");
  }
  return out;
}

int64_t index_as_long(Value v) {
  int64_t out;
  if (!int_to_int64(index_value(v), out)) {
    throw_overflow_error("Python int too large to convert to C long");
  }
  return out;
}

int index_as_int(Value v) {
  int64_t out;
  if (!int_to_int64(index_value(v), out) || out > INT32_MAX || out < INT32_MIN) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  return static_cast<int>(out);
}

int64_t index_as_ssize_clamped(Value v) {
  Value exact = index_value(v);
  int64_t out;
  if (int_to_int64(exact, out)) return out;
  return int_sign(exact) < 0 ? INT64_MIN : INT64_MAX;
}

void init_int_types() {
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free);

  Type& t = int_type;
  t.repr = int_repr;
  t.hash = int_hash;
  t.richcompare = int_richcompare;
  t.boolean = int_boolean;
  t.new_instance = int_new;
  t.number[static_cast<int>(BinaryOp::Add)] = int_add_slot;
  t.number[static_cast<int>(BinaryOp::Subtract)] = int_subtract_slot;
  t.number[static_cast<int>(BinaryOp::Multiply)] = int_multiply_slot;
  t.number[static_cast<int>(BinaryOp::FloorDivide)] = int_floor_divide_slot;
  t.number[static_cast<int>(BinaryOp::Remainder)] = int_remainder_slot;
  t.number[static_cast<int>(BinaryOp::TrueDivide)] = int_true_divide_slot;
  t.number[static_cast<int>(BinaryOp::Power)] = int_power_slot;
  t.number[static_cast<int>(BinaryOp::LShift)] = int_lshift_slot;
  t.number[static_cast<int>(BinaryOp::RShift)] = int_rshift_slot;
  t.number[static_cast<int>(BinaryOp::And)] = int_and_slot;
  t.number[static_cast<int>(BinaryOp::Or)] = int_or_slot;
  t.number[static_cast<int>(BinaryOp::Xor)] = int_xor_slot;
  t.power_mod = int_power_mod_slot;
  t.divmod = int_divmod_slot;
  t.unary[static_cast<int>(UnaryOp::Negative)] = int_negative;
  t.unary[static_cast<int>(UnaryOp::Positive)] = int_positive;
  t.unary[static_cast<int>(UnaryOp::Invert)] = int_invert;
  t.unary[static_cast<int>(UnaryOp::Absolute)] = int_absolute;
  t.index = int_index_slot;
  t.to_int = int_index_slot;
  t.to_float = int_to_float_slot;
  init_static_type(&int_type, "int", nullptr, sizeof(IntBox), kTypeBaseType | kTypeIntSubclass);
  add_methods(&int_type, {
      {"bit_length", int_bit_length},
      {"bit_count", int_bit_count},
      {"to_bytes", int_to_bytes},
      {"from_bytes", int_from_bytes, kMethodClass},
      {"as_integer_ratio", int_as_integer_ratio},
      {"conjugate", int_conjugate},
      {"__trunc__", int_trunc},
      {"__floor__", int_floor},
      {"__ceil__", int_ceil},
      {"__round__", int_round},
      {"__format__", int_format_method},
      {"__getnewargs__", int_getnewargs},
      {"__sizeof__", int_sizeof},
  });
  add_getsets(&int_type, {
      {"real", int_real, nullptr, "the real part of a complex number"},
      {"imag", int_imag, nullptr, "the imaginary part of a complex number"},
      {"numerator", int_real, nullptr, "the numerator of a rational number in lowest terms"},
      {"denominator", int_denominator, nullptr,
       "the denominator of a rational number in lowest terms"},
  });

  Type& b = bool_type;
  b.repr = bool_repr;
  b.new_instance = bool_new;
  b.number[static_cast<int>(BinaryOp::And)] = bool_and;
  b.number[static_cast<int>(BinaryOp::Or)] = bool_or;
  b.number[static_cast<int>(BinaryOp::Xor)] = bool_xor;
  init_static_type(&bool_type, "bool", &int_type, sizeof(BoolObject), kTypeIntSubclass);
}

}  // namespace krait
