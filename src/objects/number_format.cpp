// The format-spec mini-language for numbers (Python/formatter_unicode.c is
// the behaviour this follows). Numbers are formatted to ASCII text first,
// then split into sign, prefix, integer digits and the rest, so that grouping
// and padding are laid out once for int, float and complex.
#include "objects/number_format.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "objects/float.h"
#include "objects/int.h"
#include "runtime/errors.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

struct Spec {
  std::string fill = " ";  // one code point, UTF-8
  bool fill_given = false;
  char align = 0;  // '<' '>' '^' '=', 0 when not given
  char sign = 0;   // '+' '-' ' ', 0 when not given
  bool no_negative_zero = false;
  bool alternate = false;
  int64_t width = -1;
  char grouping = 0;  // ',' or '_'
  int group_size = 3;
  int64_t precision = -1;
  char type = 0;
};

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

size_t code_point_count(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

bool parse_count(std::string_view spec, size_t& pos, int64_t& out) {
  size_t start = pos;
  int64_t value = 0;
  while (pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9') {
    if (value > (INT64_MAX - 9) / 10) throw_value_error("Too many decimal digits in format string");
    value = value * 10 + (spec[pos] - '0');
    ++pos;
  }
  if (pos == start) return false;
  out = value;
  return true;
}

[[noreturn]] void invalid_grouping(char grouping, char type) {
  throw_value_error(format("Cannot specify '%c' with '%c'.", grouping, type));
}

Spec parse_spec(std::string_view spec, std::string_view type_name, char default_type) {
  Spec s;
  size_t pos = 0;
  size_t first_length = spec.empty() ? 0 : utf8_length(static_cast<unsigned char>(spec[0]));
  if (spec.size() > first_length && is_align(spec[first_length])) {
    s.fill = std::string(spec.substr(0, first_length));
    s.fill_given = true;
    s.align = spec[first_length];
    pos = first_length + 1;
  } else if (!spec.empty() && is_align(spec[0])) {
    s.align = spec[0];
    pos = 1;
  }
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
    s.sign = spec[pos++];
  }
  if (pos < spec.size() && spec[pos] == 'z') {
    s.no_negative_zero = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    s.alternate = true;
    ++pos;
  }
  if (!s.fill_given && pos < spec.size() && spec[pos] == '0') {
    s.fill = "0";
    if (!s.align) s.align = '=';
    ++pos;
  }
  parse_count(spec, pos, s.width);
  if (pos < spec.size() && spec[pos] == ',') {
    s.grouping = ',';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '_') {
    if (s.grouping) throw_value_error("Cannot specify both ',' and '_'.");
    s.grouping = '_';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == ',' && s.grouping == '_') {
    throw_value_error("Cannot specify both ',' and '_'.");
  }
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    if (!parse_count(spec, pos, s.precision)) {
      throw_value_error("Format specifier missing precision");
    }
  }
  if (spec.size() - pos > 1) {
    throw_value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                      std::string(type_name) + "'");
  }
  s.type = pos < spec.size() ? spec[pos] : default_type;
  if (s.grouping) {
    switch (s.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (s.grouping == '_') {
          s.group_size = 4;
          break;
        }
        invalid_grouping(s.grouping, s.type);
      default:
        invalid_grouping(s.grouping, s.type);
    }
  }
  return s;
}

[[noreturn]] void unknown_code(char type, std::string_view type_name) {
  if (type > 32 && type < 127) {
    throw_value_error(format("Unknown format code '%c' for object of type '%s'", type,
                             std::string(type_name).c_str()));
  }
  throw_value_error(format("Unknown format code '\\x%x' for object of type '%s'",
                           static_cast<unsigned>(static_cast<unsigned char>(type)),
                           std::string(type_name).c_str()));
}

// Groups `digits` from the right, zero-padding them to at least `min_width`
// characters as CPython's InsertThousandsGrouping does for '0' fills.
std::string group_digits(std::string_view digits, int64_t min_width, char separator,
                         int group_size) {
  std::string reversed;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t next = digits.size();
  bool use_separator = false;
  auto emit = [&](int64_t length) {
    int64_t zeros = std::max<int64_t>(0, length - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, length));
    if (use_separator) reversed.push_back(separator);
    for (int64_t i = 0; i < chars; ++i) reversed.push_back(digits[--next]);
    reversed.append(static_cast<size_t>(zeros), '0');
    remaining -= chars;
    return length;
  };
  if (separator) {
    while (true) {
      int64_t length = std::min<int64_t>(group_size,
                                         std::max<int64_t>(std::max(remaining, min_width), 1));
      emit(length);
      use_separator = true;
      min_width -= length;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;
    }
  } else {
    emit(std::max<int64_t>(std::max(remaining, min_width), 1));
  }
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

// The pieces of one formatted number before padding.
struct NumberParts {
  std::string sign;
  std::string prefix;
  std::string digits;  // the integer digits, ungrouped
  std::string rest;    // decimal point, fraction, exponent, suffix
};

std::string sign_for(bool negative, char sign_option) {
  if (negative) return "-";
  if (sign_option == '+') return "+";
  if (sign_option == ' ') return " ";
  return "";
}

