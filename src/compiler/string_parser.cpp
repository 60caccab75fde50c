// String literals, as CPython 3.11's Parser/string_parser.c turns them into
// AST nodes (see string_parser.h for the contract).
//
// Three layers:
//  - character names for "\N{...}" (ICU plus the name aliases ICU lacks);
//  - escape decoding for str and bytes bodies, reproducing the
//    'unicodeescape' codec's errors and their byte positions, which CPython
//    counts in a rewritten copy of the literal where every non-ASCII
//    character is spelled "\UXXXXXXXX" (escaped_offset() recomputes them);
//  - f-strings: the literal/expression scanner, replacement fields, and the
//    merging of literal parts across concatenated tokens.
//
// Locations follow 3.11 to the letter, quirks included: the Constant parts
// and FormattedValue nodes of a JoinedStr carry the location of the whole
// concatenation, a nested format spec (and the literal after its last
// replacement field) carries the location of the token holding it, and only
// the expressions inside replacement fields get exact positions.
#include "compiler/string_parser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/syntax_error.h"
#include "runtime/unicode.h"

namespace krait {

void StringParserHost::raise_syntax_error(const std::string& message, const Token& last_string) {
  SyntaxErrorInfo info;
  info.message = message;
  info.filename = filename();
  info.lineno = info.end_lineno = last_string.end_lineno;
  std::string_view line = line_text(last_string.end_lineno);
  info.offset = character_offset(line, last_string.end_col_offset);
  info.end_offset = info.offset + 1;
  info.text = std::string(line);
  info.has_text = !line.empty();
  throw SyntaxErrorException(std::move(info));
}

namespace {

constexpr char32_t kNoCharacter = unicode::kInvalid;

// ---------------------------------------------------------------------------
// Character names

struct NameAlias {
  std::string_view name;
  char32_t code_point;
};

constexpr NameAlias kNameAliases[] = {
#include "compiler/unicode_name_aliases.inc"
};

// Jamo short names, in the order of the Hangul syllable formula
// (Unicode §3.12): leading consonants, vowels, trailing consonants.
constexpr std::string_view kHangulLeading[] = {"G", "GG", "N", "D", "DD", "R", "M",
                                               "B", "BB", "S", "SS", "",  "J", "JJ",
                                               "C", "K",  "T", "P", "H"};
constexpr std::string_view kHangulVowel[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                             "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                             "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr std::string_view kHangulTrailing[] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH",
                                                "D", "L",  "LG", "LM", "LB", "LS", "LT",
                                                "LP", "LH", "M", "B",  "BS", "S",  "SS",
                                                "NG", "J", "C",  "K",  "T",  "P",  "H"};

// The longest jamo name in `table` that `text` starts with (CPython matches
// greedily and case-sensitively); -1 if none, "" counting as a match.
template <size_t N>
int match_jamo(std::string_view text, const std::string_view (&table)[N], size_t& length) {
  int found = -1;
  length = 0;
  for (size_t i = 0; i < N; ++i) {
    std::string_view jamo = table[i];
    if ((found < 0 || jamo.size() > length) && text.substr(0, jamo.size()) == jamo) {
      found = static_cast<int>(i);
      length = jamo.size();
    }
  }
  return found;
}

char32_t lookup_hangul_syllable(std::string_view rest) {
  size_t length;
  int leading = match_jamo(rest, kHangulLeading, length);
  rest.remove_prefix(length);
  int vowel = match_jamo(rest, kHangulVowel, length);
  rest.remove_prefix(length);
  int trailing = match_jamo(rest, kHangulTrailing, length);
  rest.remove_prefix(length);
  if (leading < 0 || vowel < 0 || trailing < 0 || !rest.empty()) return kNoCharacter;
  return 0xAC00 + (leading * 21 + vowel) * 28 + trailing;
}

// The CJK unified ideograph ranges of Unicode 14.0 (later versions add more,
// which CPython 3.11 does not name).
bool is_unified_ideograph(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B738) ||
         (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1) ||
         (cp >= 0x2CEB0 && cp <= 0x2EBE0) || (cp >= 0x30000 && cp <= 0x3134A);
}

char32_t lookup_unified_ideograph(std::string_view hex) {
  // Four or five upper-case hex digits, as CPython's parser of these names.
  if (hex.size() != 4 && hex.size() != 5) return kNoCharacter;
  char32_t cp = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9') {
      cp = cp * 16 + (c - '0');
    } else if (c >= 'A' && c <= 'F') {
      cp = cp * 16 + (c - 'A' + 10);
    } else {
      return kNoCharacter;
    }
  }
  return is_unified_ideograph(cp) ? cp : kNoCharacter;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != prefix[i]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Errors and warnings

