// Error handling shared by the native codecs (str_codecs.cpp,
// str_codecs_extra.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct Str;

enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  NameReplace,
  SurrogateEscape,
  SurrogatePass,
  Custom,  // registered with codecs.register_error: `callable`
};

struct ErrorHandler {
  Handler kind;
  Value callable;
};

// The built-in handlers by name (as CPython, their names always mean the
// built-in behaviour), else the registered one; LookupError if none.
ErrorHandler find_error_handler(std::string_view errors);

[[noreturn]] void raise_encode_error(const char* codec, Str* s, size_t start, size_t end, const char* reason);
[[noreturn]] void raise_decode_error(const char* codec, std::string_view data, size_t start, size_t end,
                                     const char* reason);

// A registered handler's answer to the encode error [start, end) of `s`: a
// str or bytes replacement and the code point index to resume at.
struct Replacement {
  Value text;
  size_t resume;
};
Replacement call_encode_handler(Value handler, const char* codec, Str* s, size_t start, size_t end,
                                const char* reason);

// Applies a handler to the undecodable bytes [start, end) of `data`,
// appending its UTF-8 replacement to `out` and answering where decoding
// resumes (surrogatepass is the caller's: only it knows what may pass).
size_t handle_decode_error(std::string& out, const ErrorHandler& handler, const char* codec, std::string_view data,
                           size_t start, size_t end, const char* reason);

// The ASCII replacement built-in handlers write for an unencodable code
// point: backslashreplace, xmlcharrefreplace, namereplace.
void append_backslash_escape(std::string& out, char32_t cp);
void append_xmlcharref(std::string& out, char32_t cp);
void append_name_escape(std::string& out, char32_t cp);
void append_hex(std::string& out, uint32_t value, int digits);

}  // namespace krait
