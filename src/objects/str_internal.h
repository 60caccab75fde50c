// Helpers shared by the files that implement str and bytes (str.cpp,
// str_methods.cpp, str_codecs.cpp, str_format.cpp, bytes.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/object.h"

namespace krait {

struct Tuple;

// Python's str.isspace() for one code point (bidirectional classes WS, B, S
// and category Zs: the fixed set of CPython 3.11's database).
inline bool is_python_space(char32_t cp) {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The line boundaries of str.splitlines().
inline bool is_line_break(char32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

inline bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The code point starting at byte `pos` of valid UTF-8 (surrogates allowed),
// advancing `pos`; no validation, for text already known to be a str.
inline char32_t next_code_point(const char* data, size_t& pos) {
  auto lead = static_cast<unsigned char>(data[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  auto cont = [&](size_t i) { return static_cast<char32_t>(data[pos + i] & 0x3F); };
  char32_t cp;
  if (lead < 0xE0) {
    cp = ((lead & 0x1F) << 6) | cont(1);
    pos += 2;
  } else if (lead < 0xF0) {
    cp = ((lead & 0x0F) << 12) | (cont(1) << 6) | cont(2);
    pos += 3;
  } else {
    cp = ((lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    pos += 4;
  }
  return cp;
}

// Decodes the code point that ends just before byte `pos`, moving `pos` to its start.
inline char32_t previous_code_point(const char* data, size_t& pos) {
  do {
    --pos;
  } while (pos > 0 && is_utf8_continuation(data[pos]));
  size_t at = pos;
  char32_t cp = next_code_point(data, at);
  return cp;
}

// The number of UTF-8 bytes of `cp`.
inline size_t utf8_length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Writes the UTF-8 form of `cp` at `out`, answering the byte after it.
inline char* write_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// The largest str or bytes payload worth asking the collector for: the
// machine's physical memory. Larger requests raise MemoryError at once, as
// CPython's failing malloc does, instead of making the collector try (and
// print warnings).
size_t max_payload_size();

// A slice applied to a sequence of `length` items (PySlice_Unpack followed by
// PySlice_AdjustIndices): false if `key` is not a slice.
struct SliceBounds {
  int64_t start, stop, step, count;
};
bool unpack_slice(Value key, int64_t length, SliceBounds& bounds);

// An index argument converted by __index__, or TypeError "'T' object cannot
// be interpreted as an integer"; OverflowError when it does not fit int64.
int64_t index_argument(Value v);
// A start/end argument of find/count/startswith… (None means absent); the
// value is clamped as CPython's _PyEval_SliceIndex does.
bool slice_index_argument(Value v, int64_t& out);
// Adjusts [start, end) as a slice of `length` items (negative from the end, clamped).
void adjust_range(int64_t length, int64_t& start, int64_t& end);

// The type of a rejected argument as Argument Clinic's messages name it:
// "None" for None, else the type's name ("must be str, not None").
std::string argument_type_name(Value v);

// Argument count checks in the three wordings CPython's str methods use:
//   "NAME expected at least 1 argument, got 0"        (expected_arguments;
//                                                      "expected 2 arguments" when exact)
//   "NAME() takes at most 3 arguments (4 given)"       (takes_arguments)
//   "str.NAME() takes no arguments (1 given)"          (no_arguments)
void expected_arguments(const char* name, size_t nargs, size_t min, size_t max);
void takes_arguments(const char* name, size_t nargs, size_t min, size_t max);
void no_arguments(const char* qualified_name, size_t nargs, Tuple* kwnames);
// A method of one positional argument: "str.join() takes exactly one argument (0 given)".
void one_argument(const char* qualified_name, size_t nargs, Tuple* kwnames);
// "str.find() takes no keyword arguments": CPython names the method with its type.
void no_keywords(const char* type_name, const char* name, Tuple* kwnames);

// printf-style formatting of str (UTF-8 text) or bytes (`bytes_mode`: %s and
// %b take bytes-like objects, %r is ascii(), %c makes one byte).
std::string percent_format(std::string_view format, Value args, bool bytes_mode);

// The methods of str, registered by init_str_type.
void add_str_methods();
void add_str_format_methods();
void add_str_codec_methods();

// An exact str from a std::string built by the caller.
inline Value str_result(const std::string& text) { return Value::from_object(make_str(text)); }

}  // namespace krait
