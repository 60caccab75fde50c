// bytes and bytearray.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

extern Type bytes_type;
extern Type bytearray_type;

// An exact bytes object is one GC-atomic block: header, then the bytes (NUL-terminated).
struct Bytes : Object {
  int64_t hash;  // -1 until computed
  size_t size;
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), size}; }
};

struct ByteArray : Object {
  char* items;  // GC-atomic
  size_t size;
  size_t capacity;
  int64_t exports;  // managed buffers of memoryviews with registered views (objects/memoryview.cpp)
};

Bytes* make_bytes(std::string_view data);
bool is_bytes(Value v);
ByteArray* make_bytearray(std::string_view data);
bool is_bytearray(Value v);

// bytes(v)'s conversion through __bytes__: false when v's type has none;
// TypeError when it returns anything but bytes.
bool bytes_from_dunder_bytes(Value v, std::string& out);
// The data of a bytes-like object (bytes, bytearray, a C-contiguous
// memoryview, an array.array); false for anything else.
bool bytes_like_view(Value v, std::string_view& out);
// The hex digits of `data` as bytes.hex(sep, bytes_per_sep) and
// binascii.hexlify give them (either argument null when not given), with
// their ValueErrors and TypeErrors for a bad separator. CPython lets
// hexlify's separator be any Latin-1 character, bytes.hex's only ASCII.
std::string hex_with_separator(std::string_view data, Value sep, Value bytes_per_sep,
                               bool latin1_separator);

void init_bytes_types();

}  // namespace krait
