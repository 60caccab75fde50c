// The codecs built into str and bytes: UTF-8, ASCII, Latin-1, UTF-16 and
// UTF-32 (either byte order, or a BOM) with CPython's error handlers and
// UnicodeEncodeError/UnicodeDecodeError ranges; other encodings go through
// the codec registry.
#include <unicode/uchar.h>

#include <optional>

#include <string>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/codecs_internal.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

const char* codec_name(Codec codec) {
  switch (codec) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16Le: return "utf-16-le";
    case Codec::Utf16Be: return "utf-16-be";
    case Codec::Utf32Le: return "utf-32-le";
    case Codec::Utf32Be: return "utf-32-be";
  }
  return "";
}

bool is_utf16(Codec codec) { return codec == Codec::Utf16Le || codec == Codec::Utf16Be; }
bool is_utf32(Codec codec) { return codec == Codec::Utf32Le || codec == Codec::Utf32Be; }
// One byte per character or UTF-8: handler output (ASCII) goes out as it is.
bool is_byte_codec(Codec codec) { return !is_utf16(codec) && !is_utf32(codec); }

// The codec's name in UnicodeEncodeErrors.
const char* encoder_name(NativeCodec choice) {
  if (choice.bom) return is_utf16(choice.codec) ? "utf-16" : "utf-32";
  return codec_name(choice.codec);
}

}  // namespace

// Each run of characters other than letters, digits and '.' reads as one
// '_', dropped at the ends, and letters are lowercased: the registry's
// normalisation (encodings.normalize_encoding after lowercasing).
std::string normalized_encoding(std::string_view encoding) {
  std::string name;
  bool separator = false;
  for (char c : encoding) {
    bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
    if (!kept) {
      separator = true;
      continue;
    }
    if (separator && !name.empty()) name.push_back('_');
    separator = false;
    name.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return name;
}

namespace {

constexpr std::string_view kUtf8Bom = "\xef\xbb\xbf";

}  // namespace

bool find_native_codec(std::string_view encoding, NativeCodec& out) {
  std::string name = normalized_encoding(encoding);
  if (name == "utf_8_sig") {
    out = {Codec::Utf8, false, true};
    return true;
  }
  struct Alias {
    const char* name;
    NativeCodec choice;
  };
  static const Alias kUnicodeForms[] = {
      {"utf_16", {Codec::Utf16Le, true}},
      {"utf16", {Codec::Utf16Le, true}},
      {"u16", {Codec::Utf16Le, true}},
      {"utf_16_le", {Codec::Utf16Le}},
      {"utf_16le", {Codec::Utf16Le}},
      {"unicodelittleunmarked", {Codec::Utf16Le}},
      {"utf_16_be", {Codec::Utf16Be}},
      {"utf_16be", {Codec::Utf16Be}},
      {"unicodebigunmarked", {Codec::Utf16Be}},
      {"utf_32", {Codec::Utf32Le, true}},
      {"utf32", {Codec::Utf32Le, true}},
      {"u32", {Codec::Utf32Le, true}},
      {"utf_32_le", {Codec::Utf32Le}},
      {"utf_32le", {Codec::Utf32Le}},
      {"utf_32_be", {Codec::Utf32Be}},
      {"utf_32be", {Codec::Utf32Be}},
  };
  for (const Alias& alias : kUnicodeForms) {
    if (name == alias.name) {
      out = alias.choice;
      return true;
    }
  }
  static constexpr const char* kUtf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"};
  static constexpr const char* kAscii[] = {
      "ascii", "us_ascii", "646",    "us",        "ansi_x3.4_1968",   "ansi_x3_4_1968", "ansi_x3.4_1986",
      "cp367", "csascii",  "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6"};
  static constexpr const char* kLatin1[] = {
      "latin_1", "latin1",     "latin",  "l1",          "iso_8859_1",      "iso8859_1",      "8859",
      "cp819",   "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1_1987"};
  auto among = [&](const auto& names) {
    for (const char* alias : names) {
      if (name == alias) return true;
    }
    return false;
  };
  if (among(kUtf8)) {
    out = {Codec::Utf8};
  } else if (among(kAscii)) {
    out = {Codec::Ascii};
  } else if (among(kLatin1)) {
    out = {Codec::Latin1};
  } else {
    return false;
  }
  return true;
}

ErrorHandler find_error_handler(std::string_view errors) {
  if (errors == "strict") return {Handler::Strict, Value::null()};
  if (errors == "ignore") return {Handler::Ignore, Value::null()};
  if (errors == "replace") return {Handler::Replace, Value::null()};
  if (errors == "backslashreplace") return {Handler::BackslashReplace, Value::null()};
  if (errors == "xmlcharrefreplace") return {Handler::XmlCharRefReplace, Value::null()};
  if (errors == "namereplace") return {Handler::NameReplace, Value::null()};
  if (errors == "surrogateescape") return {Handler::SurrogateEscape, Value::null()};
  if (errors == "surrogatepass") return {Handler::SurrogatePass, Value::null()};
  return {Handler::Custom, lookup_error_handler(errors)};
}

namespace {

constexpr char kHex[] = "0123456789abcdef";

}  // namespace

void append_hex(std::string& out, uint32_t value, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(value >> shift) & 0xF]);
}

