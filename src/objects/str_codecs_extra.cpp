// The codecs of _codecs beyond the Unicode forms: UTF-7 (RFC 2152, with
// CPython's choice of directly encoded characters), unicode_escape,
// raw_unicode_escape, the bytes-literal escapes and charmap.
#include <unicode/uchar.h>

#include <string>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/codecs_internal.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "modules/warnings.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

char32_t code_point_at(Str* s, size_t index) {
  size_t offset = str_byte_offset(s, index);
  return next_code_point(s->data(), offset);
}

int hex_digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The handler for `errors`, looked up at the first error, as CPython does.
struct LazyHandler {
  std::string_view errors;
  bool found = false;
  ErrorHandler handler{Handler::Strict, Value::null()};
  const ErrorHandler& get() {
    if (!found) handler = find_error_handler(errors);
    found = true;
    return handler;
  }
};

// --- UTF-7 ---

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_base64(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

uint32_t from_base64(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : 63;
}

// Written as themselves: printable ASCII but '+', '\\' and '~', and
// tab, newline and carriage return (RFC 2152's sets D and O and white space,
// as CPython encodes them).
bool utf7_direct(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return true;
  return c >= 0x20 && c < 0x7F && c != '+' && c != '\\' && c != '~';
}

}  // namespace

std::string encode_utf7(Str* s) {
  std::string out;
  bool shifted = false;
  int bits = 0;
  uint32_t buffer = 0;
  auto push_unit = [&](uint32_t unit) {
    bits += 16;
    buffer = (buffer << 16) | unit;
    while (bits >= 6) {
      out.push_back(kBase64[(buffer >> (bits - 6)) & 0x3F]);
      bits -= 6;
    }
    buffer &= (1u << bits) - 1;
  };
  const char* data = s->data();
  for (size_t pos = 0; pos < s->size;) {
    char32_t cp = next_code_point(data, pos);
    if (shifted && utf7_direct(cp)) {
      if (bits) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
      buffer = 0;
      bits = 0;
      shifted = false;
      // A character outside base64 ends the shift by itself; '-' is needed
      // only before a base64 character or a '-'.
      if (is_base64(static_cast<unsigned char>(cp)) || cp == '-') out.push_back('-');
      out.push_back(static_cast<char>(cp));
      continue;
    }
    if (!shifted) {
      if (cp == '+') {
        out += "+-";
        continue;
      }
      if (utf7_direct(cp)) {
        out.push_back(static_cast<char>(cp));
        continue;
      }
      out.push_back('+');
      shifted = true;
    }
    if (cp >= 0x10000) {
      push_unit(0xD800 + ((cp - 0x10000) >> 10));
      push_unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      push_unit(cp);
    }
  }
  if (bits) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
  if (shifted) out.push_back('-');
  return out;
}

