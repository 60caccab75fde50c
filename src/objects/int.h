// int and bool. An exact int is a small immediate when it fits 49 bits and a
// heap big integer (GMP) otherwise — one canonical form (DESIGN §4, §7).
// bool's two instances are static singletons; int subclass instances are
// ordinary heap objects holding their value.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

// An exact int outside the small-immediate range. The object is scanned (its
// mpz holds the limb pointer); the limbs themselves are GC-atomic.
struct BigInt : Object {
  mpz_t value;
};

// An instance of an int subclass, bool included: `value` is its exact int.
struct IntBox : Object {
  Value value;
};

struct BoolObject : IntBox {};

extern Type bool_type;
extern BoolObject true_object;
extern BoolObject false_object;

inline Value make_bool(bool b) { return Value::from_object(b ? &true_object : &false_object); }

// Any int64 as an int value (small when it fits, else big).
Value make_int(int64_t i);
Value make_int_from_unsigned(uint64_t u);
// An int from decimal digits (no sign, no underscores), as the compiler's constants.
Value int_from_decimal_digits(std::string_view digits);

// True for int, bool and instances of int subclasses.
bool is_int(Value v);
// True for exact ints only (small or big), not bool.
bool is_exact_int(Value v);

// The value as int64; false if it does not fit. Precondition: is_int(v).
bool int_to_int64(Value v, int64_t& out);
// The value of an int (any subclass) as an exact int (small or big).
Value int_exact(Value v);
// -1, 0 or 1.
int int_sign(Value v);
// Python's hash of an int.
int64_t int_hash(Value v);
// str(int) in base 10 (honours sys.set_int_max_str_digits).
std::string int_to_decimal(Value v);

// operator.index(v): an exact int, or TypeError "'T' object cannot be interpreted as an integer".
Value index_value(Value v);
// index_value(v) as Py_ssize_t; OverflowError "cannot fit 'int' into an index-sized integer"
// (or the given message) when it does not fit.
int64_t index_as_ssize(Value v);
// index_value(v) as a C long (PyLong_AsLong, argument format "l");
// OverflowError "Python int too large to convert to C long".
int64_t index_as_long(Value v);
// index_value(v) as a C int (the argument format "i");
// OverflowError "Python int too large to convert to C int".
int index_as_int(Value v);
// index_value(v) as Py_ssize_t for the argument format "n" (Argument
// Clinic's Py_ssize_t): OverflowError "Python int too large to convert to C
// ssize_t" when it does not fit.
int64_t index_as_ssize_argument(Value v);
// For clamping slice indices: like index_as_ssize but saturating.
int64_t index_as_ssize_clamped(Value v);

// The canonical int for a GMP integer (small when it fits).
Value make_int_from_mpz(const mpz_t z);
// Sets `out` (initialised by the caller) to the value of an int (any subclass).
void int_to_mpz(Value v, mpz_t out);
bool is_big_int(Value v);

// float(int): correctly rounded; OverflowError "int too large to convert to float".
double int_to_double(Value v);
// int(float): truncates; OverflowError for infinities, ValueError for NaN.
Value int_from_double(double d);
// int(text, base) for str/bytes contents: underscores, whitespace, base-0
// prefixes, the digit limit. `shown` is the repr CPython quotes in its
// "invalid literal" message.
Value int_from_string(std::string_view text, int base, std::string_view shown);
// bin()/oct()/hex(): base 2, 8 or 16 with the 0b/0o/0x prefix (after the sign).
std::string int_to_base_string(Value v, int base);

// The int arithmetic the interpreter's fast paths fall back to (Python semantics).
Value int_add(Value a, Value b);
Value int_subtract(Value a, Value b);
Value int_multiply(Value a, Value b);
Value int_floor_divide(Value a, Value b);
Value int_remainder(Value a, Value b);
Value int_power(Value a, Value b);  // negative exponents give a float
double int_true_divide(Value a, Value b);
// Rich comparison of two ints (any subclasses): -1, 0 or 1.
int int_compare(Value a, Value b);

// sys.get_int_max_str_digits() state.
extern int64_t int_max_str_digits;

void init_int_types();

}  // namespace krait
