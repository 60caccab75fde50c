// The `binascii` module: base64, uuencode, quoted-printable and hex
// conversions and the CRC-32 / CRC-CCITT checksums, with CPython's
// binascii.Error messages. The a2b functions take ASCII str as well as
// bytes-like objects; the b2a functions take bytes-like objects only.
#include "modules/binascii.h"

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Module* binascii_module = nullptr;
Type* binascii_error = nullptr;
Type* binascii_incomplete = nullptr;

Value wrap(Object* o) { return Value::from_object(o); }
Value bytes_value(std::string_view data) { return wrap(make_bytes(data)); }

[[noreturn]] void raise_error(std::string_view message) { raise(binascii_error, message); }

// A bytes-like argument (PyBUF_SIMPLE): a released or non-contiguous
// memoryview raises rather than being refused.
std::string_view binary_argument(Value v) {
  std::string_view out;
  if (is_memoryview(v)) return memoryview_buffer(v);
  if (!bytes_like_view(v, out)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  }
  return out;
}

// The a2b functions' argument: bytes-like, or a str of ASCII characters.
std::string_view ascii_argument(Value v) {
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (!s->is_ascii()) throw_value_error("string argument should contain only ASCII characters");
    return s->view();
  }
  std::string_view out;
  if (is_memoryview(v)) return memoryview_buffer(v);
  if (!bytes_like_view(v, out)) {
    throw_type_error("argument should be bytes, buffer or ASCII string, not '" + type_name(v) + "'");
  }
  return out;
}

// Flags that Argument Clinic converts as C ints (bool(accept={int})).
bool int_flag(Value v, bool default_value) {
  if (v.is_null()) return default_value;
  return index_as_int(v) != 0;
}

// --- uuencode ---

Value binascii_a2b_uu(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"a2b_uu", {"data"}, 1, 1}, args, nargs, kwnames, bound);
  std::string_view data = ascii_argument(bound[0]);
  // The first character is the line's byte count; an empty line reads as a NUL.
  unsigned char first = data.empty() ? 0 : static_cast<unsigned char>(data[0]);
  size_t want = static_cast<unsigned char>(first - ' ') & 077;
  size_t pos = data.empty() ? 0 : 1;
  std::string out;
  uint32_t bits = 0;
  int nbits = 0;
  while (out.size() < want) {
    unsigned char c = pos < data.size() ? static_cast<unsigned char>(data[pos]) : '\n';
    unsigned value;
    if (c == '\n' || c == '\r') {
      // Lines may lose their trailing blanks: what is missing reads as zero.
      value = 0;
    } else {
      if (c < ' ' || c > ' ' + 64) raise_error("Illegal char");
      value = (c - ' ') & 077;
    }
    if (pos < data.size()) ++pos;
    bits = (bits << 6) | value;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out.push_back(static_cast<char>((bits >> nbits) & 0xff));
      bits &= (1u << nbits) - 1;
    }
  }
  for (; pos < data.size(); ++pos) {
    char c = data[pos];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') raise_error("Trailing garbage");
  }
  return bytes_value(out);
}

Value binascii_b2a_uu(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"b2a_uu", {"data", "backtick"}, 1, 1, 1}, args, nargs, kwnames, bound);
  std::string_view data = binary_argument(bound[0]);
  bool backtick = int_flag(bound[1], false);
  if (data.size() > 45) raise_error("At most 45 bytes at once");
  auto encode = [backtick](unsigned value) {
    return static_cast<char>(backtick && value == 0 ? '`' : ' ' + value);
  };
  std::string out;
  out.push_back(encode(static_cast<unsigned>(data.size())));
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) {
      unsigned char byte = i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0;
      group = (group << 8) | byte;
    }
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(encode((group >> shift) & 077));
  }
  out.push_back('\n');
  return bytes_value(out);
}

// --- base64 ---

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Value binascii_a2b_base64(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"a2b_base64", {"data", "strict_mode"}, 1, 1, 1}, args, nargs, kwnames, bound);
  std::string_view data = ascii_argument(bound[0]);
  bool strict = int_flag(bound[1], false);
  if (strict && !data.empty() && data[0] == '=') raise_error("Leading padding not allowed");
  std::string out;
  int quad_pos = 0;
  unsigned leftover = 0;
  int pads = 0;
  bool padding_started = false;
  for (size_t i = 0; i < data.size(); ++i) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      // Enough padding ends the data: what follows is ignored (refused when strict).
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        if (strict && i + 1 < data.size()) raise_error("Excess data after padding");
        return bytes_value(out);
      }
      continue;
    }
    int value = base64_value(c);
    if (value < 0) {
      if (strict) raise_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) raise_error("Discontinuous padding not allowed");
    pads = 0;
    auto v = static_cast<unsigned>(value);
    switch (quad_pos) {
      case 0:
        leftover = v;
        break;
      case 1:
        out.push_back(static_cast<char>((leftover << 2) | (v >> 4)));
        leftover = v & 0x0f;
        break;
      case 2:
        out.push_back(static_cast<char>((leftover << 4) | (v >> 2)));
        leftover = v & 0x03;
        break;
      default:
        out.push_back(static_cast<char>((leftover << 6) | v));
        leftover = 0;
        break;
    }
    quad_pos = (quad_pos + 1) % 4;
  }
  if (quad_pos == 1) {
    raise_error(format("Invalid base64-encoded string: number of data characters (%zu) cannot "
                       "be 1 more than a multiple of 4",
                       out.size() / 3 * 4 + 1));
  }
  if (quad_pos != 0) raise_error("Incorrect padding");
  return bytes_value(out);
}