// Reports errors and warnings through the host. Errors are all located by the
// host (see StringParserHost::raise_syntax_error); a warning names the line of
// the STRING token being decoded, as CPython's does.
struct Reporter {
  StringParserHost& host;
  const Token& last_string;

  [[noreturn]] void error(const std::string& message) const {
    host.raise_syntax_error(message, last_string);
    // An override must not return; if one does, the default still raises
    // (and the compiler, which cannot see [[noreturn]] through a virtual
    // call, knows it).
    host.StringParserHost::raise_syntax_error(message, last_string);
  }

  // CPython warns once per decoded piece, about its first invalid escape.
  void invalid_escape(std::string_view escape, const Token& token) const {
    bool octal = escape[0] >= '4' && escape[0] <= '7';
    CompileWarning warning;
    warning.category = "DeprecationWarning";
    warning.message = octal ? "invalid octal escape sequence '\\" : "invalid escape sequence '\\";
    warning.message.append(escape.substr(0, octal ? 3 : 1));
    warning.message += '\'';
    warning.lineno = token.lineno;
    warning.col_offset = token.col_offset;
    warning.end_lineno = token.end_lineno;
    warning.end_col_offset = token.end_col_offset;
    host.warn(std::move(warning));
  }
};

// ---------------------------------------------------------------------------
// Escape decoding

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

size_t utf8_sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// The offset that byte `pos` of `body` has in the copy CPython actually
// decodes: there a non-ASCII character takes 10 bytes ("\UXXXXXXXX") and a
// backslash before a non-ASCII character (or at the end) takes 6 ("\u005c").
// Error messages count positions in that copy. `pos` must not fall between a
// backslash and the ASCII character it escapes.
size_t escaped_offset(std::string_view body, size_t pos) {
  size_t offset = 0;
  size_t i = 0;
  while (i < pos) {
    auto c = static_cast<unsigned char>(body[i]);
    if (c == '\\') {
      ++i;
      ++offset;
      if (i >= body.size() || static_cast<unsigned char>(body[i]) >= 0x80) {
        offset += 5;
      } else {
        ++i;
        ++offset;
      }
    } else if (c >= 0x80) {
      i += utf8_sequence_length(c);
      offset += 10;
    } else {
      ++i;
      ++offset;
    }
  }
  return offset;
}

// The UnicodeDecodeError CPython turns into "(unicode error) ...". An escape
// always spans at least two bytes, so the message has the "bytes in position
// a-b" form.
[[noreturn]] void raise_unicode_escape_error(const Reporter& reporter, std::string_view body,
                                             size_t start, size_t end, const char* reason) {
  std::string message = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
  message += std::to_string(escaped_offset(body, start));
  message += '-';
  message += std::to_string(escaped_offset(body, end) - 1);
  message += ": ";
  message += reason;
  reporter.error(message);
}

// The source is UTF-8 that nothing has validated yet (CPython's tokenizer
// decodes neither a file without an encoding declaration nor one declaring
// UTF-8), so str literals are checked here, as CPython's string parser
// decodes them: a body without escapes to decode (raw, or without a
// backslash) in one piece, so that a UnicodeDecodeError counts positions from
// the start of the body.
void check_utf8(const Reporter& reporter, std::string_view text) {
  if (unicode::is_valid_utf8(text)) return;
  reporter.error("(unicode error) " + unicode::utf8_decode_error(text));
}