Decoded decode_utf7(std::string_view data, std::string_view errors, bool final) {
  LazyHandler handler{errors};
  std::string out;
  bool shifted = false;
  int bits = 0;
  uint32_t buffer = 0;
  char32_t surrogate = 0;  // a high surrogate waiting for its low half
  size_t shift_start = 0;  // input position of the '+'
  size_t shift_out = 0;    // output size when the shift began
  size_t pos = 0;
  while (pos < data.size()) {
    unsigned char c = static_cast<unsigned char>(data[pos]);
    const char* error = nullptr;
    size_t error_start = pos;
    if (shifted) {
      if (is_base64(c)) {
        buffer = (buffer << 6) | from_base64(c);
        bits += 6;
        ++pos;
        if (bits >= 16) {
          char32_t unit = (buffer >> (bits - 16)) & 0xFFFF;
          bits -= 16;
          buffer &= (1u << bits) - 1;
          if (surrogate) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
              unicode::append_utf8(out, 0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
              surrogate = 0;
              continue;
            }
            unicode::append_utf8(out, surrogate);
            surrogate = 0;
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            surrogate = unit;
          } else {
            unicode::append_utf8(out, unit);
          }
        }
        continue;
      }
      shifted = false;
      error_start = shift_start;
      if (bits >= 6) {
        ++pos;
        error = "partial character in shift sequence";
      } else if (bits > 0 && buffer != 0) {
        ++pos;
        error = "non-zero padding bits in shift sequence";
      } else {
        if (surrogate && c < 0x80 && c != '+') unicode::append_utf8(out, surrogate);
        surrogate = 0;
        if (c == '-') ++pos;  // absorbed; any other character ends the shift and is read next
        continue;
      }
    } else if (c == '+') {
      shift_start = pos;
      ++pos;
      if (pos < data.size() && data[pos] == '-') {
        ++pos;
        out.push_back('+');
        continue;
      }
      if (pos < data.size() && !is_base64(static_cast<unsigned char>(data[pos]))) {
        ++pos;
        error_start = shift_start;
        error = "ill-formed sequence";
      } else {
        shifted = true;
        surrogate = 0;
        shift_out = out.size();
        bits = 0;
        buffer = 0;
        continue;
      }
    } else if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    } else {
      ++pos;
      error = "unexpected special character";
    }
    pos = handle_decode_error(out, handler.get(), "utf7", data, error_start, pos, error);
  }
  if (shifted && final) {
    shifted = false;
    if (surrogate || bits >= 6 || (bits > 0 && buffer != 0)) {
      pos = handle_decode_error(out, handler.get(), "utf7", data, shift_start, data.size(),
                                "unterminated shift sequence");
    }
  }
  if (shifted) {
    // The open shift sequence is decoded again with the input that follows.
    out.resize(shift_out);
    return {make_str(out), shift_start};
  }
  return {make_str(out), pos};
}

// --- unicode_escape and raw_unicode_escape ---

std::string encode_unicode_escape(Str* s, bool raw) {
  std::string out;
  out.reserve(s->size);
  const char* data = s->data();
  for (size_t pos = 0; pos < s->size;) {
    char32_t cp = next_code_point(data, pos);
    if (raw) {
      if (cp < 0x100) {
        out.push_back(static_cast<char>(cp));
      } else if (cp < 0x10000) {
        out += "\\u";
        append_hex(out, cp, 4);
      } else {
        out += "\\U";
        append_hex(out, cp, 8);
      }
      continue;
    }
    if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp >= 0x20 && cp < 0x7F) {
      out.push_back(static_cast<char>(cp));
    } else {
      append_backslash_escape(out, cp);
    }
  }
  return out;
}

namespace {

// The code point a \N{name} escape names, or -1 for none (names, aliases
// and named sequences are ICU's: CPython's \N{} knows the same names).
int32_t code_point_named(std::string_view name) {
  std::string text(name);
  UErrorCode error = U_ZERO_ERROR;
  UChar32 cp = u_charFromName(U_UNICODE_CHAR_NAME, text.c_str(), &error);
  if (U_SUCCESS(error)) return cp;
  error = U_ZERO_ERROR;
  cp = u_charFromName(U_CHAR_NAME_ALIAS, text.c_str(), &error);
  return U_SUCCESS(error) ? cp : -1;
}

}  // namespace