void append_backslash_escape(std::string& out, char32_t cp) {
  if (cp <= 0xFF) {
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

void append_xmlcharref(std::string& out, char32_t cp) {
  out += "&#" + std::to_string(static_cast<uint32_t>(cp)) + ";";
}

void append_name_escape(std::string& out, char32_t cp) {
  char name[128];
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, name, sizeof name, &error);
  if (U_SUCCESS(error) && length > 0) {
    out += "\\N{";
    out.append(name, static_cast<size_t>(length));
    out += "}";
  } else {
    append_backslash_escape(out, cp);
  }
}

void raise_encode_error(const char* codec, Str* s, size_t start, size_t end, const char* reason) {
  Tuple* args =
      make_tuple({str_value(codec), Value::from_object(s), make_int(static_cast<int64_t>(start)),
                  make_int(static_cast<int64_t>(end)), str_value(reason)});
  raise_exception(new_exception(&exc_UnicodeEncodeError, args));
}

void raise_decode_error(const char* codec, std::string_view data, size_t start, size_t end, const char* reason) {
  Tuple* args = make_tuple({str_value(codec), Value::from_object(make_bytes(data)),
                            make_int(static_cast<int64_t>(start)), make_int(static_cast<int64_t>(end)),
                            str_value(reason)});
  raise_exception(new_exception(&exc_UnicodeDecodeError, args));
}

namespace {

// A handler's resume position: negative counts from the end.
size_t resume_position(Value position, size_t length) {
  int64_t resume = index_as_ssize(position);
  if (resume < 0) resume += static_cast<int64_t>(length);
  if (resume < 0 || resume > static_cast<int64_t>(length)) {
    raise(&exc_IndexError, format("position %lld from error handler out of bounds", static_cast<long long>(resume)));
  }
  return static_cast<size_t>(resume);
}

}  // namespace

Replacement call_encode_handler(Value handler, const char* codec, Str* s, size_t start, size_t end,
                                const char* reason) {
  Tuple* args =
      make_tuple({str_value(codec), Value::from_object(s), make_int(static_cast<int64_t>(start)),
                  make_int(static_cast<int64_t>(end)), str_value(reason)});
  Value result = call(handler, {new_exception(&exc_UnicodeEncodeError, args)});
  if (!is_tuple(result) || result.as<Tuple>()->size != 2 ||
      !(is_str(result.as<Tuple>()->items()[0]) || is_bytes(result.as<Tuple>()->items()[0]))) {
    throw_type_error("encoding error handler must return (str/bytes, int) tuple");
  }
  Tuple* answer = result.as<Tuple>();
  return {answer->items()[0], resume_position(answer->items()[1], s->length)};
}

size_t handle_decode_error(std::string& out, const ErrorHandler& handler, const char* codec, std::string_view data,
                           size_t start, size_t end, const char* reason) {
  switch (handler.kind) {
    case Handler::Strict:
    case Handler::SurrogatePass: raise_decode_error(codec, data, start, end, reason);
    case Handler::XmlCharRefReplace:
    case Handler::NameReplace:
      // These callbacks only know how to replace unencodable characters.
      throw_type_error("don't know how to handle UnicodeDecodeError in error callback");
    case Handler::Ignore: break;
    case Handler::Replace: out += "\xef\xbf\xbd"; break;
    case Handler::BackslashReplace:
      for (size_t i = start; i < end; ++i) {
        out += "\\x";
        append_hex(out, static_cast<unsigned char>(data[i]), 2);
      }
      break;
    case Handler::SurrogateEscape: {
      // Only bytes 0x80-0xFF have an escape (U+DC80-U+DCFF); like CPython,
      // escape the leading run of them (at most 4) and decode on from there.
      size_t stop = start;
      while (stop < end && stop - start < 4 && static_cast<unsigned char>(data[stop]) >= 0x80) ++stop;
      if (stop == start) raise_decode_error(codec, data, start, end, reason);
      for (size_t i = start; i < stop; ++i) {
        unicode::append_utf8(out, 0xDC00 + static_cast<unsigned char>(data[i]));
      }
      return stop;
    }
    case Handler::Custom: {
      Tuple* args = make_tuple({str_value(codec), Value::from_object(make_bytes(data)),
                                make_int(static_cast<int64_t>(start)), make_int(static_cast<int64_t>(end)),
                                str_value(reason)});
      Value result = call(handler.callable, {new_exception(&exc_UnicodeDecodeError, args)});
      if (!is_tuple(result) || result.as<Tuple>()->size != 2 || !is_str(result.as<Tuple>()->items()[0])) {
        throw_type_error("decoding error handler must return (str, int) tuple");
      }
      Tuple* answer = result.as<Tuple>();
      out += str_view(answer->items()[0]);
      return resume_position(answer->items()[1], data.size());
    }
  }
  return end;
}

namespace {

bool encodable(Codec codec, char32_t cp) {
  switch (codec) {
    case Codec::Ascii: return cp < 0x80;
    case Codec::Latin1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
  }
}

void append_unit(std::string& out, uint32_t unit, int bytes, bool big_endian) {
  for (int i = 0; i < bytes; ++i) {
    int shift = 8 * (big_endian ? bytes - 1 - i : i);
    out.push_back(static_cast<char>((unit >> shift) & 0xFF));
  }
}

// One code point in the codec's form; a surrogate (surrogatepass) becomes
// its own code unit.
void append_encoded(std::string& out, Codec codec, char32_t cp) {
  switch (codec) {
    case Codec::Utf8: unicode::append_utf8(out, cp); return;
    case Codec::Ascii:
    case Codec::Latin1: out.push_back(static_cast<char>(cp)); return;
    case Codec::Utf16Le:
    case Codec::Utf16Be: {
      bool big = codec == Codec::Utf16Be;
      if (cp >= 0x10000) {
        append_unit(out, 0xD800 + ((cp - 0x10000) >> 10), 2, big);
        append_unit(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, big);
      } else {
        append_unit(out, cp, 2, big);
      }
      return;
    }
    case Codec::Utf32Le:
    case Codec::Utf32Be: append_unit(out, cp, 4, codec == Codec::Utf32Be); return;
  }
}

// Text an error handler produced (ASCII), in the codec's form.
void append_handler_text(std::string& out, Codec codec, std::string_view text) {
  if (is_byte_codec(codec)) {
    out.append(text);
    return;
  }
  for (char c : text) append_encoded(out, codec, static_cast<unsigned char>(c));
}

// A registered handler's replacement for [start, end): bytes go out as they
// are (whole code units for UTF-16/32); a str must be encodable, ASCII for
// the Unicode forms, else the original error stands.
void append_replacement(std::string& out, Codec codec, Value text, const char* name, Str* s, size_t start,
                        size_t end, const char* reason) {
  if (is_bytes(text)) {
    std::string_view raw = text.as<Bytes>()->view();
    if ((is_utf16(codec) && raw.size() % 2) || (is_utf32(codec) && raw.size() % 4)) {
      raise_encode_error(name, s, start, end, reason);
    }
    out.append(raw);
    return;
  }
  Str* replacement = text.as<Str>();
  const char* data = replacement->data();
  for (size_t pos = 0; pos < replacement->size;) {
    char32_t cp = next_code_point(data, pos);
    bool fits = codec == Codec::Ascii || codec == Codec::Latin1 ? encodable(codec, cp) : cp < 0x80;
    if (!fits) raise_encode_error(name, s, start, end, reason);
    append_encoded(out, codec, cp);
  }
}

}  // namespace

std::string encode_native(Str* s, NativeCodec choice, std::string_view errors) {
  Codec codec = choice.codec;
  std::string out;
  if (choice.sig) out = kUtf8Bom;
  if (is_byte_codec(codec) &&
      (s->is_ascii() || (codec == Codec::Utf8 && s->view().find('\xed') == std::string_view::npos))) {
    out.append(s->view());
    return out;
  }
  out.reserve(is_utf32(codec) ? 4 * s->length + 4 : is_utf16(codec) ? 2 * s->length + 2 : s->size);
  if (choice.bom) append_encoded(out, codec, 0xFEFF);
  const char* name = encoder_name(choice);
  const char* data = s->data();
  std::optional<ErrorHandler> handler;  // looked up at the first error, as CPython does
  size_t index = 0;  // code point index of `pos`
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(data, pos);
    if (encodable(codec, cp)) {
      if (codec == Codec::Utf8) {
        out.append(data + at, pos - at);
      } else {
        append_encoded(out, codec, cp);
      }
      ++index;
      continue;
    }
    // The run of unencodable characters starting here (UTF-16 and UTF-32
    // report each surrogate on its own, as CPython does).
    size_t run_start = index;
    size_t run_end_pos = pos;
    size_t run_end = index + 1;
    while (is_byte_codec(codec) && run_end_pos < s->size) {
      size_t probe = run_end_pos;
      if (encodable(codec, next_code_point(data, probe))) break;
      run_end_pos = probe;
      ++run_end;
    }
    const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                         : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                  : "surrogates not allowed";
    if (!handler) handler = find_error_handler(errors);
    if (handler->kind == Handler::Custom) {
      Replacement replacement = call_encode_handler(handler->callable, name, s, run_start, run_end, reason);
      append_replacement(out, codec, replacement.text, name, s, run_start, run_end, reason);
      index = replacement.resume;
      pos = str_byte_offset(s, index);
      continue;
    }
    std::string replacement;
    for (size_t p = at, bad_index = run_start; p < run_end_pos; ++bad_index) {
      char32_t bad = next_code_point(data, p);
      switch (handler->kind) {
        case Handler::Strict:
        case Handler::Custom: raise_encode_error(name, s, run_start, run_end, reason);
        case Handler::Ignore: break;
        case Handler::Replace: replacement.push_back('?'); break;
        case Handler::BackslashReplace: append_backslash_escape(replacement, bad); break;
        case Handler::XmlCharRefReplace: append_xmlcharref(replacement, bad); break;
        case Handler::NameReplace: append_name_escape(replacement, bad); break;
        case Handler::SurrogateEscape:
          // The escaped byte would not be a whole UTF-16/32 code unit. The
          // error covers the run from the first character without an escape.
          if (bad < 0xDC80 || bad > 0xDCFF || !is_byte_codec(codec)) {
            raise_encode_error(name, s, bad_index, run_end, reason);
          }
          out.push_back(static_cast<char>(bad - 0xDC00));
          break;
        case Handler::SurrogatePass:
          if (codec == Codec::Ascii || codec == Codec::Latin1) {
            raise_encode_error(name, s, run_start, run_end, reason);
          }
          append_encoded(out, codec, bad);
          break;
      }
      append_handler_text(out, codec, replacement);
      replacement.clear();
    }
    pos = run_end_pos;
    index = run_end;
  }
  return out;
}