// A body with escapes goes through the 'unicodeescape' codec, which CPython
// feeds after decoding each run of non-ASCII bytes on its own: positions
// count from the start of the run.
void check_utf8_runs(const Reporter& reporter, std::string_view body) {
  size_t i = 0;
  while (i < body.size()) {
    if (static_cast<unsigned char>(body[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < body.size() && static_cast<unsigned char>(body[i]) >= 0x80) ++i;
    check_utf8(reporter, body.substr(start, i - start));
  }
}

// Appends the str value of the non-raw literal body `body` to `out` (the
// 'unicodeescape' codec on the UTF-8 text). Warns about the first invalid
// escape, on `token`'s line.
void decode_str_escapes(const Reporter& reporter, std::string_view body, const Token& token,
                        std::string& out) {
  check_utf8_runs(reporter, body);
  std::string_view first_invalid;
  size_t n = body.size();
  size_t i = 0;
  while (i < n) {
    // Copy the run up to the next backslash in one go: the common case.
    size_t next = body.find('\\', i);
    if (next == std::string_view::npos) next = n;
    out.append(body.data() + i, next - i);
    i = next;
    if (i >= n) break;

    size_t start = i++;
    if (i >= n || static_cast<unsigned char>(body[i]) >= 0x80) {
      // A backslash before a non-ASCII character stays a backslash.
      out += '\\';
      continue;
    }
    char c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t value = c - '0';
        for (int digits = 1; digits < 3 && i < n && body[i] >= '0' && body[i] <= '7'; ++digits) {
          value = value * 8 + (body[i++] - '0');
        }
        if (value > 0377 && first_invalid.empty()) first_invalid = body.substr(i - 3, 3);
        unicode::append_utf8(out, value);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* reason = c == 'x'   ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        char32_t value = 0;
        for (; count > 0; --count, ++i) {
          int digit = i < n ? hex_value(body[i]) : -1;
          if (digit < 0) raise_unicode_escape_error(reporter, body, start, i, reason);
          value = value * 16 + digit;
        }
        if (value > 0x10FFFF) {
          raise_unicode_escape_error(reporter, body, start, i, "illegal Unicode character");
        }
        unicode::append_utf8(out, value);
        break;
      }
      case 'N': {
        const char* reason = "malformed \\N character escape";
        if (i >= n || body[i] != '{') raise_unicode_escape_error(reporter, body, start, i, reason);
        size_t name_start = ++i;
        while (i < n && body[i] != '}') ++i;
        if (i >= n || i == name_start) raise_unicode_escape_error(reporter, body, start, i, reason);
        char32_t cp = lookup_character_name(body.substr(name_start, i - name_start));
        ++i;
        if (cp == kNoCharacter) {
          raise_unicode_escape_error(reporter, body, start, i, "unknown Unicode character name");
        }
        unicode::append_utf8(out, cp);
        break;
      }
      default:
        if (first_invalid.empty()) first_invalid = body.substr(i - 1, 1);
        out += '\\';
        out += c;
        break;
    }
  }
  if (!first_invalid.empty()) reporter.invalid_escape(first_invalid, token);
}

// Appends the bytes value of the non-raw bytes literal body `body` to `out`
// (CPython's _PyBytes_DecodeEscape). The body is known to be ASCII.
void decode_bytes_escapes(const Reporter& reporter, std::string_view body, const Token& token,
                          std::string& out) {
  std::string_view first_invalid;
  size_t n = body.size();
  size_t i = 0;
  while (i < n) {
    size_t next = body.find('\\', i);
    if (next == std::string_view::npos) next = n;
    out.append(body.data() + i, next - i);
    i = next;
    if (i >= n) break;

    size_t start = i++;
    if (i >= n) reporter.error("(value error) Trailing \\ in string");
    char c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = c - '0';
        for (int digits = 1; digits < 3 && i < n && body[i] >= '0' && body[i] <= '7'; ++digits) {
          value = value * 8 + (body[i++] - '0');
        }
        if (value > 0377 && first_invalid.empty()) first_invalid = body.substr(i - 3, 3);
        out += static_cast<char>(value & 0xFF);
        break;
      }
      case 'x': {
        int high = i + 1 < n ? hex_value(body[i]) : -1;
        int low = i + 1 < n ? hex_value(body[i + 1]) : -1;
        if (high < 0 || low < 0) {
          reporter.error("(value error) invalid \\x escape at position " + std::to_string(start));
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
        break;
      }
      default:
        if (first_invalid.empty()) first_invalid = body.substr(i - 1, 1);
        out += '\\';
        --i;  // the character after the backslash is kept as it is
        break;
    }
  }
  if (!first_invalid.empty()) reporter.invalid_escape(first_invalid, token);
}