Decoded decode_unicode_escape(std::string_view data, std::string_view errors, bool final, bool raw) {
  const char* codec = raw ? "rawunicodeescape" : "unicodeescape";
  LazyHandler handler{errors};
  std::string out;
  out.reserve(data.size());
  std::string invalid_escape;  // the first unknown escape, for the DeprecationWarning
  size_t pos = 0;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
  while (pos < data.size()) {
    unsigned char c = byte(pos);
    if (c != '\\') {
      unicode::append_utf8(out, c);  // Latin-1
      ++pos;
      continue;
    }
    size_t start = pos;
    if (raw) {
      // Only \u and \U after an odd run of backslashes are escapes; a
      // backslash at the end of a partial input waits for what follows.
      if (pos + 1 >= data.size() && !final) break;
      if (pos + 1 >= data.size() || (data[pos + 1] != 'u' && data[pos + 1] != 'U')) {
        out.push_back('\\');
        ++pos;
        if (pos < data.size() && data[pos] == '\\') {
          out.push_back('\\');
          ++pos;
        }
        continue;
      }
    }
    if (pos + 1 >= data.size()) {
      if (!final) break;
      pos = handle_decode_error(out, handler.get(), codec, data, start, data.size(), "\\ at end of string");
      continue;
    }
    unsigned char kind = byte(pos + 1);
    pos += 2;
    int digits = 0;
    const char* truncated = nullptr;
    switch (kind) {
      case '\n': continue;
      case '\\': out.push_back('\\'); continue;
      case '\'': out.push_back('\''); continue;
      case '"': out.push_back('"'); continue;
      case 'b': out.push_back('\b'); continue;
      case 'f': out.push_back('\f'); continue;
      case 't': out.push_back('\t'); continue;
      case 'n': out.push_back('\n'); continue;
      case 'r': out.push_back('\r'); continue;
      case 'v': out.push_back('\v'); continue;
      case 'a': out.push_back('\a'); continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t value = kind - '0';
        for (int i = 0; i < 2 && pos < data.size() && byte(pos) >= '0' && byte(pos) <= '7'; ++i) {
          value = value * 8 + (byte(pos++) - '0');
        }
        if (value > 0377 && invalid_escape.empty()) invalid_escape = std::string(data.substr(start, pos - start));
        unicode::append_utf8(out, value);
        continue;
      }
      case 'x': digits = 2; truncated = "truncated \\xXX escape"; break;
      case 'u': digits = 4; truncated = "truncated \\uXXXX escape"; break;
      case 'U': digits = 8; truncated = "truncated \\UXXXXXXXX escape"; break;
      case 'N': {
        size_t close = std::string_view::npos;
        if (pos < data.size() && data[pos] == '{') close = data.find('}', pos + 1);
        if (close == std::string_view::npos || close == pos + 1) {
          if (!final && close == std::string_view::npos) {
            pos = start;
            goto incomplete;
          }
          pos = handle_decode_error(out, handler.get(), codec, data, start,
                                    close == std::string_view::npos ? data.size() : close + 1,
                                    "malformed \\N character escape");
          continue;
        }
        int32_t cp = code_point_named(data.substr(pos + 1, close - pos - 1));
        if (cp < 0) {
          pos = handle_decode_error(out, handler.get(), codec, data, start, close + 1,
                                    "unknown Unicode character name");
          continue;
        }
        unicode::append_utf8(out, static_cast<char32_t>(cp));
        pos = close + 1;
        continue;
      }
      default:
        if (invalid_escape.empty()) invalid_escape = std::string(data.substr(start, 2));
        out.push_back('\\');
        unicode::append_utf8(out, kind);
        continue;
    }
    {
      char32_t value = 0;
      int read = 0;
      while (read < digits && pos < data.size() && hex_digit_value(byte(pos)) >= 0) {
        value = value * 16 + static_cast<char32_t>(hex_digit_value(byte(pos++)));
        ++read;
      }
      if (read < digits) {
        if (!final && pos == data.size()) {
          pos = start;
          goto incomplete;
        }
        pos = handle_decode_error(out, handler.get(), codec, data, start, pos, truncated);
        continue;
      }
      if (value > 0x10FFFF) {
        pos = handle_decode_error(out, handler.get(), codec, data, start, pos,
                                  raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
        continue;
      }
      unicode::append_utf8(out, value);
    }
  }
incomplete:
  if (!invalid_escape.empty() && !raw) {
    std::string shown = invalid_escape;
    bool octal = shown.size() > 2 && shown[1] >= '0' && shown[1] <= '7';
    warn(&exc_DeprecationWarning,
                         (octal ? "invalid octal escape sequence '" : "invalid escape sequence '") +
                             std::string(str_decode(shown, "latin-1", "strict")->view()) + "'");
  }
  return {make_str(out), pos};
}

// --- escape_encode / escape_decode: a bytes literal's body ---

