// str.format / str.format_map (PEP 3101 field syntax), str.__format__, the
// format-spec mini-language's parser (shared with the numeric types), and
// printf-style `%` formatting of str.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

struct Str;

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  char32_t fill = ' ';
  char align = '\0';         // '<', '>', '^', '=' or '\0' (the type's default)
  char sign = '\0';          // '+', '-', ' ' or '\0'
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0' before the width
  int64_t width = -1;
  char grouping = '\0';  // ',' or '_' or '\0'
  int64_t precision = -1;
  char32_t type = '\0';
};

// Parses a format spec as CPython's parse_internal_render_format_spec;
// ValueError for a malformed spec ("Invalid format specifier", "Too many
// decimal digits in format string" …). `default_type` fills an absent type,
// `default_align` an absent alignment; `type_name` is the formatted object's
// type for the messages.
FormatSpec parse_format_spec(std::string_view spec, char default_type, char default_align,
                             std::string_view type_name);

// Pads UTF-8 `text` of `length` code points to spec.width with spec.fill and
// spec.align (the default alignment already applied) into `out`.
void append_padded(std::string& out, std::string_view text, size_t length, const FormatSpec& spec);

// The replacement-field syntax of str.format, shared with _string's parsers.
// One piece of a format string: literal text (a substring: an escaped "{{"
// or "}}" ends a literal piece with one brace) and, when has_field, the
// replacement field after it, unexpanded.
struct FormatPiece {
  std::string_view literal;
  bool has_field = false;
  std::string_view field_name;
  char32_t conversion = 0;  // 0: none
  std::string_view spec;
  bool spec_needs_expanding = false;  // spec holds nested fields
};
// Reads the piece at `pos` and moves past it; false at the end of `text`.
// ValueError with CPython's messages for a malformed string.
bool next_format_piece(std::string_view text, size_t& pos, FormatPiece& piece);
// The part of a field name before its first '.' or '['.
std::string_view field_name_first(std::string_view name);
// Reads the ".attr" or "[key]" part at `pos`; false at the end of `name`.
bool next_field_name_part(std::string_view name, size_t& pos, bool& is_attribute,
                          std::string_view& key);
// The value of an all-digit field name part, or -1 ("Too many decimal digits
// in format string" when it does not fit).
int64_t field_integer(std::string_view text);

// format(s, spec) for a str.
Str* str_format_spec(Str* s, std::string_view spec);
// "…" % args
Str* str_percent_format(Str* format, Value args);
// str.format(*args, **kwargs) with the kwargs as a mapping (or null).
Str* str_format(Str* format, const Value* args, size_t nargs, Value kwargs);

}  // namespace krait