namespace {

// The extent of one invalid UTF-8 sequence at `pos`: its end and CPython's reason.
size_t invalid_utf8_extent(std::string_view data, size_t pos, bool allow_surrogates, const char*& reason) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
  unsigned char lead = byte(pos);
  size_t need;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED && !allow_surrogates) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    reason = "invalid start byte";
    return pos + 1;
  }
  for (size_t i = 1; i < need; ++i) {
    if (pos + i >= data.size()) {
      reason = "unexpected end of data";
      return data.size();
    }
    unsigned char c = byte(pos + i);
    bool ok = i == 1 ? c >= low && c <= high : (c & 0xC0) == 0x80;
    if (!ok) {
      reason = "invalid continuation byte";
      return pos + i;
    }
  }
  return pos + need;  // valid: not reached for an invalid sequence
}

uint32_t read_unit(std::string_view data, size_t pos, int bytes, bool big_endian) {
  uint32_t unit = 0;
  for (int i = 0; i < bytes; ++i) {
    int shift = 8 * (big_endian ? bytes - 1 - i : i);
    unit |= static_cast<uint32_t>(static_cast<unsigned char>(data[pos + i])) << shift;
  }
  return unit;
}

// The byte order a UTF-16/UTF-32 byte order mark at the start of `data`
// gives (-1 little, 1 big, 0 no mark), and the mark's size.
int read_byte_order_mark(std::string_view data, Codec codec, size_t& mark_size) {
  if (is_utf16(codec)) {
    mark_size = 2;
    if (data.starts_with("\xff\xfe")) return -1;
    if (data.starts_with("\xfe\xff")) return 1;
    return 0;
  }
  mark_size = 4;
  if (data.starts_with(std::string_view("\xff\xfe\0\0", 4))) return -1;
  if (data.starts_with(std::string_view("\0\0\xfe\xff", 4))) return 1;
  return 0;
}

