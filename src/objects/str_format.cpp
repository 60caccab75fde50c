// str.format (PEP 3101), str.__format__, the format-spec parser, and
// printf-style formatting (`"…" % args`), following CPython 3.11's
// unicode_format.h, formatter_unicode.c and PyUnicode_Format.
#include "objects/str_format.h"

#include <algorithm>
#include <string>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/number_format.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads a run of decimal digits at `pos`; -1 if there are none.
int64_t read_number(std::string_view spec, size_t& pos) {
  int64_t value = -1;
  while (pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9') {
    int digit = spec[pos] - '0';
    if (value < 0) value = 0;
    if (value > (INT64_MAX - digit) / 10) throw_value_error("Too many decimal digits in format string");
    value = value * 10 + digit;
    ++pos;
  }
  return value;
}

std::string char_for_message(char32_t c) {
  std::string out;
  unicode::append_utf8(out, c);
  return out;
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec, char default_type, char default_align,
                             std::string_view type_name) {
  FormatSpec f;
  f.type = static_cast<unsigned char>(default_type);
  f.align = default_align;
  size_t pos = 0;
  bool fill_given = false, align_given = false;
  // A fill character may be any code point, so look one character ahead.
  if (!spec.empty()) {
    size_t second = 0;
    char32_t first = next_code_point(spec.data(), second);
    if (second < spec.size() && is_align(static_cast<unsigned char>(spec[second]))) {
      f.fill = first;
      f.align = spec[second];
      fill_given = align_given = true;
      pos = second + 1;
    } else if (is_align(first)) {
      f.align = static_cast<char>(first);
      align_given = true;
      pos = 1;
    }
  }
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
  if (pos < spec.size() && spec[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_given && pos < spec.size() && spec[pos] == '0') {
    f.fill = '0';
    f.zero_pad = true;
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  f.width = read_number(spec, pos);
  if (pos < spec.size() && spec[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '_') {
    if (f.grouping) throw_value_error("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == ',' && f.grouping == '_') {
    throw_value_error("Cannot specify both ',' and '_'.");
  }
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    f.precision = read_number(spec, pos);
    if (f.precision < 0) throw_value_error("Format specifier missing precision");
  }
  if (spec.size() - pos > 1) {
    size_t probe = pos;
    next_code_point(spec.data(), probe);
    if (probe != spec.size()) {
      throw_value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                        std::string(type_name) + "'");
    }
  }
  if (pos < spec.size()) {
    size_t at = pos;
    f.type = next_code_point(spec.data(), at);
  }
  if (f.grouping) {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '\0': break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        if (f.type > 32 && f.type < 128) {
          throw_value_error(format("Cannot specify '%c' with '%c'.", f.grouping, static_cast<char>(f.type)));
        }
        throw_value_error(
            format("Cannot specify '%c' with '\\x%x'.", f.grouping, static_cast<unsigned>(f.type)));
    }
  }
  return f;
}

namespace {

// Padding too large for memory is CPython's MemoryError (not a C++ bad_alloc).
void check_padding(size_t extra) {
  if (extra > max_payload_size() / 4) throw_memory_error();
}

}  // namespace

void append_padded(std::string& out, std::string_view text, size_t length, const FormatSpec& spec) {
  size_t width = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
  size_t extra = width > length ? width - length : 0;
  check_padding(extra);
  size_t left = spec.align == '>' || spec.align == '=' ? extra : spec.align == '^' ? extra / 2 : 0;
  std::string fill;
  unicode::append_utf8(fill, spec.fill);
  for (size_t i = 0; i < left; ++i) out += fill;
  out.append(text);
  for (size_t i = left; i < extra; ++i) out += fill;
}

Str* str_format_spec(Str* s, std::string_view spec) {
  // An empty spec means str(s), which a subclass's __str__ may override.
  if (spec.empty()) return is_exact_str(Value::from_object(s)) ? s : str(Value::from_object(s));
  FormatSpec f = parse_format_spec(spec, 's', '<', "str");
  if (f.type != 's') {
    if (f.type > 32 && f.type < 128) {
      throw_value_error(
          format("Unknown format code '%c' for object of type 'str'", static_cast<char>(f.type)));
    }
    throw_value_error(
        format("Unknown format code '\\x%x' for object of type 'str'", static_cast<unsigned>(f.type)));
  }
  if (f.sign == ' ') throw_value_error("Space not allowed in string format specifier");
  if (f.sign) throw_value_error("Sign not allowed in string format specifier");
  if (f.no_neg_zero) throw_value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw_value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') throw_value_error("'=' alignment not allowed in string format specifier");
  size_t length = s->length;
  std::string_view text = s->view();
  if (f.precision >= 0 && static_cast<size_t>(f.precision) < length) {
    length = static_cast<size_t>(f.precision);
    text = text.substr(0, str_byte_offset(s, length));
  }
  std::string out;
  append_padded(out, text, length, f);
  return make_str(out);
}

// --- the replacement-field syntax (shared by str.format and _string) ---

int64_t field_integer(std::string_view text) {
  if (text.empty()) return -1;
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    if (value > (INT64_MAX - (c - '0')) / 10) throw_value_error("Too many decimal digits in format string");
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string_view field_name_first(std::string_view name) {
  return name.substr(0, std::min(name.find_first_of(".["), name.size()));
}

bool next_field_name_part(std::string_view name, size_t& pos, bool& is_attribute,
                          std::string_view& key) {
  if (pos >= name.size()) return false;
  char c = name[pos++];
  if (c == '.') {
    size_t end = std::min(name.find_first_of(".[", pos), name.size());
    if (end == pos) throw_value_error("Empty attribute in format string");
    is_attribute = true;
    key = name.substr(pos, end - pos);
    pos = end;
    return true;
  }
  if (c == '[') {
    size_t end = name.find(']', pos);
    if (end == std::string_view::npos) throw_value_error("Missing ']' in format string");
    if (end == pos) throw_value_error("Empty attribute in format string");
    is_attribute = false;
    key = name.substr(pos, end - pos);
    pos = end + 1;
    return true;
  }
  throw_value_error("Only '.' or '[' may follow ']' in format field specifier");
}

bool next_format_piece(std::string_view text, size_t& pos, FormatPiece& piece) {
  if (pos >= text.size()) return false;
  piece = FormatPiece{};
  size_t start = pos;
  size_t brace = text.find_first_of("{}", pos);
  if (brace == std::string_view::npos) {
    piece.literal = text.substr(start);
    pos = text.size();
    return true;
  }
  char c = text[brace];
  pos = brace + 1;
  if (pos < text.size() && text[pos] == c) {  // "{{" or "}}": the literal keeps one brace
    piece.literal = text.substr(start, pos - start);
    ++pos;
    return true;
  }
  if (c == '}') throw_value_error("Single '}' encountered in format string");
  if (pos >= text.size()) throw_value_error("Single '{' encountered in format string");
  piece.literal = text.substr(start, brace - start);
  piece.has_field = true;
  // The field name runs to '}', ':' or '!' ('[' … ']' may hold any of them).
  size_t name_start = pos;
  c = '\0';
  while (pos < text.size()) {
    c = text[pos++];
    if (c == '{') throw_value_error("unexpected '{' in field name");
    if (c == '[') {
      while (pos < text.size() && text[pos] != ']') ++pos;
      c = '\0';
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
    c = '\0';
  }
  if (c == '\0') throw_value_error("expected '}' before end of string");
  piece.field_name = text.substr(name_start, pos - 1 - name_start);
  if (c == '}') return true;
  if (c == '!') {
    if (pos >= text.size()) throw_value_error("end of string while looking for conversion specifier");
    piece.conversion = next_code_point(text.data(), pos);
    if (pos < text.size()) {
      char after = text[pos++];
      if (after == '}') return true;
      if (after != ':') throw_value_error("expected ':' after conversion specifier");
    }
  }
  size_t spec_start = pos;
  int count = 1;
  for (;;) {
    if (pos >= text.size()) throw_value_error("unmatched '{' in format spec");
    char s = text[pos++];
    if (s == '{') {
      piece.spec_needs_expanding = true;
      ++count;
    } else if (s == '}' && --count == 0) {
      break;
    }
  }
  piece.spec = text.substr(spec_start, pos - 1 - spec_start);
  return true;
}

// --- str.format ---

namespace {

enum class Numbering { Unknown, Automatic, Manual };

struct FormatState {
  const Value* args;
  size_t nargs;
  Value kwargs;             // a mapping, or null
  bool positional_allowed;  // false for format_map
  Numbering numbering = Numbering::Unknown;
  size_t next_auto = 0;
};

Value positional_field(FormatState& state, int64_t index) {
  if (!state.positional_allowed) throw_value_error("Format string contains positional fields");
  if (index < 0 || static_cast<size_t>(index) >= state.nargs) {
    throw_index_error(
        format("Replacement index %ld out of range for positional args tuple", static_cast<long>(index)));
  }
  return state.args[index];
}

// Resolves "name.attr[key]…" to its object.
Value resolve_field(FormatState& state, std::string_view name) {
  std::string_view first = field_name_first(name);
  Value object;
  if (first.empty()) {
    if (state.numbering == Numbering::Manual) {
      throw_value_error("cannot switch from manual field specification to automatic field numbering");
    }
    state.numbering = Numbering::Automatic;
    object = positional_field(state, static_cast<int64_t>(state.next_auto++));
  } else if (int64_t index = field_integer(first); index >= 0) {
    if (state.numbering == Numbering::Automatic) {
      throw_value_error("cannot switch from automatic field numbering to manual field specification");
    }
    state.numbering = Numbering::Manual;
    object = positional_field(state, index);
  } else {
    Value key = str_value(first);
    if (state.kwargs.is_null()) throw_key_error(key);
    object = getitem(state.kwargs, key);
  }
  size_t pos = first.size();
  bool is_attribute = false;
  std::string_view key;
  while (next_field_name_part(name, pos, is_attribute, key)) {
    if (is_attribute) {
      object = getattr(object, intern(key));
    } else {
      int64_t index = field_integer(key);
      object = getitem(object, index >= 0 ? make_int(index) : str_value(key));
    }
  }
  return object;
}

void format_into(std::string& out, FormatState& state, std::string_view text, int depth, Str** whole = nullptr);

// The text of the replacement field `piece` as a str object.
Str* format_field(FormatState& state, const FormatPiece& piece, int depth) {
  std::string_view name = piece.field_name;
  char32_t conversion = piece.conversion;
  std::string_view spec = piece.spec;
  Value object = resolve_field(state, name);
  switch (conversion) {
    case 0: break;
    case 'r': object = Value::from_object(repr(object)); break;
    case 's': object = Value::from_object(str(object)); break;
    case 'a': object = Value::from_object(ascii(object)); break;
    default:
      if (conversion > 32 && conversion < 127) {
        throw_value_error(format("Unknown conversion specifier %c", static_cast<char>(conversion)));
      }
      throw_value_error(format("Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion)));
  }
  std::string expanded;
  if (piece.spec_needs_expanding) {
    format_into(expanded, state, spec, depth - 1);
    spec = expanded;
  }
  if (spec.empty() && is_exact_str(object)) return object.as<Str>();
  return format_value(object, make_str(spec));
}

// Appends `text` formatted to `out`. When `whole` is given and `text` is one
// replacement field and nothing else, *whole is set to that field's str
// object: CPython answers it unchanged, even an instance of a str subclass.
void format_into(std::string& out, FormatState& state, std::string_view text, int depth, Str** whole) {
  if (depth <= 0) throw_value_error("Max string recursion exceeded");
  size_t pos = 0;
  FormatPiece piece;
  while (next_format_piece(text, pos, piece)) {
    if (!piece.has_field) {
      out.append(piece.literal);
      continue;
    }
    out.append(piece.literal);
    bool first = out.empty() && piece.literal.data() == text.data();
    Str* field = format_field(state, piece, depth);
    if (whole && first && pos == text.size()) {
      *whole = field;
      return;
    }
    out.append(field->view());
  }
}

}  // namespace

namespace {

Str* format_with(Str* format_string, const Value* args, size_t nargs, Value kwargs, bool positional_allowed) {
  FormatState state{args, nargs, kwargs, positional_allowed};
  // Text without fields or escapes is the answer itself, as in CPython (where
  // a str subclass instance comes back unchanged).
  if (format_string->size == 0) return empty_str();
  if (format_string->view().find_first_of("{}") == std::string_view::npos) return format_string;
  std::string out;
  out.reserve(format_string->size);
  Str* whole = nullptr;
  format_into(out, state, format_string->view(), 2, &whole);
  return whole ? whole : make_str(out);
}

}  // namespace

Str* str_format(Str* format_string, const Value* args, size_t nargs, Value kwargs) {
  return format_with(format_string, args, nargs, kwargs, true);
}

// --- printf-style formatting ---

namespace {

enum PercentFlags { kLeft = 1, kSign = 2, kBlank = 4, kAlternate = 8, kZero = 16 };

struct PercentState {
  Value args;
  int64_t arglen;  // -1: a single non-tuple argument
  int64_t argidx;
  Value dict;  // the mapping for %(key)s, or null
};

Value next_argument(PercentState& state) {
  if (state.argidx < state.arglen) {
    int64_t index = state.argidx++;
    if (state.arglen < 0) return state.args;
    return (*state.args.as<Tuple>())[static_cast<size_t>(index)];
  }
  throw_type_error("not enough arguments for format string");
}

// Pads a formatted number: `body` is the digits (and exponent…) after an
// optional sign and prefix, zero-filled between them when asked.
void append_number(std::string& out, std::string_view sign, std::string_view prefix, std::string_view body,
                   int flags, int64_t width) {
  int64_t length = static_cast<int64_t>(sign.size() + prefix.size() + body.size());
  int64_t extra = width > length ? width - length : 0;
  check_padding(static_cast<size_t>(extra));
  if (flags & kLeft) {
    out.append(sign).append(prefix).append(body).append(static_cast<size_t>(extra), ' ');
  } else if (flags & kZero) {
    out.append(sign).append(prefix).append(static_cast<size_t>(extra), '0').append(body);
  } else {
    out.append(static_cast<size_t>(extra), ' ').append(sign).append(prefix).append(body);
  }
}

void append_text(std::string& out, Str* text, int flags, int64_t width, int64_t precision) {
  std::string_view view = text->view();
  size_t length = text->length;
  if (precision >= 0 && static_cast<size_t>(precision) < length) {
    length = static_cast<size_t>(precision);
    view = view.substr(0, str_byte_offset(text, length));
  }
  size_t extra = width > static_cast<int64_t>(length) ? static_cast<size_t>(width) - length : 0;
  check_padding(extra);
  if (!(flags & kLeft)) out.append(extra, ' ');
  out.append(view);
  if (flags & kLeft) out.append(extra, ' ');
}

// `conversion` is d, i, u, o, x or X (i and u are d but for the messages).
void format_integer(std::string& out, Value v, char32_t conversion, int flags, int64_t width,
                    int64_t precision) {
  char name = static_cast<char>(conversion);
  if (conversion == 'i' || conversion == 'u') conversion = 'd';
  bool hex_or_octal = conversion == 'x' || conversion == 'X' || conversion == 'o';
  if (!is_int(v)) {
    auto wrong_type = [&] {
      throw_type_error(format("%%%c format: %s is required, not %s", name,
                              hex_or_octal ? "an integer" : "a real number", type_name(v).c_str()));
    };
    // Only numbers (PyNumber_Check) are converted; int('7') must not happen.
    Type* type = type_of(v);
    if (!type->index && !type->to_int && !type->to_float) wrong_type();
    try {
      v = hex_or_octal ? index_value(v) : call(Value::from_object(&int_type), {v});
    } catch (PyException&) {
      if (!current_exception_matches(&exc_TypeError)) throw;
      clear_current_exception();
      wrong_type();
    }
  }
  std::string digits;
  if (hex_or_octal) {
    digits = int_to_base_string(int_exact(v), conversion == 'o' ? 8 : 16);
    digits.erase(digits[0] == '-' ? 1 : 0, 2);  // the 0x / 0o prefix
    if (conversion == 'X') {
      std::transform(digits.begin(), digits.end(), digits.begin(),
                     [](char c) { return c >= 'a' && c <= 'f' ? static_cast<char>(c - 32) : c; });
    }
  } else {
    digits = int_to_decimal(int_exact(v));
  }
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(precision) - digits.size(), '0');
  }
  std::string_view sign = negative ? "-" : (flags & kSign) ? "+" : (flags & kBlank) ? " " : "";
  std::string_view prefix;
  if ((flags & kAlternate) && hex_or_octal)
    prefix = conversion == 'x' ? "0x" : conversion == 'X' ? "0X" : "0o";
  append_number(out, sign, prefix, digits, flags, width);
}

void format_float(std::string& out, Value v, char32_t conversion, int flags, int64_t width,
                  int64_t precision) {
  double d = as_double(v);
  std::string body =
      double_to_string(d, static_cast<char>(conversion), precision < 0 ? 6 : static_cast<int>(precision),
                       flags & kAlternate, false);
  bool negative = !body.empty() && body[0] == '-';
  if (negative) body.erase(0, 1);
  std::string_view sign = negative ? "-" : (flags & kSign) ? "+" : (flags & kBlank) ? " " : "";
  append_number(out, sign, "", body, flags, width);
}

void format_char(std::string& out, Value v, int flags, int64_t width) {
  char32_t cp;
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->length != 1) throw_type_error("%c requires int or char");
    size_t pos = 0;
    cp = next_code_point(s->data(), pos);
  } else if (is_int(v) || type_of(v)->index) {
    int64_t code;
    if (!int_to_int64(index_value(v), code) || code < 0 || code > 0x10FFFF) {
      throw_overflow_error("%c arg not in range(0x110000)");
    }
    cp = static_cast<char32_t>(code);
  } else {
    throw_type_error("%c requires int or char");
  }
  append_text(out, str_from_code_point(cp), flags, width, -1);
}

// A width or precision written in digits; -1 if there are none.
int64_t read_percent_number(std::string_view text, size_t& pos, int64_t limit, const char* too_big) {
  int64_t value = -1;
  for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) {
    int digit = text[pos] - '0';
    if (value < 0) value = 0;
    if (value > (limit - digit) / 10) throw_value_error(too_big);
    value = value * 10 + digit;
  }
  return value;
}

// A width (a C ssize_t, as CPython) or precision (a C int) given by '*'.
int64_t star_argument(PercentState& state, bool precision) {
  Value v = next_argument(state);
  if (!is_int(v)) throw_type_error("* wants int");
  int64_t value;
  if (!int_to_int64(v, value) || (precision && (value > INT32_MAX || value < INT32_MIN))) {
    throw_overflow_error(precision ? "Python int too large to convert to C int"
                                   : "Python int too large to convert to C ssize_t");
  }
  return value;
}

// %s, %b and %c of bytes formatting: bytes-like data, or one byte.
void append_bytes_conversion(std::string& out, Value arg, char32_t conversion, int flags, int64_t width,
                             int64_t precision) {
  std::string_view data;
  std::string copy;
  char byte;
  if (conversion == 'c') {
    int64_t code = -1;
    if (is_int(arg)) {
      if (!int_to_int64(arg, code) || code < 0 || code > 255) {
        throw_overflow_error("%c arg not in range(256)");
      }
    } else if (!is_memoryview(arg) && bytes_like_view(arg, data) && data.size() == 1) {  // bytes or bytearray only
      code = static_cast<unsigned char>(data[0]);
    } else {
      throw_type_error("%c requires an integer in range(256) or a single byte");
    }
    byte = static_cast<char>(code);
    data = std::string_view(&byte, 1);
    precision = -1;
  } else if (is_memoryview(arg)) {
    copy = memoryview_to_bytes(arg);  // any layout, as PyBUF_FULL_RO
    data = copy;
  } else if (!bytes_like_view(arg, data)) {
    if (!bytes_from_dunder_bytes(arg, copy)) {
      throw_type_error(
          format("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                 type_name(arg).c_str()));
    }
    data = copy;
  }
  if (precision >= 0 && static_cast<size_t>(precision) < data.size())
    data = data.substr(0, static_cast<size_t>(precision));
  size_t extra = width > static_cast<int64_t>(data.size()) ? static_cast<size_t>(width) - data.size() : 0;
  check_padding(extra);
  if (!(flags & kLeft)) out.append(extra, ' ');
  out.append(data);
  if (flags & kLeft) out.append(extra, ' ');
}

}  // namespace

std::string percent_format(std::string_view text, Value args, bool bytes_mode) {
  PercentState state;
  state.args = args;
  if (is_tuple(args)) {
    state.arglen = static_cast<int64_t>(args.as<Tuple>()->size);
    state.argidx = 0;
  } else {
    state.arglen = -1;
    state.argidx = -2;
  }
  // bytes formatting takes neither bytes nor bytearray for a mapping.
  bool byte_string = bytes_mode && (is_bytes(args) || is_bytearray(args));
  bool mapping = !is_tuple(args) && !is_str(args) && !byte_string && type_of(args)->getitem;
  if (mapping) state.dict = args;
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t percent = text.find('%', pos);
    if (percent == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, percent - pos));
    pos = percent + 1;
    if (pos < text.size() && text[pos] == '%') {
      out.push_back('%');
      ++pos;
      continue;
    }
    if (pos < text.size() && text[pos] == '(') {
      if (state.dict.is_null()) throw_type_error("format requires a mapping");
      size_t key_start = ++pos;
      int depth = 1;
      while (pos < text.size() && depth > 0) {
        if (text[pos] == '(') ++depth;
        if (text[pos] == ')') --depth;
        ++pos;
      }
      if (depth > 0) throw_value_error("incomplete format key");
      std::string_view key = text.substr(key_start, pos - 1 - key_start);
      state.args = getitem(state.dict, bytes_mode ? Value::from_object(make_bytes(key)) : str_value(key));
      state.arglen = -1;
      state.argidx = -2;
    }
    int flags = 0;
    for (; pos < text.size(); ++pos) {
      char c = text[pos];
      if (c == '-')
        flags |= kLeft;
      else if (c == '+')
        flags |= kSign;
      else if (c == ' ')
        flags |= kBlank;
      else if (c == '#')
        flags |= kAlternate;
      else if (c == '0')
        flags |= kZero;
      else
        break;
    }
    int64_t width = -1, precision = -1;
    if (pos < text.size() && text[pos] == '*') {
      width = star_argument(state, false);
      if (width < 0) {
        flags |= kLeft;
        width = -width;
      }
      ++pos;
    } else {
      width = read_percent_number(text, pos, INT64_MAX, "width too big");
    }
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      if (pos < text.size() && text[pos] == '*') {
        precision = star_argument(state, true);
        if (precision < 0) precision = 0;
        ++pos;
      } else {
        precision = std::max<int64_t>(read_percent_number(text, pos, INT32_MAX, "precision too big"), 0);
      }
    }
    if (pos < text.size() && (text[pos] == 'h' || text[pos] == 'l' || text[pos] == 'L')) ++pos;  // a C length modifier: ignored
    if (pos >= text.size()) throw_value_error("incomplete format");
    size_t conversion_at = pos;
    char32_t conversion = next_code_point(text.data(), pos);
    Value arg = next_argument(state);
    if (flags & kLeft) flags &= ~kZero;
    if (bytes_mode && (conversion == 's' || conversion == 'b' || conversion == 'c')) {
      append_bytes_conversion(out, arg, conversion, flags, width, precision);
      continue;
    }
    switch (conversion) {
      case 's': append_text(out, str(arg), flags, width, precision); break;
      case 'r': append_text(out, bytes_mode ? ascii(arg) : repr(arg), flags, width, precision); break;
      case 'a': append_text(out, ascii(arg), flags, width, precision); break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        // bytes formatting names %i "%d" in its messages.
        format_integer(out, arg, bytes_mode && conversion == 'i' ? 'd' : conversion, flags, width, precision);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        // bytes formatting converts with PyFloat_AsDouble's own message, str's is "must be real number".
        if (bytes_mode && !is_float(arg) && !type_of(arg)->to_float && !type_of(arg)->index) {
          throw_type_error("float argument required, not " + type_name(arg));
        }
        format_float(out, arg, conversion, flags, width, precision);
        break;
      case 'c': format_char(out, arg, flags, width); break;
      default: {
        size_t index = bytes_mode ? conversion_at : unicode::count_code_points(text.substr(0, conversion_at));
        // str formatting shows only printable ASCII (and 0x1F, as CPython); bytes shows the byte's character.
        std::string shown = conversion >= 31 && conversion < 127 ? std::string(1, static_cast<char>(conversion))
                            : bytes_mode                         ? char_for_message(conversion)
                                                                 : std::string("?");
        throw_value_error(format("unsupported format character '%s' (0x%x) at index %zu", shown.c_str(),
                                 static_cast<unsigned>(conversion), index));
      }
    }
  }
  if (state.argidx < state.arglen && state.dict.is_null()) {
    throw_type_error(bytes_mode ? "not all arguments converted during bytes formatting"
                                : "not all arguments converted during string formatting");
  }
  return out;
}