// ---------------------------------------------------------------------------
// Tokens

struct StringToken {
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  // The text between the quotes.
  std::string_view body;
};

// Splits a STRING token's text (prefix letters, then the quoted body, as the
// tokenizer guarantees) into its prefix flags and body.
StringToken split_string_token(std::string_view text) {
  StringToken result;
  size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    switch (text[i]) {
      case 'b': case 'B': result.bytes = true; break;
      case 'r': case 'R': result.raw = true; break;
      case 'f': case 'F': result.fstring = true; break;
      default: break;  // u, U
    }
  }
  char quote = i < text.size() ? text[i] : '"';
  size_t quotes = 1;
  if (i + 6 <= text.size() && text[i + 1] == quote && text[i + 2] == quote) quotes = 3;
  size_t begin = std::min(i + quotes, text.size());
  size_t end = text.size() >= begin + quotes ? text.size() - quotes : begin;
  result.body = text.substr(begin, end - begin);
  return result;
}

// ---------------------------------------------------------------------------
// Concatenation and f-strings

constexpr int kMaxFStringParens = 200;
constexpr const char* kExpectingBrace = "f-string: expecting '}'";

template <class T>
T* located(Arena& arena, const Token& first, const Token& last) {
  T* node = ast::make<T>(arena);
  node->lineno = first.lineno;
  node->col_offset = first.col_offset;
  node->end_lineno = last.end_lineno;
  node->end_col_offset = last.end_col_offset;
  return node;
}

// The values of one JoinedStr being built (CPython's FstringParser): the
// finished parts, and the literal text not yet turned into a Constant.
struct Parts {
  std::vector<ast::ExprNode*> values;
  std::string literal;
  bool fmode = false;
};

class Concatenation {
 public:
  Concatenation(StringParserHost& host, std::span<const Token> tokens)
      : host_(host),
        arena_(host.arena()),
        first_(tokens.front()),
        last_(tokens.back()),
        reporter_{host, tokens.back()} {}

  ast::ExprNode* run(std::span<const Token> tokens);

 private:
  // `text`, a part of a token, as a value that lives as long as the AST.
  std::string_view token_text(std::string_view text);
  ast::Constant* make_str(std::string_view text, const Token& first, const Token& last);
  void flush_literal(Parts& parts, const Token& first, const Token& last);
  void parse_fstring(Parts& parts, std::string_view body, size_t& pos, bool raw, int depth,
                     const Token& token);
  bool find_literal(Parts& parts, std::string_view body, size_t& pos, bool raw, int depth,
                    const Token& token);
  ast::FormattedValue* find_expression(Parts& parts, std::string_view body, size_t& pos, bool raw,
                                       int depth, const Token& token);
  ast::ExprNode* compile_expression(std::string_view body, size_t open_brace, size_t expr_end,
                                    const Token& token);

  StringParserHost& host_;
  Arena& arena_;
  const Token& first_;
  const Token& last_;
  Reporter reporter_;
  std::string wrapped_;
  // How far compile_expression has scanned the current token for newlines:
  // fields come in source order, so each byte is scanned once, not once per
  // field (100 000 fields in one literal would otherwise take minutes).
  const char* scanned_token_ = nullptr;
  const char* scanned_to_ = nullptr;
  int scanned_lines_ = 0;
  const char* scanned_line_start_ = nullptr;
};

ast::Constant* Concatenation::make_str(std::string_view text, const Token& first,
                                       const Token& last) {
  auto* node = located<ast::Constant>(arena_, first, last);
  node->value.kind = ast::ConstantValue::Kind::Str;
  node->value.text = ast::Str(text);
  // Only a lower-case u on the first token counts (CPython looks at its
  // first character).
  if (!first.text.empty() && first.text[0] == 'u') node->kind = ast::Str(std::string_view("u"));
  return node;
}

std::string_view Concatenation::token_text(std::string_view text) {
  return host_.token_text_outlives_ast() ? text : arena_.copy(text);
}

void Concatenation::flush_literal(Parts& parts, const Token& first, const Token& last) {
  if (parts.literal.empty()) return;
  parts.values.push_back(make_str(arena_.copy(parts.literal), first, last));
  parts.literal.clear();
}