// The handler for `errors`, looked up at the first error, as CPython does
// (an unknown name is no error while the data is valid).
struct LazyHandler {
  std::string_view errors;
  std::optional<ErrorHandler> handler;
  const ErrorHandler& get() {
    if (!handler) handler = find_error_handler(errors);
    return *handler;
  }
};

// UTF-16 or UTF-32 input from byte `offset` (positions in errors count from
// the start of `data`, BOM included).
Decoded decode_wide(std::string_view data, size_t offset, Codec codec, std::string_view errors, bool final) {
  const char* name = codec_name(codec);
  bool big = codec == Codec::Utf16Be || codec == Codec::Utf32Be;
  LazyHandler handler{errors, std::nullopt};
  bool surrogatepass = errors == "surrogatepass";
  std::string out;
  out.reserve(data.size());
  size_t pos = offset;
  if (is_utf32(codec)) {
    while (pos < data.size()) {
      if (data.size() - pos < 4) {
        if (!final) break;
        pos = handle_decode_error(out, handler.get(), name, data, pos, data.size(), "truncated data");
        continue;
      }
      uint32_t cp = read_unit(data, pos, 4, big);
      if (cp > 0x10FFFF) {
        pos = handle_decode_error(out, handler.get(), name, data, pos, pos + 4,
                                  "code point not in range(0x110000)");
      } else if (cp >= 0xD800 && cp <= 0xDFFF && !surrogatepass) {
        pos = handle_decode_error(out, handler.get(), name, data, pos, pos + 4,
                                  "code point in surrogate code point range(0xd800, 0xe000)");
      } else {
        unicode::append_utf8(out, cp);
        pos += 4;
      }
    }
    return {make_str(out), pos};
  }
  while (pos < data.size()) {
    if (data.size() - pos < 2) {
      if (!final) break;
      pos = handle_decode_error(out, handler.get(), name, data, pos, data.size(), "truncated data");
      continue;
    }
    uint32_t unit = read_unit(data, pos, 2, big);
    if (unit < 0xD800 || unit > 0xDFFF) {
      unicode::append_utf8(out, unit);
      pos += 2;
      continue;
    }
    const char* reason;
    size_t end = pos + 2;
    if (unit >= 0xDC00) {
      reason = "illegal encoding";
    } else if (data.size() - pos < 4) {
      if (!final) break;
      reason = "unexpected end of data";
      end = data.size();
    } else {
      uint32_t low = read_unit(data, pos + 2, 2, big);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        unicode::append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        pos += 4;
        continue;
      }
      reason = "illegal UTF-16 surrogate";
    }
    if (surrogatepass) {
      unicode::append_utf8(out, unit);
      pos += 2;
      continue;
    }
    pos = handle_decode_error(out, handler.get(), name, data, pos, end, reason);
  }
  return {make_str(out), pos};
}