Str* str_percent_format(Str* format_string, Value args) {
  // As in CPython, a format that is one plain %s, %r or %a of one argument
  // answers that conversion's str object, and a format without conversions
  // answers itself: either may be an instance of a str subclass.
  std::string_view text = format_string->view();
  if (text.size() == 2 && text[0] == '%' && (text[1] == 's' || text[1] == 'r' || text[1] == 'a') &&
      (!is_tuple(args) || args.as<Tuple>()->size == 1)) {
    Value arg = is_tuple(args) ? (*args.as<Tuple>())[0] : args;
    return text[1] == 's' ? str(arg) : text[1] == 'r' ? repr(arg) : ascii(arg);
  }
  std::string out = percent_format(text, args, false);
  if (!text.empty() && text.find('%') == std::string_view::npos) return format_string;
  return make_str(out);
}

// --- The methods ---

namespace {

Value str_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value kwargs;
  size_t npositional = nargs;
  if (kwnames && kwnames->size) {
    Dict* dict = make_dict(kwnames->size);
    for (size_t i = 0; i < kwnames->size; ++i) dict_set(dict, (*kwnames)[i], args[nargs + i]);
    kwargs = Value::from_object(dict);
  }
  return Value::from_object(str_format(self.as<Str>(), args, npositional, kwargs));
}

Value str_format_map(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("str.format_map", nargs, kwnames);
  return Value::from_object(format_with(self.as<Str>(), nullptr, 0, args[0], false));
}

Value str_dunder_format(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("str.__format__", nargs, kwnames);
  if (!is_str(args[0])) {
    throw_type_error("__format__() argument must be str, not " + argument_type_name(args[0]));
  }
  return Value::from_object(str_format_spec(self.as<Str>(), str_view(args[0])));
}

}  // namespace

void add_str_format_methods() {
  add_methods(&str_type, {
                             {"format", str_format_method, kMethodInstance,
                              "S.format(*args, **kwargs) -> str\n"
                              "\n"
                              "Return a formatted version of S, using substitutions from args and kwargs.\n"
                              "The substitutions are identified by braces ('{' and '}')."},
                             {"format_map", str_format_map, kMethodInstance,
                              "S.format_map(mapping) -> str\n"
                              "\n"
                              "Return a formatted version of S, using substitutions from mapping.\n"
                              "The substitutions are identified by braces ('{' and '}')."},
                             {"__format__", str_dunder_format, kMethodInstance,
                              "Return a formatted version of the string as described by format_spec."},
                         });
}

}  // namespace krait