Value binascii_b2a_base64(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"b2a_base64", {"data", "newline"}, 1, 1, 1}, args, nargs, kwnames, bound);
  std::string_view data = binary_argument(bound[0]);
  bool newline = int_flag(bound[1], true);
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  for (size_t i = 0; i < data.size(); i += 3) {
    size_t n = std::min<size_t>(3, data.size() - i);
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) {
      group = (group << 8) | (k < n ? static_cast<unsigned char>(data[i + k]) : 0);
    }
    out.push_back(kBase64Alphabet[(group >> 18) & 63]);
    out.push_back(kBase64Alphabet[(group >> 12) & 63]);
    out.push_back(n > 1 ? kBase64Alphabet[(group >> 6) & 63] : '=');
    out.push_back(n > 2 ? kBase64Alphabet[group & 63] : '=');
  }
  if (newline) out.push_back('\n');
  return bytes_value(out);
}

// --- checksums ---

// The `crc` arguments are C unsigned ints converted bitwise (negative values wrap).
uint32_t unsigned_int_mask(Value v) {
  Value n = index_value(v);
  int64_t small;
  if (int_to_int64(n, small)) return static_cast<uint32_t>(small);
  return static_cast<uint32_t>(
      int_to_int64(int_remainder(n, make_int(int64_t{1} << 32)), small) ? small : 0);
}

Value binascii_crc32(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("crc32", kwnames);
  check_positional("crc32", nargs, 1, 2);
  std::string_view data = binary_argument(args[0]);
  uLong crc = nargs > 1 ? unsigned_int_mask(args[1]) : 0;
  // zlib's length is a uInt: feed large buffers in pieces.
  while (!data.empty()) {
    size_t piece = std::min<size_t>(data.size(), 1u << 30);
    crc = ::crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(piece));
    data.remove_prefix(piece);
  }
  return make_int_from_unsigned(crc & 0xffffffffu);
}

Value binascii_crc_hqx(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("crc_hqx", kwnames);
  check_positional("crc_hqx", nargs, 2, 2);
  std::string_view data = binary_argument(args[0]);
  uint32_t crc = unsigned_int_mask(args[1]) & 0xffff;
  // CRC-CCITT (polynomial 0x1021), most significant bit first.
  for (char ch : data) {
    crc ^= static_cast<uint32_t>(static_cast<unsigned char>(ch)) << 8;
    for (int bit = 0; bit < 8; ++bit) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return make_int(crc);
}

// --- hex ---

Value hexlify_impl(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({name, {"data", "sep", "bytes_per_sep"}, 1}, args, nargs, kwnames, bound);
  std::string_view data = binary_argument(bound[0]);
  return bytes_value(hex_with_separator(data, bound[1], bound[2], true));
}
Value binascii_hexlify(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return hexlify_impl("hexlify", args, nargs, kwnames);
}
Value binascii_b2a_hex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return hexlify_impl("b2a_hex", args, nargs, kwnames);
}

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value unhexlify_impl(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({name, {"hexstr"}, 1, 1}, args, nargs, kwnames, bound);
  std::string_view data = ascii_argument(bound[0]);
  if (data.size() % 2) raise_error("Odd-length string");
  std::string out;
  out.reserve(data.size() / 2);
  for (size_t i = 0; i < data.size(); i += 2) {
    int high = hex_digit(static_cast<unsigned char>(data[i]));
    int low = hex_digit(static_cast<unsigned char>(data[i + 1]));
    if (high < 0 || low < 0) raise_error("Non-hexadecimal digit found");
    out.push_back(static_cast<char>(high << 4 | low));
  }
  return bytes_value(out);
}
Value binascii_unhexlify(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return unhexlify_impl("unhexlify", args, nargs, kwnames);
}
Value binascii_a2b_hex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return unhexlify_impl("a2b_hex", args, nargs, kwnames);
}

// --- quoted-printable ---