Decoded decode_byte_codec(std::string_view data, Codec codec, std::string_view errors, bool final) {
  if (codec == Codec::Latin1) {
    std::string out;
    out.reserve(data.size());
    for (char c : data) unicode::append_utf8(out, static_cast<unsigned char>(c));
    return {make_str(out), data.size()};
  }
  bool surrogatepass = codec == Codec::Utf8 && errors == "surrogatepass";
  // The common case: nothing to repair.
  if (codec == Codec::Utf8 && !surrogatepass && unicode::is_valid_utf8(data)) return {make_str(data), data.size()};
  LazyHandler handler{errors, std::nullopt};
  std::string out;
  out.reserve(data.size());
  size_t pos = 0;
  while (pos < data.size()) {
    unsigned char lead = static_cast<unsigned char>(data[pos]);
    if (lead < 0x80) {
      out.push_back(static_cast<char>(lead));
      ++pos;
      continue;
    }
    size_t end;
    const char* reason = "";
    if (codec == Codec::Ascii) {
      end = pos + 1;
      reason = "ordinal not in range(128)";
    } else {
      size_t next = pos;
      char32_t cp = unicode::decode_utf8(data, next, surrogatepass);
      if (cp != unicode::kInvalid) {
        out.append(data.substr(pos, next - pos));
        pos = next;
        continue;
      }
      end = invalid_utf8_extent(data, pos, surrogatepass, reason);
      // An incomplete sequence at the end waits for more input.
      if (!final && end == data.size() && reason[0] == 'u') break;
    }
    pos = handle_decode_error(out, handler.get(), codec_name(codec), data, pos, end, reason);
  }
  return {make_str(out), pos};
}

}  // namespace