// The number's text without padding; `min_width` > 0 zero-pads the digits.
std::string layout_number(const NumberParts& parts, const Spec& spec, int64_t min_width) {
  std::string grouped;
  if (parts.digits.empty()) {
    // inf and nan: zero padding, but nothing to group.
    grouped = std::string(static_cast<size_t>(std::max<int64_t>(0, min_width)), '0');
  } else {
    grouped = group_digits(parts.digits, min_width, spec.grouping, spec.group_size);
  }
  return parts.sign + parts.prefix + grouped + parts.rest;
}

std::string pad(const std::string& body, const Spec& spec, char default_align,
                size_t sign_prefix_length) {
  int64_t length = static_cast<int64_t>(code_point_count(body));
  if (spec.width <= length) return body;
  auto padding = static_cast<size_t>(spec.width - length);
  char align = spec.align ? spec.align : default_align;
  auto fill = [&](size_t count) {
    std::string out;
    for (size_t i = 0; i < count; ++i) out += spec.fill;
    return out;
  };
  switch (align) {
    case '<':
      return body + fill(padding);
    case '^':
      return fill(padding / 2) + body + fill(padding - padding / 2);
    case '=':
      return body.substr(0, sign_prefix_length) + fill(padding) + body.substr(sign_prefix_length);
    default:
      return fill(padding) + body;
  }
}

std::string finish_number(const NumberParts& parts, const Spec& spec) {
  int64_t min_width = 0;
  if (spec.fill == "0" && spec.align == '=') {
    min_width = spec.width - static_cast<int64_t>(parts.sign.size() + parts.prefix.size() +
                                                  code_point_count(parts.rest));
  }
  std::string body = layout_number(parts, spec, min_width);
  return pad(body, spec, '>', parts.sign.size() + parts.prefix.size());
}

// Splits formatted float text ("-1234.5e+03") into parts.
NumberParts split_float_text(const std::string& text, char sign_option) {
  NumberParts parts;
  size_t pos = 0;
  bool negative = !text.empty() && text[0] == '-';
  if (negative) pos = 1;
  size_t digits_end = pos;
  while (digits_end < text.size() && text[digits_end] >= '0' && text[digits_end] <= '9') {
    ++digits_end;
  }
  parts.sign = sign_for(negative, sign_option);
  parts.digits = text.substr(pos, digits_end - pos);
  parts.rest = text.substr(digits_end);
  return parts;
}

// Removes the minus sign of a result that rounded to zero ('z').
void drop_negative_zero(std::string& text) {
  if (text.empty() || text[0] != '-') return;
  for (size_t i = 1; i < text.size(); ++i) {
    char c = text[i];
    if (c == 'e' || c == 'E' || c == '%') break;
    if (c >= '1' && c <= '9') return;
    if (c != '0' && c != '.') return;
  }
  text.erase(0, 1);
}

// The float text for a spec's type and precision (the type is one of
// e E f F g G % n or none).
std::string float_text(double x, const Spec& spec, bool complex_part, char& type_out) {
  char type = spec.type;
  int64_t precision = spec.precision;
  bool add_dot_zero = false;
  std::string suffix;
  if (type == 0) {
    if (precision < 0) {
      type = 'r';
    } else {
      type = 'g';
      add_dot_zero = !complex_part;
    }
    if (!complex_part && type == 'r') add_dot_zero = true;
  } else if (type == 'n') {
    type = 'g';
  } else if (type == '%') {
    type = 'f';
    x *= 100;
    suffix = "%";
  }
  if (precision < 0 && type != 'r') precision = 6;
  if (precision > 1000) precision = 1000;
  type_out = type;
  std::string text =
      double_to_string(x, type, static_cast<int>(precision), spec.alternate, add_dot_zero);
  if (spec.no_negative_zero) drop_negative_zero(text);
  return text + suffix;
}

}  // namespace

namespace {

// `x` in printf's e, f or g style with `precision` (to_chars rounds exactly
// as printf does, and much faster).
std::string chars_of(double x, std::chars_format format, int precision) {
  char buffer[128];
  std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, x, format, precision);
  if (result.ec == std::errc()) return std::string(buffer, result.ptr);
  std::string out(static_cast<size_t>(precision) + 400, '\0');
  result = std::to_chars(out.data(), out.data() + out.size(), x, format, precision);
  out.resize(static_cast<size_t>(result.ptr - out.data()));
  return out;
}

}  // namespace