Value binascii_a2b_qp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"a2b_qp", {"data", "header"}, 1}, args, nargs, kwnames, bound);
  std::string_view data = ascii_argument(bound[0]);
  bool header = int_flag(bound[1], false);
  std::string out;
  size_t i = 0;
  while (i < data.size()) {
    char c = data[i];
    if (c == '=') {
      ++i;
      if (i >= data.size()) break;
      char next = data[i];
      if (next == '\n' || next == '\r') {
        // A soft line break: skip to the end of the line.
        while (i < data.size() && data[i] != '\n') ++i;
        if (i < data.size()) ++i;
      } else if (next == '=') {
        out.push_back('=');
        ++i;
      } else if (i + 1 < data.size() && hex_digit(static_cast<unsigned char>(next)) >= 0 &&
                 hex_digit(static_cast<unsigned char>(data[i + 1])) >= 0) {
        out.push_back(static_cast<char>(hex_digit(static_cast<unsigned char>(next)) << 4 |
                                        hex_digit(static_cast<unsigned char>(data[i + 1]))));
        i += 2;
      } else {
        out.push_back('=');
      }
    } else if (header && c == '_') {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(c);
      ++i;
    }
  }
  return bytes_value(out);
}

Value binascii_b2a_qp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"b2a_qp", {"data", "quotetabs", "istext", "header"}, 1}, args, nargs, kwnames,
                 bound);
  std::string_view data = binary_argument(bound[0]);
  bool quotetabs = int_flag(bound[1], false);
  bool istext = int_flag(bound[2], true);
  bool header = int_flag(bound[3], false);
  constexpr size_t kMaxLine = 76;
  // The output's line ends follow the first line end of the input.
  size_t first_newline = data.find('\n');
  bool crlf = first_newline != std::string_view::npos && first_newline > 0 &&
              data[first_newline - 1] == '\r';
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  auto soft_break = [&] {
    out.push_back('=');
    if (crlf) out.push_back('\r');
    out.push_back('\n');
  };
  auto quote = [&](unsigned char c) {
    out.push_back('=');
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  };
  size_t n = data.size();
  size_t line_length = 0;
  size_t i = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(data[i]);
    bool last = i + 1 == n;
    unsigned char next = last ? 0 : static_cast<unsigned char>(data[i + 1]);
    bool must_quote =
        c > 126 || c == '=' || (header && c == '_') ||
        (c == '.' && line_length == 0 && (last || next == '\n' || next == '\r' || next == 0)) ||
        (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
        (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (must_quote) {
      if (line_length + 3 >= kMaxLine) {
        soft_break();
        line_length = 0;
      }
      quote(c);
      ++i;
      line_length += 3;
    } else if (istext && (c == '\n' || (!last && c == '\r' && next == '\n'))) {
      line_length = 0;
      // Blanks at the end of a line would be lost in transit: quote them.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        auto blank = static_cast<unsigned char>(out.back());
        out.pop_back();
        quote(blank);
      }
      if (crlf) out.push_back('\r');
      out.push_back('\n');
      i += c == '\r' ? 2 : 1;
    } else {
      if (!last && next != '\n' && line_length + 1 >= kMaxLine) {
        soft_break();
        line_length = 0;
      }
      ++line_length;
      out.push_back(header && c == ' ' ? '_' : static_cast<char>(c));
      ++i;
    }
  }
  return bytes_value(out);
}

}  // namespace

Module* create_binascii_module() {
  if (binascii_module) return binascii_module;
  binascii_module = make_module(intern("binascii"));
  binascii_error = make_exception_class("binascii.Error", &exc_ValueError);
  binascii_incomplete = make_exception_class("binascii.Incomplete", &exc_Exception);
  add_functions(binascii_module, {
      {"a2b_uu", binascii_a2b_uu, kMethodInstance, "Decode a line of uuencoded data."},
      {"b2a_uu", binascii_b2a_uu, kMethodInstance, "Uuencode line of data."},
      {"a2b_base64", binascii_a2b_base64, kMethodInstance, "Decode a line of base64 data."},
      {"b2a_base64", binascii_b2a_base64, kMethodInstance, "Base64-code line of data."},
      {"crc_hqx", binascii_crc_hqx, kMethodInstance, "Compute CRC-CCITT incrementally."},
      {"crc32", binascii_crc32, kMethodInstance, "Compute CRC-32 incrementally."},
      {"b2a_hex", binascii_b2a_hex, kMethodInstance,
       "Hexadecimal representation of binary data."},
      {"hexlify", binascii_hexlify, kMethodInstance,
       "Hexadecimal representation of binary data."},
      {"a2b_hex", binascii_a2b_hex, kMethodInstance,
       "Binary data of hexadecimal representation."},
      {"unhexlify", binascii_unhexlify, kMethodInstance,
       "Binary data of hexadecimal representation."},
      {"a2b_qp", binascii_a2b_qp, kMethodInstance, "Decode a string of qp-encoded data."},
      {"b2a_qp", binascii_b2a_qp, kMethodInstance, "Encode a string using quoted-printable encoding."},
  });
  dict_set_str(binascii_module->dict, intern("Error"), wrap(binascii_error));
  dict_set_str(binascii_module->dict, intern("Incomplete"), wrap(binascii_incomplete));
  dict_set_str(binascii_module->dict, intern("__doc__"),
               str_value("Conversion between binary data and ASCII"));
  return binascii_module;
}

}  // namespace krait