Decoded decode_native(std::string_view data, NativeCodec choice, std::string_view errors, bool final,
                      int* byteorder) {
  Codec codec = choice.codec;
  if (choice.sig) {
    size_t mark = data.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
    Decoded body = decode_byte_codec(data.substr(mark), Codec::Utf8, errors, final);
    body.consumed += mark;
    return body;
  }
  if (is_byte_codec(codec)) return decode_byte_codec(data, codec, errors, final);
  size_t offset = 0;
  if (choice.bom) {
    int order = byteorder ? *byteorder : 0;
    if (order == 0) {
      size_t mark_size;
      order = read_byte_order_mark(data, codec, mark_size);
      if (order != 0) offset = mark_size;
      if (byteorder) *byteorder = order;
    }
    if (order != 0) {
      bool wide16 = is_utf16(codec);
      codec = order < 0 ? (wide16 ? Codec::Utf16Le : Codec::Utf32Le) : (wide16 ? Codec::Utf16Be : Codec::Utf32Be);
    }
  }
  return decode_wide(data, offset, codec, errors, final);
}

namespace {

// The registry's codec for `encoding`: its CodecInfo's encoder or decoder
// applied to `object`, answering the first item of the pair it returns.
Value apply_registered_codec(std::string_view encoding, size_t which, Value object, std::string_view errors) {
  Value info = lookup_text_encoding(encoding, which == 0 ? "codecs.encode()" : "codecs.decode()");
  Value codec = getitem(info, make_int(static_cast<int64_t>(which)));
  Value result;
  try {
    result = call(codec, {object, str_value(errors)});
  } catch (const PyException&) {
    wrap_codec_error(which == 0 ? "encoding" : "decoding", encoding);
    throw;
  }
  if (!is_tuple(result) || result.as<Tuple>()->size != 2) {
    throw_type_error(which == 0 ? "encoder must return a tuple (object, integer)"
                                : "decoder must return a tuple (object, integer)");
  }
  return result.as<Tuple>()->items()[0];
}

}  // namespace