std::string escape_encode_bytes(std::string_view data) {
  std::string out;
  out.reserve(data.size());
  for (char ch : data) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string escape_decode_bytes(std::string_view data, std::string_view errors) {
  std::string out;
  out.reserve(data.size());
  std::string invalid_escape;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
  for (size_t pos = 0; pos < data.size();) {
    if (data[pos] != '\\') {
      out.push_back(data[pos++]);
      continue;
    }
    size_t start = pos++;
    if (pos >= data.size()) throw_value_error("Trailing \\ in string");
    unsigned char kind = byte(pos++);
    switch (kind) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 't': out.push_back('\t'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 'v': out.push_back('\v'); break;
      case 'a': out.push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = kind - '0';
        for (int i = 0; i < 2 && pos < data.size() && byte(pos) >= '0' && byte(pos) <= '7'; ++i) {
          value = value * 8 + (byte(pos++) - '0');
        }
        if (value > 0377 && invalid_escape.empty()) invalid_escape = std::string(data.substr(start, pos - start));
        out.push_back(static_cast<char>(value & 0xFF));
        break;
      }
      case 'x':
        if (pos + 1 < data.size() && hex_digit_value(byte(pos)) >= 0 && hex_digit_value(byte(pos + 1)) >= 0) {
          out.push_back(static_cast<char>(hex_digit_value(byte(pos)) * 16 + hex_digit_value(byte(pos + 1))));
          pos += 2;
          break;
        }
        if (errors == "strict") throw_value_error(format("invalid \\x escape at position %zu", start));
        if (errors == "replace") {
          out.push_back('?');
        } else if (errors != "ignore") {
          throw_value_error("decoding error; unknown error handling code: " + std::string(errors));
        }
        if (pos < data.size() && hex_digit_value(byte(pos)) >= 0) ++pos;
        break;
      default:
        if (invalid_escape.empty()) invalid_escape = std::string(data.substr(start, 2));
        out.push_back('\\');
        out.push_back(static_cast<char>(kind));
        break;
    }
  }
  if (!invalid_escape.empty()) {
    bool octal = invalid_escape.size() > 2;
    warn(&exc_DeprecationWarning,
                         (octal ? "invalid octal escape sequence '" : "invalid escape sequence '") +
                             std::string(str_decode(invalid_escape, "latin-1", "strict")->view()) + "'");
  }
  return out;
}

// --- charmap ---

namespace {

// What a mapping answers for `key`: null when undefined (a LookupError, or None).
Value mapping_lookup(Value mapping, char32_t key) {
  try {
    Value found = getitem(mapping, make_int(static_cast<int64_t>(key)));
    return is_none(found) ? Value::null() : found;
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_LookupError)) throw;
    clear_current_exception();
    return Value::null();
  }
}

// Appends the encoding of `cp` through the mapping, answering false when it has none.
bool charmap_encode_one(std::string& out, Value mapping, char32_t cp) {
  if (is_none(mapping)) {
    if (cp >= 0x100) return false;
    out.push_back(static_cast<char>(cp));
    return true;
  }
  Value found = mapping_lookup(mapping, cp);
  if (found.is_null()) return false;
  if (is_int(found)) {
    int64_t value;
    if (!int_to_int64(found, value) || value < 0 || value > 255) {
      throw_type_error("character mapping must be in range(256)");
    }
    out.push_back(static_cast<char>(value));
    return true;
  }
  if (is_bytes(found)) {
    out.append(found.as<Bytes>()->view());
    return true;
  }
  throw_type_error("character mapping must return integer, bytes or None, not " + type_name(found));
}

// Encodes ASCII handler text through the mapping, or raises the original error.
void charmap_encode_text(std::string& out, Value mapping, std::string_view text, Str* s, size_t start, size_t end) {
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_code_point(text.data(), pos);
    if (!charmap_encode_one(out, mapping, cp)) {
      raise_encode_error("charmap", s, start, end, "character maps to <undefined>");
    }
  }
}

}  // namespace

