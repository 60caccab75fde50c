// repr() of str and bytes (CPython's unicode_repr and PyBytes_Repr rules).
#include "objects/str.h"

#include "runtime/unicode.h"

namespace krait {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void append_hex(std::string& out, char32_t value, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    out.push_back(kHexDigits[(value >> shift) & 0xF]);
  }
}

// Python prefers single quotes, and switches to double quotes only when that
// avoids escaping: the text holds a ' and no ".
char choose_quote(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  return has_single && !has_double ? '"' : '\'';
}

// Escapes shared by str and bytes for an ASCII character; false if `c` needs
// no escape.
bool append_ascii_escape(std::string& out, unsigned char c, char quote) {
  switch (c) {
    case '\\': out += "\\\\"; return true;
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out.push_back('\\');
    out.push_back(quote);
    return true;
  }
  if (c < 0x20 || c >= 0x7F) {
    out += "\\x";
    append_hex(out, c, 2);
    return true;
  }
  return false;
}

}  // namespace

std::string str_repr(std::string_view utf8) {
  char quote = choose_quote(utf8);
  std::string out;
  out.reserve(utf8.size() + 2);
  out.push_back(quote);
  for (size_t pos = 0; pos < utf8.size();) {
    size_t start = pos;
    char32_t cp = unicode::decode_utf8(utf8, pos);
    if (cp == unicode::kInvalid) {
      // Not reachable for a real str; show the stray byte rather than lose it.
      out += "\\x";
      append_hex(out, static_cast<unsigned char>(utf8[start]), 2);
      continue;
    }
    if (cp < 0x80) {
      if (!append_ascii_escape(out, static_cast<unsigned char>(cp), quote)) {
        out.push_back(static_cast<char>(cp));
      }
    } else if (unicode::is_printable(cp)) {
      out.append(utf8.substr(start, pos - start));
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
  }
  out.push_back(quote);
  return out;
}

std::string bytes_repr(std::string_view bytes) {
  char quote = choose_quote(bytes);
  std::string out;
  out.reserve(bytes.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  for (char c : bytes) {
    if (!append_ascii_escape(out, static_cast<unsigned char>(c), quote)) out.push_back(c);
  }
  out.push_back(quote);
  return out;
}

}  // namespace krait