const char* codec_lookup_name(std::string_view encoding) {
  NativeCodec choice;
  if (!find_native_codec(encoding, choice)) raise(&exc_LookupError, "unknown encoding: " + std::string(encoding));
  if (choice.sig) return "utf-8-sig";
  if (choice.codec == Codec::Latin1) return "iso8859-1";
  return encoder_name(choice);
}

namespace {

// The names str.encode and bytes.decode serve without the registry in
// CPython; Krait serves its other native names natively too, but reports
// their failures as the registry would.
bool is_fast_path_name(std::string_view encoding) {
  std::string name = normalized_encoding(encoding);
  static constexpr const char* kNames[] = {"utf_8",      "utf8",      "utf_16", "utf16",   "utf_32",
                                           "utf32",      "latin_1",   "latin1", "iso_8859_1", "iso8859_1",
                                           "ascii",      "us_ascii"};
  for (const char* known : kNames) {
    if (name == known) return true;
  }
  return false;
}

}  // namespace

Value str_encode(Str* s, std::string_view encoding, std::string_view errors) {
  NativeCodec choice;
  if (find_native_codec(encoding, choice)) {
    if (is_fast_path_name(encoding)) return Value::from_object(make_bytes(encode_native(s, choice, errors)));
    try {
      return Value::from_object(make_bytes(encode_native(s, choice, errors)));
    } catch (const PyException&) {
      wrap_codec_error("encoding", encoding);
      throw;
    }
  }
  Value encoded = apply_registered_codec(encoding, 0, Value::from_object(s), errors);
  if (is_bytearray(encoded)) {
    auto* array = encoded.as<ByteArray>();
    return Value::from_object(make_bytes({array->items, array->size}));
  }
  if (!is_bytes(encoded)) {
    throw_type_error(format("'%.400s' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                            std::string(encoding).c_str(), type_name(encoded).c_str()));
  }
  return encoded;
}

Str* str_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  NativeCodec choice;
  if (find_native_codec(encoding, choice)) {
    if (is_fast_path_name(encoding)) return decode_native(data, choice, errors, true).text;
    try {
      return decode_native(data, choice, errors, true).text;
    } catch (const PyException&) {
      wrap_codec_error("decoding", encoding);
      throw;
    }
  }
  Value decoded = apply_registered_codec(encoding, 1, Value::from_object(make_bytes(data)), errors);
  if (!is_str(decoded)) {
    throw_type_error(format("'%.400s' decoder returned '%.400s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                            std::string(encoding).c_str(), type_name(decoded).c_str()));
  }
  return decoded.as<Str>();
}

namespace {

std::string_view text_argument(Value v, const char* function, const char* which) {
  if (!is_str(v)) {
    throw_type_error(
        format("%s() argument '%s' must be str, not %s", function, which, argument_type_name(v).c_str()));
  }
  return v.as<Str>()->view();
}

Value str_encode_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"encode", {"encoding", "errors"}, 0, 0}, args, nargs, kwnames, bound);
  std::string_view encoding = bound[0].is_null() ? "utf-8" : text_argument(bound[0], "encode", "encoding");
  std::string_view errors = bound[1].is_null() ? "strict" : text_argument(bound[1], "encode", "errors");
  return str_encode(self.as<Str>(), encoding, errors);
}

}  // namespace

void add_str_codec_methods() {
  add_methods(&str_type, {{"encode", str_encode_method, kMethodInstance,
                  "Encode the string using the codec registered for encoding.\n"
                  "\n"
                  "  encoding\n"
                  "    The encoding in which to encode the string.\n"
                  "  errors\n"
                  "    The error handling scheme to use for encoding errors.\n"
                  "    The default is 'strict' meaning that encoding errors raise a\n"
                  "    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and\n"
                  "    'xmlcharrefreplace' as well as any other name registered with\n"
                  "    codecs.register_error that can handle UnicodeEncodeErrors."}});
}

}  // namespace krait