std::string encode_charmap(Str* s, std::string_view errors, Value mapping) {
  std::string out;
  out.reserve(s->size);
  LazyHandler handler{errors};
  const char* data = s->data();
  size_t index = 0;
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(data, pos);
    if (charmap_encode_one(out, mapping, cp)) {
      ++index;
      continue;
    }
    // The run of characters the mapping does not know.
    size_t run_start = index;
    size_t run_end = index + 1;
    size_t run_end_pos = pos;
    std::string probe_out;
    while (run_end_pos < s->size) {
      size_t probe = run_end_pos;
      char32_t next = next_code_point(data, probe);
      probe_out.clear();
      if (charmap_encode_one(probe_out, mapping, next)) break;
      run_end_pos = probe;
      ++run_end;
    }
    const ErrorHandler& chosen = handler.get();
    const char* reason = "character maps to <undefined>";
    std::string text;
    switch (chosen.kind) {
      case Handler::Strict: raise_encode_error("charmap", s, run_start, run_end, reason);
      case Handler::Ignore: break;
      case Handler::Replace:
      case Handler::XmlCharRefReplace:
      case Handler::BackslashReplace:
        for (size_t p = at; p < run_end_pos;) {
          char32_t bad = next_code_point(data, p);
          if (chosen.kind == Handler::Replace) {
            text.push_back('?');
          } else if (chosen.kind == Handler::XmlCharRefReplace) {
            append_xmlcharref(text, bad);
          } else {
            append_backslash_escape(text, bad);
          }
        }
        charmap_encode_text(out, mapping, text, s, run_start, run_end);
        break;
      default: {
        // The other handlers, built-in or registered, are called as functions.
        Value callable = chosen.kind == Handler::Custom ? chosen.callable : lookup_error_handler(errors);
        Replacement replacement = call_encode_handler(callable, "charmap", s, run_start, run_end, reason);
        if (is_bytes(replacement.text)) {
          out.append(replacement.text.as<Bytes>()->view());
        } else {
          charmap_encode_text(out, mapping, str_view(replacement.text), s, run_start, run_end);
        }
        index = replacement.resume;
        pos = str_byte_offset(s, index);
        continue;
      }
    }
    index = run_end;
    pos = run_end_pos;
  }
  return out;
}

Str* decode_charmap(std::string_view data, std::string_view errors, Value mapping) {
  if (is_none(mapping)) return str_decode(data, "latin-1", errors);
  LazyHandler handler{errors};
  std::string out;
  out.reserve(data.size());
  const char* reason = "character maps to <undefined>";
  Str* table = is_str(mapping) ? mapping.as<Str>() : nullptr;
  for (size_t pos = 0; pos < data.size();) {
    unsigned char c = static_cast<unsigned char>(data[pos]);
    if (table) {
      char32_t cp = c < table->length ? code_point_at(table, c) : 0xFFFE;
      if (cp == 0xFFFE) {
        pos = handle_decode_error(out, handler.get(), "charmap", data, pos, pos + 1, reason);
        continue;
      }
      unicode::append_utf8(out, cp);
      ++pos;
      continue;
    }
    Value found = mapping_lookup(mapping, c);
    if (found.is_null()) {
      pos = handle_decode_error(out, handler.get(), "charmap", data, pos, pos + 1, reason);
      continue;
    }
    if (is_int(found)) {
      int64_t value;
      if (!int_to_int64(found, value) || value < 0 || value > 0x10FFFF) {
        throw_type_error("character mapping must be in range(0x110000)");
      }
      if (value == 0xFFFE) {
        pos = handle_decode_error(out, handler.get(), "charmap", data, pos, pos + 1, reason);
        continue;
      }
      unicode::append_utf8(out, static_cast<char32_t>(value));
    } else if (is_str(found)) {
      Str* text = found.as<Str>();
      if (text->length == 1 && code_point_at(text, 0) == 0xFFFE) {
        pos = handle_decode_error(out, handler.get(), "charmap", data, pos, pos + 1, reason);
        continue;
      }
      out.append(text->view());
    } else {
      throw_type_error("character mapping must return integer, None or str");
    }
    ++pos;
  }
  return make_str(out);
}

Value build_encoding_map(Str* decoding_table) {
  // A dict of code point to byte (CPython builds an EncodingMap for a full
  // 256-entry table, which maps the same way; U+FFFE marks a byte without
  // a character there).
  Dict* map = make_dict();
  const char* data = decoding_table->data();
  bool full_table = decoding_table->length == 256;
  size_t index = 0;
  // CPython reads at most 256 entries.
  for (size_t pos = 0; pos < decoding_table->size && index < 256; ++index) {
    char32_t cp = next_code_point(data, pos);
    if (full_table && cp == 0xFFFE) continue;
    dict_set(map, make_int(static_cast<int64_t>(cp)), make_int(static_cast<int64_t>(index)));
  }
  return Value::from_object(map);
}

}  // namespace krait