std::string double_to_string(double x, char type, int precision, bool alternate,
                             bool add_dot_zero) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) {
    if (upper) return x > 0 ? "INF" : "-INF";
    return x > 0 ? "inf" : "-inf";
  }
  char lower = static_cast<char>(type | 0x20);
  std::string out;
  if (type == 'r') {
    out = add_dot_zero ? float_repr(x) : float_repr_no_dot_zero(x);
  } else if (lower == 'g' && (alternate || add_dot_zero)) {
    // %g by hand: the style follows the exponent X that %e gives. For
    // format()'s empty type with a precision (add_dot_zero) the exponent
    // style starts one digit earlier, since ".0" must still fit.
    int digits = precision == 0 ? 1 : precision;
    out = chars_of(x, std::chars_format::scientific, digits - 1);
    int exponent = std::atoi(out.c_str() + out.find('e') + 1);
    int fixed_limit = add_dot_zero ? digits - 1 : digits;
    if (exponent < fixed_limit && exponent >= -4) {
      out = chars_of(x, std::chars_format::fixed, digits - 1 - exponent);
    }
    if (!alternate && out.find('.') != std::string::npos) {
      // Without '#', no trailing zeros in the mantissa, nor a bare point.
      size_t end = std::min(out.find('e'), out.size());
      size_t keep = out.find_last_not_of('0', end - 1);
      if (out[keep] == '.') --keep;
      out.erase(keep + 1, end - keep - 1);
    }
  } else {
    out = chars_of(x, lower == 'e'   ? std::chars_format::scientific
                      : lower == 'f' ? std::chars_format::fixed
                                     : std::chars_format::general,
                   precision);
  }
  if (alternate && out.find('.') == std::string::npos) {
    size_t e = out.find('e');
    out.insert(e == std::string::npos ? out.size() : e, ".");
  }
  if (upper) std::replace(out.begin(), out.end(), 'e', 'E');
  if (add_dot_zero && out.find_first_of(".eE") == std::string::npos) out += ".0";
  return out;
}

std::string format_int(Value exact_int, std::string_view spec_text, std::string_view type_name) {
  Spec spec = parse_spec(spec_text, type_name, 'd');
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(int_to_double(exact_int), spec_text, type_name);
    default:
      unknown_code(spec.type, type_name);
  }
  if (spec.precision >= 0) throw_value_error("Precision not allowed in integer format specifier");
  if (spec.no_negative_zero) {
    throw_value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  NumberParts parts;
  if (spec.type == 'c') {
    if (spec.sign) throw_value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      throw_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t code;
    if (!int_to_int64(exact_int, code)) throw_overflow_error("Python int too large to convert to C long");
    if (code < 0 || code > 0x10FFFF) throw_overflow_error("%c arg not in range(0x110000)");
    std::string character;
    unicode::append_utf8(character, static_cast<char32_t>(code));
    parts.rest = character;
    Spec plain = spec;
    plain.grouping = 0;
    return finish_number(parts, plain);
  }
  bool negative = int_sign(exact_int) < 0;
  parts.sign = sign_for(negative, spec.sign);
  int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : (spec.type == 'x' || spec.type == 'X') ? 16 : 10;
  if (base == 10) {
    parts.digits = int_to_decimal(exact_int);
    if (negative) parts.digits.erase(0, 1);
  } else {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(exact_int, z);
    mpz_abs(z, z);
    std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(digits.data(), spec.type == 'X' ? -16 : base, z);
    digits.resize(std::char_traits<char>::length(digits.c_str()));
    mpz_clear(z);
    parts.digits = digits;
    if (spec.alternate) {
      parts.prefix = base == 2 ? "0b" : base == 8 ? "0o" : spec.type == 'X' ? "0X" : "0x";
    }
  }
  return finish_number(parts, spec);
}

std::string format_float(double x, std::string_view spec_text, std::string_view type_name) {
  Spec spec = parse_spec(spec_text, type_name, 0);
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
      break;
    default:
      unknown_code(spec.type, type_name);
  }
  char type;
  std::string text = float_text(x, spec, false, type);
  return finish_number(split_float_text(text, spec.sign), spec);
}

std::string format_complex(double real, double imag, std::string_view spec_text,
                           std::string_view type_name) {
  Spec spec = parse_spec(spec_text, type_name, 0);
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknown_code(spec.type, type_name);
  }
  if (spec.fill == "0") throw_value_error("Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') {
    throw_value_error("'=' alignment flag is not allowed in complex format specifier");
  }
  bool skip_real = false;
  bool parens = false;
  if (spec.type == 0) {
    if (real == 0.0 && !std::signbit(real)) {
      skip_real = true;
    } else {
      parens = true;
    }
  }
  char type;
  Spec part_spec = spec;
  part_spec.width = -1;
  part_spec.align = '<';
  part_spec.fill = " ";
  std::string real_text = float_text(real, part_spec, true, type);
  std::string imag_text = float_text(imag, part_spec, true, type);
  std::string body;
  if (!skip_real) {
    body += layout_number(split_float_text(real_text, spec.sign), part_spec, 0);
    part_spec.sign = '+';
  }
  body += layout_number(split_float_text(imag_text, part_spec.sign), part_spec, 0);
  body += "j";
  if (parens) body = "(" + body + ")";
  return pad(body, spec, '>', 0);
}

bool is_number_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view strip_number_spaces(std::string_view text) {
  size_t start = 0;
  size_t end = text.size();
  while (start < end && is_number_space(static_cast<unsigned char>(text[start]))) ++start;
  while (end > start && is_number_space(static_cast<unsigned char>(text[end - 1]))) --end;
  return text.substr(start, end - start);
}

}  // namespace krait