ast::ExprNode* Concatenation::run(std::span<const Token> tokens) {
  // A single literal without escapes is the common case: its value is the
  // token text itself, shared when that text outlives the AST.
  if (tokens.size() == 1) {
    StringToken only = split_string_token(tokens[0].text);
    if (!only.fstring && !only.bytes &&
        (only.raw || only.body.find('\\') == std::string_view::npos)) {
      check_utf8(reporter_, only.body);
      return make_str(token_text(only.body), first_, last_);
    }
  }

  bool bytes_mode = false;
  std::string bytes;
  Parts parts;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    StringToken piece = split_string_token(token.text);
    if (piece.bytes) {
      for (char c : piece.body) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          reporter_.error("bytes can only contain ASCII literal characters");
        }
      }
      if (piece.raw) {
        bytes.append(piece.body);
      } else {
        decode_bytes_escapes(reporter_, piece.body, token, bytes);
      }
    } else if (!piece.fstring) {
      if (piece.raw || piece.body.find('\\') == std::string_view::npos) {
        check_utf8(reporter_, piece.body);
        parts.literal.append(piece.body);
      } else {
        decode_str_escapes(reporter_, piece.body, token, parts.literal);
      }
    }
    if (i != 0 && bytes_mode != piece.bytes) {
      reporter_.error("cannot mix bytes and nonbytes literals");
    }
    bytes_mode = piece.bytes;
    if (piece.fstring) {
      parts.fmode = true;
      size_t pos = 0;
      parse_fstring(parts, piece.body, pos, piece.raw, 0, token);
    }
  }

  if (bytes_mode) {
    auto* node = located<ast::Constant>(arena_, first_, last_);
    node->value.kind = ast::ConstantValue::Kind::Bytes;
    node->value.text = ast::Str(arena_.copy(bytes));
    return node;
  }
  if (!parts.fmode) return make_str(arena_.copy(parts.literal), first_, last_);
  flush_literal(parts, first_, last_);
  auto* joined = located<ast::JoinedStr>(arena_, first_, last_);
  joined->values = ast::make_seq<ast::ExprNode*>(arena_, parts.values);
  return joined;
}

// Parses f-string text from `pos` to the end of `body` (depth 0) or to the
// '}' closing a format spec (depth 1), adding literals and replacement fields
// to `parts` (CPython's _PyPegen_FstringParser_ConcatFstring).
void Concatenation::parse_fstring(Parts& parts, std::string_view body, size_t& pos, bool raw,
                                  int depth, const Token& token) {
  while (true) {
    if (find_literal(parts, body, pos, raw, depth, token)) continue;
    if (pos >= body.size() || body[pos] == '}') break;
    ast::FormattedValue* field = find_expression(parts, body, pos, raw, depth, token);
    flush_literal(parts, first_, last_);
    parts.values.push_back(field);
  }
  if (depth != 0 && (pos >= body.size() || body[pos] != '}')) {
    reporter_.error(kExpectingBrace);
  }
}

// Scans literal text from `pos` up to a '{' that opens a replacement field, a
// '}' (the end of a format spec), or the end, and appends its value to
// parts.literal. Returns true when it stopped after a doubled brace at depth
// 0 (the caller loops), leaving `pos` past the second brace.
bool Concatenation::find_literal(Parts& parts, std::string_view body, size_t& pos, bool raw,
                                 int depth, const Token& token) {
  size_t n = body.size();
  size_t start = pos;
  size_t i = pos;
  bool doubled = false;
  while (i < n) {
    char c = body[i++];
    if (!raw && c == '\\' && i < n) {
      c = body[i++];
      if (c == 'N') {
        // "\N{...}": its braces are not replacement fields.
        if (i < n && body[i++] == '{') {
          while (i < n && body[i++] != '}') {
          }
          continue;
        }
        break;  // a malformed \N: decoding the literal reports it
      }
      // "\{" warns here, though the '{' still opens a field and the
      // backslash stays in the literal.
      if (c == '{') reporter_.invalid_escape("{", token);
    }
    if (c == '{' || c == '}') {
      if (depth == 0) {
        if (i < n && body[i] == c) {
          pos = i + 1;
          doubled = true;
          break;
        }
        if (c == '}') reporter_.error("f-string: single '}' is not allowed");
      }
      --i;
      break;
    }
  }
  size_t end = i;
  if (!doubled) pos = i;
  if (end != start) {
    std::string_view text = body.substr(start, end - start);
    if (raw) {
      check_utf8(reporter_, text);
      parts.literal.append(text);
    } else {
      decode_str_escapes(reporter_, text, token, parts.literal);
    }
  }
  return doubled;
}

