// Value: one 64-bit word, NaN-boxed in the JavaScriptCore layout (DESIGN §4).
//
//   0x0000 PPPP PPPP PPPP   heap pointer (non-zero, 8-byte aligned), stored as is
//   0x0002 …  to 0xFFFA …   double: IEEE bits + 2^49 (NaNs canonicalised, sign kept)
//   0xFFFE …  / 0xFFFF …    small int: 49-bit two's-complement payload
//
// Heap pointers are stored unmodified so that the conservative collector sees
// them. The all-zero word is "no value" (Value::null()): it is never a Python
// object and serves as the "not found" / "exhausted" answer of the hot
// protocols (DESIGN §6) and as an empty local variable.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace krait {

struct Object;
struct Type;

class Value {
 public:
  static constexpr uint64_t kDoubleOffset = uint64_t{1} << 49;
  static constexpr uint64_t kIntTag = 0xFFFE000000000000ull;
  static constexpr uint64_t kIntPayloadMask = (uint64_t{1} << 49) - 1;
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 48) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 48);

  constexpr Value() = default;

  static constexpr Value null() { return Value(); }
  static Value from_object(const Object* object) {
    return Value(reinterpret_cast<uint64_t>(object));
  }
  static Value from_double(double d) {
    uint64_t bits = std::bit_cast<uint64_t>(d);
    if (std::isnan(d)) bits = (bits & 0x8000000000000000ull) | 0x7FF8000000000000ull;
    return Value(bits + kDoubleOffset);
  }
  // Precondition: fits_small_int(i). Callers with arbitrary int64 use make_int (objects/int.h).
  static constexpr Value from_small_int(int64_t i) {
    return Value(kIntTag | (static_cast<uint64_t>(i) & kIntPayloadMask));
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }
  static constexpr Value from_bits(uint64_t bits) { return Value(bits); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_object() const { return bits_ != 0 && bits_ < kDoubleOffset; }
  constexpr bool is_double() const { return bits_ >= kDoubleOffset && bits_ < kIntTag; }
  constexpr bool is_small_int() const { return bits_ >= kIntTag; }

  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
  template <class T>
  T* as() const { return static_cast<T*>(as_object()); }
  double as_double() const { return std::bit_cast<double>(bits_ - kDoubleOffset); }
  constexpr int64_t as_small_int() const {
    return static_cast<int64_t>(bits_ << 15) >> 15;
  }
  constexpr uint64_t bits() const { return bits_; }

  constexpr bool is(Value other) const { return bits_ == other.bits_; }
  constexpr bool operator==(const Value&) const = delete;

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_ = 0;
};

static_assert(sizeof(Value) == 8);

}  // namespace krait