// Parses the replacement field starting at the '{' at `pos` and leaves `pos`
// past its closing '}' (CPython's fstring_find_expr). The `=` text, if any,
// goes to parts.literal.
ast::FormattedValue* Concatenation::find_expression(Parts& parts, std::string_view body,
                                                    size_t& pos, bool raw, int depth,
                                                    const Token& token) {
  if (depth >= 2) reporter_.error("f-string: expressions nested too deeply");
  size_t n = body.size();
  size_t open_brace = pos;
  size_t i = pos + 1;
  size_t expr_start = i;
  char quote = 0;
  bool triple = false;
  char parens[kMaxFStringParens];
  int nesting = 0;
  for (; i < n; ++i) {
    char c = body[i];
    if (c == '\\') reporter_.error("f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote) {
        if (!triple) {
          quote = 0;
        } else if (i + 2 < n && body[i + 1] == c && body[i + 2] == c) {
          i += 2;
          quote = 0;
          triple = false;
        }
      }
    } else if (c == '\'' || c == '"') {
      triple = i + 2 < n && body[i + 1] == c && body[i + 2] == c;
      if (triple) i += 2;
      quote = c;
    } else if (c == '[' || c == '{' || c == '(') {
      if (nesting >= kMaxFStringParens) reporter_.error("f-string: too many nested parenthesis");
      parens[nesting++] = c;
    } else if (c == '#') {
      reporter_.error("f-string expression part cannot include '#'");
    } else if (nesting == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' ||
                                c == '<')) {
      // "!=", "==", "<=" and ">=" are operators, and '<' and '>' never end
      // the expression.
      if (i + 1 < n && body[i + 1] == '=' && c != ':' && c != '}') {
        ++i;
        continue;
      }
      if (c == '>' || c == '<') continue;
      break;
    } else if (c == ']' || c == '}' || c == ')') {
      if (nesting == 0) reporter_.error(std::string("f-string: unmatched '") + c + "'");
      char opening = parens[--nesting];
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        reporter_.error(std::string("f-string: closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + opening + "'");
      }
    }
  }
  size_t expr_end = i;
  if (quote) reporter_.error("f-string: unterminated string");
  if (nesting) reporter_.error(std::string("f-string: unmatched '") + parens[nesting - 1] + "'");
  if (i >= n) reporter_.error(kExpectingBrace);

  // The expression is parsed first, so that its errors come before those of
  // the conversion and format spec.
  ast::ExprNode* expression = compile_expression(body, open_brace, expr_end, token);

  bool self_documenting = false;
  if (body[i] == '=') {
    ++i;
    while (i < n && (body[i] == ' ' || (body[i] >= '\t' && body[i] <= '\r'))) ++i;
    parts.literal.append(body.substr(expr_start, i - expr_start));
    self_documenting = true;
  }

  int conversion = -1;
  if (i < n && body[i] == '!') {
    ++i;
    if (i >= n) reporter_.error(kExpectingBrace);
    conversion = static_cast<unsigned char>(body[i++]);
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      reporter_.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }

  ast::ExprNode* format_spec = nullptr;
  if (i >= n) reporter_.error(kExpectingBrace);
  if (body[i] == ':') {
    ++i;
    if (i >= n) reporter_.error(kExpectingBrace);
    // The spec is a JoinedStr of its own, located at this token; its
    // replacement fields still take the location of the whole concatenation.
    Parts spec;
    spec.fmode = true;
    parse_fstring(spec, body, i, raw, depth + 1, token);
    flush_literal(spec, token, token);
    auto* joined = located<ast::JoinedStr>(arena_, token, token);
    joined->values = ast::make_seq<ast::ExprNode*>(arena_, spec.values);
    format_spec = joined;
  }
  if (i >= n || body[i] != '}') reporter_.error(kExpectingBrace);
  pos = i + 1;

  if (self_documenting && !format_spec && conversion == -1) conversion = 'r';
  auto* field = located<ast::FormattedValue>(arena_, first_, last_);
  field->value = expression;
  field->conversion = conversion;
  field->format_spec = format_spec;
  return field;
}

// Parses the expression between the '{' at `open_brace` and `expr_end` as
// "(" + text + ")", positioned as CPython 3.11 positions it: lines count the
// newlines of the token before the brace; columns count from the last of
// them (or, on the token's first line, from the token's own column), unless
// only whitespace separates the brace from a newline.
ast::ExprNode* Concatenation::compile_expression(std::string_view body, size_t open_brace,
                                                 size_t expr_end, const Token& token) {
  std::string_view text = body.substr(open_brace + 1, expr_end - open_brace - 1);
  if (text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
    char terminator = body[expr_end];
    if (terminator == '!' || terminator == ':' || terminator == '=') {
      reporter_.error(std::string("f-string: expression required before '") + terminator + "'");
    }
    reporter_.error("f-string: empty expression not allowed");
  }

  const char* token_begin = token.text.data();
  const char* brace = body.data() + open_brace;
  if (scanned_token_ != token_begin || scanned_to_ > brace) {
    scanned_token_ = token_begin;
    scanned_to_ = token_begin;
    scanned_lines_ = 0;
    scanned_line_start_ = token_begin;
  }
  for (; scanned_to_ < brace; ++scanned_to_) {
    if (*scanned_to_ == '\n') {
      ++scanned_lines_;
      scanned_line_start_ = scanned_to_ + 1;
    }
  }
  int lines = scanned_lines_;
  bool newline_after_brace = true;
  for (char c : text) {
    if (c == '\n') break;
    if (c != ' ' && c != '\t' && c != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  int cols = newline_after_brace ? 0 : static_cast<int>(brace - scanned_line_start_);
  int starting_lineno = token.lineno + lines;
  int starting_col_offset = lines != 0 ? cols : token.col_offset + cols;

  wrapped_.clear();
  wrapped_.push_back('(');
  wrapped_.append(text);
  wrapped_.push_back(')');
  return host_.parse_fstring_expression(wrapped_, starting_lineno, starting_col_offset);
}

}  // namespace

char32_t lookup_character_name(std::string_view name) noexcept {
  // The algorithmic names are matched case-sensitively, as CPython does;
  // ICU, which is more lenient with them, must not see these prefixes.
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  constexpr std::string_view kIdeograph = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul) {
    return lookup_hangul_syllable(name.substr(kHangul.size()));
  }
  if (name.substr(0, kIdeograph.size()) == kIdeograph) {
    return lookup_unified_ideograph(name.substr(kIdeograph.size()));
  }
  if (starts_with_ignoring_case(name, kHangul) || starts_with_ignoring_case(name, kIdeograph) ||
      starts_with_ignoring_case(name, "TANGUT IDEOGRAPH-")) {
    return kNoCharacter;  // CPython 3.11 names no Tangut ideograph
  }

  // Names are ASCII letters, digits, spaces and hyphens; anything else, or a
  // name longer than any real one, cannot match.
  char upper[128];
  if (name.empty() || name.size() >= sizeof upper) return kNoCharacter;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
    if (!ok) return kNoCharacter;
    upper[i] = c;
  }
  upper[name.size()] = '\0';
  std::string_view key(upper, name.size());

  const NameAlias* alias = std::lower_bound(
      std::begin(kNameAliases), std::end(kNameAliases), key,
      [](const NameAlias& entry, std::string_view k) { return entry.name < k; });
  if (alias != std::end(kNameAliases) && alias->name == key) return alias->code_point;

  UErrorCode status = U_ZERO_ERROR;
  UChar32 cp = u_charFromName(U_UNICODE_CHAR_NAME, upper, &status);
  if (U_FAILURE(status)) return kNoCharacter;
  // ICU may know a newer Unicode than CPython 3.11's 14.0.
  UVersionInfo age;
  u_charAge(cp, age);
  if (age[0] > 14) return kNoCharacter;
  return static_cast<char32_t>(cp);
}

ast::ExprNode* concatenate_strings(StringParserHost& host, std::span<const Token> tokens) {
  Concatenation concatenation(host, tokens);
  return concatenation.run(tokens);
}

}  // namespace krait
