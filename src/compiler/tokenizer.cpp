// The tokenizer (see tokenizer.h). It walks the UTF-8 text with one cursor,
// line by line, the way CPython 3.11's Parser/tokenizer.c does, so that token
// boundaries, positions and the point at which each error is detected agree
// with CPython's. Error positions follow the two paths CPython reports
// tokenizer errors through: the tokenizer's own syntaxerror() (offset counted
// in characters up to the cursor, text without its newline) and the parser's
// known-location errors (offset in bytes + 1 unless an encoding was declared,
// text with its newline).
//
// TokenizerOptions::tokenize_module_compat switches the places where
// Lib/tokenize.py, a regular-expression tokenizer, differs on input the
// compiler would reject or treats differently; these are marked "compat".
#include "compiler/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "runtime/unicode.h"

namespace krait {

namespace {

// CPython's limits: MAXINDENT and MAXLEVEL in Parser/tokenizer.h.
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;
constexpr int kTabSize = 8;

struct KeywordEntry {
  std::string_view text;
  Keyword keyword;
};

constexpr KeywordEntry kKeywords[] = {
#define KRAIT_TOKEN(name, number, text)
#define KRAIT_KEYWORD(name, text) {text, Keyword::name},
#define KRAIT_SOFT_KEYWORD(name, text) {text, Keyword::name},
#include "compiler/tokens.def"
#undef KRAIT_TOKEN
#undef KRAIT_KEYWORD
#undef KRAIT_SOFT_KEYWORD
};

Keyword classify(std::string_view name) {
  if (name.size() > 8) return Keyword::NotKeyword;
  for (const KeywordEntry& entry : kKeywords) {
    if (entry.text.size() == name.size() && entry.text[0] == name[0] && entry.text == name) {
      return entry.keyword;
    }
  }
  return Keyword::NotKeyword;
}

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// CPython's is_potential_identifier_start/char: every non-ASCII byte may be
// part of an identifier until the whole name is checked.
bool is_identifier_start_byte(int c) { return is_ascii_letter(c) || c == '_' || c >= 128; }
bool is_identifier_byte(int c) { return is_identifier_start_byte(c) || is_digit(c); }

std::string hex4(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(cp));
  return buffer;
}

// The regular expression `\w` of Lib/tokenize.py's Name pattern for one code
// point: letters, digits and numerics, and '_'.
bool is_word_character(char32_t cp) { return cp == '_' || unicode::is_alnum(cp); }

// Lib/tokenize.py's number patterns, matched greedily at `p`; each returns the
// end of its match or nullptr.
const char* match_digits(const char* p, const char* end) {
  if (p >= end || !is_digit(*p)) return nullptr;
  ++p;
  for (;;) {
    if (p < end && is_digit(*p)) {
      ++p;
    } else if (p + 1 < end && *p == '_' && is_digit(p[1])) {
      p += 2;
    } else {
      return p;
    }
  }
}

const char* match_exponent(const char* p, const char* end) {
  if (p >= end || (*p != 'e' && *p != 'E')) return nullptr;
  ++p;
  if (p < end && (*p == '+' || *p == '-')) ++p;
  return match_digits(p, end);
}

const char* match_float(const char* p, const char* end) {
  const char* q = match_digits(p, end);
  if (q != nullptr && q < end && *q == '.') {
    ++q;
    if (const char* fraction = match_digits(q, end)) q = fraction;
  } else if (q == nullptr && p < end && *p == '.') {
    q = match_digits(p + 1, end);
    if (q == nullptr) return nullptr;
  } else {
    // Expfloat: digits followed by a mandatory exponent.
    return q == nullptr ? nullptr : match_exponent(q, end);
  }
  if (const char* exponent = match_exponent(q, end)) q = exponent;
  return q;
}

const char* match_prefixed_int(const char* p, const char* end, char lower, bool (*digit)(int)) {
  if (p + 1 >= end || p[0] != '0' || (p[1] | 0x20) != lower) return nullptr;
  const char* q = p + 2;
  const char* last = nullptr;
  for (;;) {
    if (q < end && digit(static_cast<unsigned char>(*q))) {
      ++q;
    } else if (q + 1 < end && *q == '_' && digit(static_cast<unsigned char>(q[1]))) {
      q += 2;
    } else {
      break;
    }
    last = q;
  }
  return last;
}

bool is_octal_digit(int c) { return c >= '0' && c <= '7'; }
bool is_binary_digit(int c) { return c == '0' || c == '1'; }

const char* match_tokenize_number(const char* p, const char* end) {
  // Imagnumber, Floatnumber, Intnumber: the first alternative that matches.
  if (const char* q = match_digits(p, end); q != nullptr && q < end && (*q | 0x20) == 'j') return q + 1;
  const char* flt = match_float(p, end);
  if (flt != nullptr) return flt < end && (*flt | 0x20) == 'j' ? flt + 1 : flt;
  if (const char* q = match_prefixed_int(p, end, 'x', is_hex_digit)) return q;
  if (const char* q = match_prefixed_int(p, end, 'b', is_binary_digit)) return q;
  if (const char* q = match_prefixed_int(p, end, 'o', is_octal_digit)) return q;
  if (p < end && *p == '0') {
    const char* q = p + 1;
    for (;;) {
      if (q < end && *q == '0') {
        ++q;
      } else if (q + 1 < end && *q == '_' && q[1] == '0') {
        q += 2;
      } else {
        return q;
      }
    }
  }
  return match_digits(p, end);
}

// Whether `line`, stripped as Python's str.strip() strips (Unicode white
// space), starts with '#'.
bool starts_with_comment(std::string_view line) {
  for (size_t pos = 0; pos < line.size();) {
    char32_t cp = unicode::decode_utf8(line, pos);
    bool space = (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 ||
                 cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
                 cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    if (!space) return cp == '#';
  }
  return false;
}

// Lib/tokenize.py's operators: EXACT_TOKEN_TYPES, longest first.
bool is_tokenize_operator_char(int c) { return c != 0 && std::strchr("()[]:,;+-*/|&<>=.%{}~^@!", c) != nullptr; }

TokenType one_char_type(int c) {
  switch (c) {
    case '(': return TokenType::LPAR;
    case ')': return TokenType::RPAR;
    case '[': return TokenType::LSQB;
    case ']': return TokenType::RSQB;
    case ':': return TokenType::COLON;
    case ',': return TokenType::COMMA;
    case ';': return TokenType::SEMI;
    case '+': return TokenType::PLUS;
    case '-': return TokenType::MINUS;
    case '*': return TokenType::STAR;
    case '/': return TokenType::SLASH;
    case '|': return TokenType::VBAR;
    case '&': return TokenType::AMPER;
    case '<': return TokenType::LESS;
    case '>': return TokenType::GREATER;
    case '=': return TokenType::EQUAL;
    case '.': return TokenType::DOT;
    case '%': return TokenType::PERCENT;
    case '{': return TokenType::LBRACE;
    case '}': return TokenType::RBRACE;
    case '^': return TokenType::CIRCUMFLEX;
    case '~': return TokenType::TILDE;
    case '@': return TokenType::AT;
    default: return TokenType::OP;
  }
}

TokenType two_char_type(int c1, int c2) {
  switch (c1) {
    case '!': if (c2 == '=') return TokenType::NOTEQUAL; break;
    case '%': if (c2 == '=') return TokenType::PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TokenType::AMPEREQUAL; break;
    case '*':
      if (c2 == '*') return TokenType::DOUBLESTAR;
      if (c2 == '=') return TokenType::STAREQUAL;
      break;
    case '+': if (c2 == '=') return TokenType::PLUSEQUAL; break;
    case '-':
      if (c2 == '=') return TokenType::MINEQUAL;
      if (c2 == '>') return TokenType::RARROW;
      break;
    case '/':
      if (c2 == '/') return TokenType::DOUBLESLASH;
      if (c2 == '=') return TokenType::SLASHEQUAL;
      break;
    case ':': if (c2 == '=') return TokenType::COLONEQUAL; break;
    case '<':
      if (c2 == '<') return TokenType::LEFTSHIFT;
      if (c2 == '=') return TokenType::LESSEQUAL;
      // The parser accepts it only under `from __future__ import barry_as_FLUFL`.
      if (c2 == '>') return TokenType::NOTEQUAL;
      break;
    case '=': if (c2 == '=') return TokenType::EQEQUAL; break;
    case '>':
      if (c2 == '=') return TokenType::GREATEREQUAL;
      if (c2 == '>') return TokenType::RIGHTSHIFT;
      break;
    case '@': if (c2 == '=') return TokenType::ATEQUAL; break;
    case '^': if (c2 == '=') return TokenType::CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TokenType::VBAREQUAL; break;
    default: break;
  }
  return TokenType::OP;
}

TokenType three_char_type(int c1, int c2, int c3) {
  if (c3 == '=') {
    if (c1 == '*' && c2 == '*') return TokenType::DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return TokenType::DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TokenType::LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TokenType::RIGHTSHIFTEQUAL;
  }
  if (c1 == '.' && c2 == '.' && c3 == '.') return TokenType::ELLIPSIS;
  return TokenType::OP;
}

}  // namespace

std::string_view token_type_name(TokenType type) {
  switch (type) {
#define KRAIT_TOKEN(name, number, text) \
  case TokenType::name:                 \
    return #name;
#define KRAIT_KEYWORD(name, text)
#define KRAIT_SOFT_KEYWORD(name, text)
#include "compiler/tokens.def"
#undef KRAIT_TOKEN
#undef KRAIT_KEYWORD
#undef KRAIT_SOFT_KEYWORD
  }
  return "OP";
}

Tokenizer::Tokenizer(const SourceText& source, TokenizerOptions options)
    : source_(source), options_(options) {
  begin_ = source_.text.data();
  end_ = begin_ + source_.text.size();
  cursor_ = begin_;
  line_start_ = begin_;
  buffer_start_ = previous_buffer_start_ = begin_;
  lineno_ = options_.first_lineno;
  indent_stack_.push_back(0);
  alt_indent_stack_.push_back(0);
}

std::string_view Tokenizer::line_text(int lineno) const {
  size_t index = static_cast<size_t>(lineno - options_.first_lineno);
  if (lineno < options_.first_lineno) return {};
  size_t size = static_cast<size_t>(end_ - begin_);
  if (line_offsets_.empty()) line_offsets_.push_back(0);
  while (line_offsets_.size() <= index + 1 && line_offsets_.back() < size) {
    const void* newline = std::memchr(begin_ + line_offsets_.back(), '\n', size - line_offsets_.back());
    line_offsets_.push_back(newline == nullptr
                                ? size
                                : static_cast<size_t>(static_cast<const char*>(newline) - begin_) + 1);
  }
  if (index + 1 >= line_offsets_.size()) return {};
  size_t start = line_offsets_[index];
  return {begin_ + start, line_offsets_[index + 1] - start};
}

std::string_view Tokenizer::current_line() const {
  const char* newline = static_cast<const char*>(std::memchr(line_start_, '\n', end_ - line_start_));
  const char* stop = newline == nullptr ? end_ : newline + 1;
  return {line_start_, static_cast<size_t>(stop - line_start_)};
}

int Tokenizer::newline_length(const char* p) const {
  if (p >= end_) return 0;
  if (*p == '\n') return 1;
  if (*p == '\r' && options_.tokenize_module_compat && p + 1 < end_ && p[1] == '\n') return 2;
  return 0;
}

std::string Tokenizer::error_line(int lineno) const {
  std::string_view line = line_text(lineno);
  if (line.empty()) return {};
  // CPython reads the line back from the file when there is one (compile()
  // of a string names none, as a rule).
  std::FILE* file = std::fopen(source_.filename.c_str(), "rb");
  bool from_file = file != nullptr;
  if (file) std::fclose(file);
  if (from_file && (source_.encoding_declared || unicode::is_valid_utf8(line))) {
    // Declared encodings decode with errors="replace".
    std::string text = lineno == 1 && source_.encoding == "utf-8-sig" ? "\xEF\xBB\xBF" : "";
    return text + unicode::replace_invalid_utf8(line);
  }
  int buffer_lineno = lineno_;
  const char* buffer = buffer_start_;
  const char* buffer_end = line_start_ + current_line().size();
  // At the end of the input CPython's tokenizer is still on the last line read.
  if (at_line_start_ || (line_start_ == end_ && buffer_start_ == end_ && lineno_ > 1)) {
    buffer_lineno = lineno_ - 1;
    buffer = previous_buffer_start_;
    buffer_end = line_start_;
  }
  if (buffer_lineno <= lineno && buffer_end > buffer) {
    return unicode::replace_invalid_utf8(std::string_view(buffer, buffer_end - buffer));
  }
  // The line looked up in the source string, without its newline.
  if (line.back() == '\n') line.remove_suffix(1);
  return unicode::replace_invalid_utf8(line);
}

void Tokenizer::start_next_line(const char* next_line_start) {
  cursor_ = next_line_start;
  line_start_ = next_line_start;
  previous_buffer_start_ = buffer_start_;
  buffer_start_ = next_line_start;
  ++lineno_;
}

// A backslash continuation: CPython reads the next line while the backslash
// is the token in progress, so its buffer keeps the line before.
void Tokenizer::join_next_line(const char* next_line_start) {
  cursor_ = next_line_start;
  line_start_ = next_line_start;
  ++lineno_;
}

bool Tokenizer::type_comment(const char* start, Token& out) {
  const char* p = start + 1;
  auto skip_blanks = [&] {
    while (p < cursor_ && (*p == ' ' || *p == '\t')) ++p;
  };
  skip_blanks();
  constexpr std::string_view kPrefix = "type:";
  if (static_cast<size_t>(cursor_ - p) < kPrefix.size() ||
      std::string_view(p, kPrefix.size()) != kPrefix) {
    return false;
  }
  p += kPrefix.size();
  skip_blanks();
  constexpr std::string_view kIgnore = "ignore";
  if (static_cast<size_t>(cursor_ - p) >= kIgnore.size() &&
      std::string_view(p, kIgnore.size()) == kIgnore) {
    const char* tag = p + kIgnore.size();
    unsigned char next = tag < cursor_ ? static_cast<unsigned char>(*tag) : 0;
    if (!(std::isalnum(next) || next == '_' || next >= 0x80)) {
      out = make(TokenType::TYPE_IGNORE, tag, cursor_);
      return true;
    }
  }
  out = make(TokenType::TYPE_COMMENT, p, cursor_);
  // A type comment on a line of its own (a function's signature comment)
  // ends with a NEWLINE, as CPython's grammar expects.
  blank_line_ = false;
  return true;
}

Token Tokenizer::make(TokenType type, const char* start, const char* end) const {
  Token token;
  token.type = type;
  token.lineno = token.end_lineno = lineno_;
  token.col_offset = static_cast<int>(start - line_start_);
  token.end_col_offset = static_cast<int>(end - line_start_);
  token.text = std::string_view(start, end - start);
  return token;
}

Token Tokenizer::make_multiline(TokenType type, const char* start, int start_lineno,
                                const char* start_line_start) const {
  Token token;
  token.type = type;
  token.lineno = start_lineno;
  token.col_offset = static_cast<int>(start - start_line_start);
  token.end_lineno = lineno_;
  token.end_col_offset = static_cast<int>(cursor_ - line_start_);
  token.text = std::string_view(start, cursor_ - start);
  return token;
}

// --- errors ---------------------------------------------------------------

namespace {
TokenizerWarningSink tokenizer_warning_sink = nullptr;
}  // namespace

void set_tokenizer_warning_sink(TokenizerWarningSink sink) { tokenizer_warning_sink = sink; }

void Tokenizer::warn_at(const char* cur, const std::string& message) const {
  std::string_view line = current_line();
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  if (tokenizer_warning_sink) {
    if (tokenizer_warning_sink("SyntaxWarning", source_.filename, lineno_, message, std::string(line))) {
      error_at(cur, message);
    }
    return;
  }
  std::string report =
      source_.filename + ":" + std::to_string(lineno_) + ": SyntaxWarning: " + message + "\n";
  std::fputs(report.c_str(), stderr);
  std::fflush(stderr);
}

void Tokenizer::error_at(const char* cur, const std::string& message) const {
  // CPython's syntaxerror(): the offset is the number of characters up to the
  // cursor, and the text is the line without its newline.
  SyntaxErrorInfo info;
  info.message = message;
  info.filename = source_.filename;
  info.lineno = info.end_lineno = lineno_;
  std::string_view line = current_line();
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  info.offset = info.end_offset = character_offset(line, static_cast<int>(cur - line_start_)) - 1;
  info.text = unicode::replace_invalid_utf8(line);
  info.has_text = true;
  throw SyntaxErrorException(std::move(info));
}

void Tokenizer::error_range(int offset, int end_offset, const std::string& message) const {
  SyntaxErrorInfo info;
  info.message = message;
  info.filename = source_.filename;
  info.lineno = info.end_lineno = lineno_;
  std::string_view line = current_line();
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  info.offset = offset;
  info.end_offset = end_offset;
  info.text = unicode::replace_invalid_utf8(line);
  info.has_text = true;
  throw SyntaxErrorException(std::move(info));
}

SyntaxErrorInfo Tokenizer::known_location(SyntaxErrorKind kind, const std::string& message,
                                          int lineno, int byte_offset, int end_byte_offset) const {
  // The parser's RAISE_ERROR_KNOWN_LOCATION: 1-based byte offsets, turned into
  // characters of the error line only when the encoding is known (declared,
  // or TokenizerOptions::character_offsets); the text is error_line().
  SyntaxErrorInfo info;
  info.kind = kind;
  info.message = message;
  info.filename = source_.filename;
  info.lineno = info.end_lineno = lineno;
  info.text = error_line(lineno);
  info.has_text = true;
  info.offset = byte_offset;
  info.end_offset = end_byte_offset;
  if (source_.encoding_declared || options_.character_offsets) {
    std::string_view line = info.text;
    auto chars = [&](int bytes) {
      if (static_cast<size_t>(bytes) > line.size() + 1) bytes = static_cast<int>(line.size()) + 1;
      return character_offset(line, bytes) - 1;
    };
    info.offset = chars(byte_offset);
    if (end_byte_offset > 0) info.end_offset = chars(end_byte_offset);
  }
  return info;
}

void Tokenizer::error_known_location(SyntaxErrorKind kind, const std::string& message, int lineno,
                                     int byte_offset, int end_byte_offset) const {
  throw SyntaxErrorException(known_location(kind, message, lineno, byte_offset, end_byte_offset));
}

void Tokenizer::error_at_line_end(SyntaxErrorKind kind, const std::string& message) const {
  // Errors found while measuring indentation: CPython moves the cursor to the
  // end of the line and reports the error at the column of that cursor.
  std::string_view line = current_line();
  error_known_location(kind, message, lineno_, static_cast<int>(line.size()), -1);
}

void Tokenizer::error_unclosed_bracket() const {
  const OpenBracket& open = brackets_.back();
  error_known_location(SyntaxErrorKind::SyntaxError,
                       std::string("'") + open.bracket + "' was never closed", open.lineno,
                       open.col_offset + 1, 0);
}

// --- the scanner -----------------------------------------------------------

Token Tokenizer::next() { return scan(); }

Token Tokenizer::scan() {
  if (error_run_end_ != nullptr) {
    // compat: tokenize reports each blank before a bad character on its own.
    if (cursor_ < error_run_end_) {
      const char* start = cursor_++;
      return make(TokenType::ERRORTOKEN, start, cursor_);
    }
    error_run_end_ = nullptr;
  }
  if (done_) return make(TokenType::ENDMARKER, cursor_, cursor_);
  for (;;) {
    if (at_line_start_) {
      at_line_start_ = false;
      measure_indentation();
    }
    if (pending_indents_ != 0) {
      if (pending_indents_ < 0) {
        ++pending_indents_;
        return make(TokenType::DEDENT, cursor_, cursor_);
      }
      --pending_indents_;
      return make(TokenType::INDENT, line_start_, cursor_);
    }
    if (input_exhausted_) return at_end_of_input();
    Token token;
    if (scan_after_indentation(token)) return token;
  }
}

// Reads the indentation of a new line and queues INDENT/DEDENT tokens.
void Tokenizer::measure_indentation() {
  blank_line_ = false;
  continuation_line_ = false;
  int col = 0;
  int alt_col = 0;
  int continuation_col = 0;
  for (;;) {
    int c = cursor_ < end_ ? static_cast<unsigned char>(*cursor_) : -1;
    if (c == ' ') {
      ++col;
      ++alt_col;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      alt_col = alt_col + 1;
    } else if (c == '\f') {
      col = alt_col = 0;
    } else if (c == '\\' && !options_.tokenize_module_compat) {
      // A backslash in the indentation joins the next line to this one; the
      // first one found fixes the indentation of what follows.
      continuation_col = continuation_col != 0 ? continuation_col : col;
      int length = newline_length(cursor_ + 1);
      if (length == 0) {
        error_known_location(SyntaxErrorKind::SyntaxError,
                             "unexpected character after line continuation character", lineno_,
                             static_cast<int>(cursor_ + 2 - line_start_), 0);
      }
      if (cursor_ + 1 + length >= end_) {
        if (options_.interactive == InteractiveInput::Open) throw NeedMoreInput{};
        cursor_ = end_;
        if (!brackets_.empty()) error_unclosed_bracket();
        error_at_line_end(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing");
      }
      start_next_line(cursor_ + 1 + length);
      continue;
    } else {
      break;
    }
    ++cursor_;
  }
  if (cursor_ >= end_) {
    if (options_.interactive == InteractiveInput::Open) throw NeedMoreInput{};
    // End of input at the start of a line: dedent everything (in compat mode
    // the unterminated blank line is handled with the end of input).
    if (options_.tokenize_module_compat && cursor_ > line_start_) return;
    col = alt_col = 0;
  } else {
    int c = static_cast<unsigned char>(*cursor_);
    if (c == '#' || newline_length(cursor_) != 0) blank_line_ = true;
    if (c == '\r' && options_.tokenize_module_compat) blank_line_ = true;
    if (blank_line_ && options_.interactive != InteractiveInput::None) {
      if (col == 0 && newline_length(cursor_) != 0) {
        // A totally empty line ends the statement: it dedents and gives a NEWLINE.
        blank_line_ = false;
      } else if (lineno_ == options_.first_lineno) {
        // A first line of blanks or a comment is an empty statement.
        blank_line_ = false;
        col = alt_col = 0;
      }
    }
  }
  if (options_.tokenize_module_compat && compat_level_ != 0) {
    // tokenize treats every line after an unbalanced bracket as a
    // continuation: no blank-line handling, no indentation, and its leading
    // blanks belong to the first token (for the ERRORTOKEN quirk).
    blank_line_ = false;
    cursor_ = line_start_;
    return;
  }
  if (blank_line_ || !brackets_.empty()) return;
  if (continuation_col != 0) col = alt_col = continuation_col;
  if (col == indent_stack_.back()) {
    if (alt_col != alt_indent_stack_.back() && !options_.tokenize_module_compat) {
      error_known_location(SyntaxErrorKind::TabError,
                           "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0);
    }
  } else if (col > indent_stack_.back()) {
    if (static_cast<int>(indent_stack_.size()) >= kMaxIndent && !options_.tokenize_module_compat) {
      error_known_location(SyntaxErrorKind::IndentationError, "too many levels of indentation",
                           lineno_, 1, 0);
    }
    if (alt_col <= alt_indent_stack_.back() && !options_.tokenize_module_compat) {
      error_known_location(SyntaxErrorKind::TabError,
                           "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0);
    }
    ++pending_indents_;
    indent_stack_.push_back(col);
    alt_indent_stack_.push_back(alt_col);
  } else {
    while (indent_stack_.size() > 1 && col < indent_stack_.back()) {
      --pending_indents_;
      indent_stack_.pop_back();
      alt_indent_stack_.pop_back();
    }
    if (col != indent_stack_.back()) {
      if (options_.tokenize_module_compat) {
        error_known_location(SyntaxErrorKind::IndentationError,
                             "unindent does not match any outer indentation level", lineno_,
                             static_cast<int>(cursor_ - line_start_), -1);
      }
      error_at_line_end(SyntaxErrorKind::IndentationError,
                        "unindent does not match any outer indentation level");
    }
    if (alt_col != alt_indent_stack_.back() && !options_.tokenize_module_compat) {
      error_known_location(SyntaxErrorKind::TabError,
                           "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0);
    }
  }
}

Token Tokenizer::at_end_of_input() {
  if (options_.interactive == InteractiveInput::Open) throw NeedMoreInput{};
  if (options_.tokenize_module_compat) {
    if (compat_level_ != 0) {
      error_known_location(SyntaxErrorKind::SyntaxError, "EOF in multi-line statement", lineno_ + 1,
                           1, 0);
    }
    bool only_blanks = std::all_of(line_start_, cursor_, [](char c) {
      return c == ' ' || c == '\t' || c == '\f';
    });
    if (cursor_ > line_start_ && (!only_blanks || continuation_line_)) {
      // An unterminated last line. tokenize ends a comment-only line with an
      // empty NL; after any other line it adds an empty NEWLINE one column
      // wide, unless the line ends in '\r' or starts (blanks and '\r'
      // aside) with '#'. A line of blanks gets nothing and keeps the end on
      // that line.
      std::string_view line(line_start_, end_ - line_start_);
      bool newline = !blank_line_ && line.back() != '\r' && !starts_with_comment(line);
      Token token = make(blank_line_ ? TokenType::NL : TokenType::NEWLINE, cursor_, cursor_);
      if (!blank_line_) token.end_col_offset += 1;
      start_next_line(cursor_);
      if (blank_line_ || newline) return token;
    }
  } else {
    if (!brackets_.empty()) error_unclosed_bracket();
    // The end stays reached: an unterminated last line (eval and single
    // input) is not scanned again after the cursor moves back to its start.
    input_exhausted_ = true;
  }
  if (cursor_ > line_start_) cursor_ = line_start_;
  while (indent_stack_.size() > 1) {
    indent_stack_.pop_back();
    alt_indent_stack_.pop_back();
    --pending_indents_;
  }
  if (pending_indents_ < 0) {
    ++pending_indents_;
    return make(TokenType::DEDENT, cursor_, cursor_);
  }
  done_ = true;
  return make(TokenType::ENDMARKER, cursor_, cursor_);
}

// Scans the next token of the current line into `out`; false when a new
// line started whose indentation must be measured first.
bool Tokenizer::scan_after_indentation(Token& out) {
  // CPython's NEWLINE token starts where a comment before it started.
  const char* comment_start = nullptr;
  for (;;) {
    blanks_start_ = cursor_;
    while (cursor_ < end_ && (*cursor_ == ' ' || *cursor_ == '\t' || *cursor_ == '\f')) ++cursor_;
    const char* start = cursor_;
    if (cursor_ >= end_) {
      out = at_end_of_input();
      return true;
    }
    int c = static_cast<unsigned char>(*cursor_);

    if (c == '#') {
      while (cursor_ < end_ && *cursor_ != '\n' &&
             !(*cursor_ == '\r' && options_.tokenize_module_compat)) {
        ++cursor_;
      }
      if (options_.tokenize_module_compat && blank_line_) {
        // On a comment-only line tokenize takes the comment up to the line's
        // end, '\r' included, less the line's final '\r' and '\n' characters.
        const char* newline = static_cast<const char*>(std::memchr(cursor_, '\n', end_ - cursor_));
        const char* stop = newline == nullptr ? end_ : newline;
        while (stop > cursor_ && stop[-1] == '\r') --stop;
        cursor_ = stop;
      }
      if (options_.extra_tokens) {
        out = make(TokenType::COMMENT, start, cursor_);
        return true;
      }
      if (options_.type_comments && type_comment(start, out)) return true;
      comment_start = start;
      continue;
    }

    if (is_identifier_start_byte(c)) {
      // String prefixes: any case of b, r, u, f, br, rb, fr, rf.
      bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
      const char* p = cursor_;
      for (;;) {
        int ch = p < end_ ? static_cast<unsigned char>(*p) : -1;
        if (!(saw_b || saw_u || saw_f) && (ch == 'b' || ch == 'B')) {
          saw_b = true;
        } else if (!(saw_b || saw_u || saw_r || saw_f) && (ch == 'u' || ch == 'U')) {
          saw_u = true;
        } else if (!(saw_r || saw_u) && (ch == 'r' || ch == 'R')) {
          saw_r = true;
        } else if (!(saw_f || saw_b || saw_u) && (ch == 'f' || ch == 'F')) {
          saw_f = true;
        } else {
          break;
        }
        ++p;
        if (p < end_ && (*p == '"' || *p == '\'')) {
          out = scan_string(start, p);
          return true;
        }
      }
      out = scan_name(start);
      return true;
    }

    if (c == '\r' && blank_line_ && options_.tokenize_module_compat) {
      // compat: tokenize takes a line whose first character is a lone '\r'
      // for a blank line, and the whole rest of it for its NL.
      const char* newline = static_cast<const char*>(std::memchr(cursor_, '\n', end_ - cursor_));
      const char* stop = newline == nullptr ? end_ : newline + 1;
      cursor_ = stop;
      out = make(TokenType::NL, start, stop);
      if (newline != nullptr) {
        start_next_line(stop);
        at_line_start_ = true;
      } else {
        blank_line_ = false;
      }
      return true;
    }

    if (int length = newline_length(cursor_); length != 0) {
      cursor_ += length;
      // tokenize's NEWLINE holds the newline characters; the compiler's
      // is empty, ending where the newline starts.
      out = options_.extra_tokens ? make(TokenType::NEWLINE, start, cursor_)
                                  : make(TokenType::NEWLINE, comment_start ? comment_start : start, start);
      bool significant = !blank_line_ && (options_.tokenize_module_compat ? compat_level_ <= 0
                                                                         : brackets_.empty());
      start_next_line(cursor_);
      at_line_start_ = true;
      if (significant) return true;
      out.type = TokenType::NL;
      return options_.extra_tokens;
    }

    if (is_digit(c) || (c == '.' && cursor_ + 1 < end_ && is_digit(cursor_[1]))) {
      out = options_.tokenize_module_compat ? scan_compat_number(start) : scan_number(start);
      return true;
    }
    if (c == '\'' || c == '"') {
      out = scan_string(start, cursor_);
      return true;
    }

    if (c == '\\') {
      int length = newline_length(cursor_ + 1);
      if (length == 0) {
        if (options_.tokenize_module_compat) {
          out = compat_error_token(start);
          return true;
        }
        // CPython reports the column after the character that follows,
        // counted from the start of its buffer.
        error_known_location(SyntaxErrorKind::SyntaxError,
                             "unexpected character after line continuation character", lineno_,
                             static_cast<int>(cursor_ + 2 - buffer_start_), 0);
      }
      if (cursor_ + 1 + length >= end_) {
        if (options_.interactive == InteractiveInput::Open) throw NeedMoreInput{};
        if (options_.tokenize_module_compat) {
          error_known_location(SyntaxErrorKind::SyntaxError, "EOF in multi-line statement",
                               lineno_ + 1, 1, 0);
        }
        cursor_ = end_;
        if (!brackets_.empty()) error_unclosed_bracket();
        error_known_location(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", lineno_,
                             static_cast<int>(current_line().size()), -1);
      }
      join_next_line(cursor_ + 1 + length);
      continuation_line_ = true;
      continue;
    }

    out = scan_operator(start);
    return true;
  }
}

Token Tokenizer::scan_name(const char* start) {
  const char* p = start;
  bool non_ascii = false;
  if (options_.tokenize_module_compat) {
    // tokenize's Name is `\w+`; a match that does not start like an
    // identifier (a superscript digit, say) falls through to its OP case.
    size_t pos = 0;
    std::string_view rest(start, end_ - start);
    char32_t first = unicode::decode_utf8(rest, pos);
    if (!is_word_character(first)) return compat_error_token(start);
    while (pos < rest.size()) {
      size_t before = pos;
      if (!is_word_character(unicode::decode_utf8(rest, pos))) {
        pos = before;
        break;
      }
    }
    cursor_ = start + pos;
    if (first != '_' && !unicode::is_xid_start(first)) return make(TokenType::OP, start, cursor_);
  } else {
    while (p < end_ && is_identifier_byte(static_cast<unsigned char>(*p))) {
      if (static_cast<unsigned char>(*p) >= 128) non_ascii = true;
      ++p;
    }
    cursor_ = p;
    if (non_ascii) {
      std::string_view name(start, p - start);
      if (std::string error = unicode::utf8_decode_error(name); !error.empty()) {
        int column = static_cast<int>(p - line_start_);
        throw NameDecodeError(known_location(SyntaxErrorKind::SyntaxError,
                                             "(unicode error) " + error, lineno_, column, -1),
                              column);
      }
      size_t bad_index = 0;
      if (!unicode::is_identifier(name, &bad_index)) {
        // Point just past the first offending character.
        size_t pos = 0;
        char32_t bad = 0;
        for (size_t i = 0; i <= bad_index && pos < name.size(); ++i) {
          bad = unicode::decode_utf8(name, pos);
        }
        const char* cur = start + pos;
        if (unicode::is_printable(bad)) {
          std::string glyph;
          unicode::append_utf8(glyph, bad);
          error_at(cur, "invalid character '" + glyph + "' (U+" + hex4(bad) + ")");
        }
        error_at(cur, "invalid non-printable character U+" + hex4(bad));
      }
    }
  }
  Token token = make(TokenType::NAME, start, cursor_);
  token.keyword = classify(token.text);
  // The C tokenizer (feature version >= 3.7) gives `async` and `await`
  // token types of their own; tokenize reports them as names.
  if (!options_.tokenize_module_compat) {
    if (token.keyword == Keyword::async_) token.type = TokenType::ASYNC;
    if (token.keyword == Keyword::await_) token.type = TokenType::AWAIT;
  }
  return token;
}

Token Tokenizer::compat_error_token(const char* start) {
  // tokenize's pattern fails on the blanks before the character as well, and
  // reports each of them, then the character, as one-character ERRORTOKENs.
  if (blanks_start_ != nullptr && blanks_start_ < start) {
    error_run_end_ = start;
    cursor_ = blanks_start_ + 1;
    return make(TokenType::ERRORTOKEN, blanks_start_, cursor_);
  }
  size_t pos = static_cast<size_t>(start - begin_);
  std::string_view all(begin_, end_ - begin_);
  unicode::decode_utf8(all, pos);
  cursor_ = begin_ + pos;
  return make(TokenType::ERRORTOKEN, start, cursor_);
}

Token Tokenizer::scan_compat_number(const char* start) {
  cursor_ = match_tokenize_number(start, end_);
  return make(TokenType::NUMBER, start, cursor_);
}

Token Tokenizer::scan_number(const char* start) {
  const char* p = start;
  auto peek = [&](const char* q) -> int { return q < end_ ? static_cast<unsigned char>(*q) : -1; };
  // `p` points at the character after the number, which has been "read":
  // CPython's cursor is one past it, hence the p + 1 in error positions.
  auto decimal_tail = [&]() {
    for (;;) {
      while (is_digit(peek(p))) ++p;
      if (peek(p) != '_') return;
      ++p;
      if (!is_digit(peek(p))) error_at(p, "invalid decimal literal");
    }
  };
  // The rest of a keyword, not followed by more of an identifier.
  auto lookahead = [&](const char* q, const char* word) {
    for (; *word != '\0'; ++word, ++q) {
      if (peek(q) != *word) return false;
    }
    return peek(q) == -1 || !is_identifier_byte(peek(q));
  };
  // A number may run into a keyword that can legally follow it ("1if x");
  // any other identifier character right after a number is an error.
  auto verify_end = [&](const char* at, const char* kind) {
    int c = peek(at);
    bool keyword = false;
    switch (c) {
      case 'a': keyword = lookahead(at + 1, "nd"); break;
      case 'e': keyword = lookahead(at + 1, "lse"); break;
      case 'f': keyword = lookahead(at + 1, "or"); break;
      case 'i': keyword = peek(at + 1) == 'f' || peek(at + 1) == 'n' || peek(at + 1) == 's'; break;
      case 'o': keyword = lookahead(at + 1, "r"); break;
      case 'n': keyword = lookahead(at + 1, "ot"); break;
      default: break;
    }
    if (keyword) {
      // Still accepted, with CPython 3.11's SyntaxWarning.
      warn_at(at, std::string("invalid ") + kind + " literal");
    } else if (c != -1 && is_identifier_byte(c)) {
      error_at(at, std::string("invalid ") + kind + " literal");
    }
  };
  auto finish = [&]() {
    cursor_ = p;
    return make(TokenType::NUMBER, start, p);
  };
  auto exponent_and_imaginary = [&](bool may_have_exponent) {
    if (may_have_exponent && (peek(p) == 'e' || peek(p) == 'E')) {
      const char* e = p;
      ++p;
      if (peek(p) == '+' || peek(p) == '-') {
        ++p;
        if (!is_digit(peek(p))) error_at(p, "invalid decimal literal");
      } else if (!is_digit(peek(p))) {
        // "1e" followed by no digits: the number ends before the 'e'.
        verify_end(e, "decimal");
        p = e;
        return finish();
      }
      decimal_tail();
    }
    if (peek(p) == 'j' || peek(p) == 'J') {
      ++p;
      verify_end(p, "imaginary");
    } else {
      verify_end(p, "decimal");
    }
    return finish();
  };

  if (*p == '.') {
    ++p;
    decimal_tail();
    return exponent_and_imaginary(true);
  }
  if (*p == '0') {
    ++p;
    int c = peek(p);
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      int base = (c | 0x20) == 'x' ? 16 : (c | 0x20) == 'o' ? 8 : 2;
      const char* name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
      auto valid = [base](int ch) {
        return base == 16 ? is_hex_digit(ch) : base == 8 ? is_octal_digit(ch) : is_binary_digit(ch);
      };
      ++p;
      do {
        if (peek(p) == '_') ++p;
        if (!valid(peek(p))) {
          if (base != 16 && is_digit(peek(p))) {
            error_at(p + 1, std::string("invalid digit '") + static_cast<char>(*p) + "' in " +
                                name + " literal");
          }
          error_at(p, std::string("invalid ") + name + " literal");
        }
        while (valid(peek(p))) ++p;
      } while (peek(p) == '_');
      if (base != 16 && is_digit(peek(p))) {
        error_at(p + 1, std::string("invalid digit '") + static_cast<char>(*p) + "' in " + name +
                            " literal");
      }
      verify_end(p, name);
      return finish();
    }
    // Zeros, maybe an old-style octal (an error), or a float / imaginary.
    for (;;) {
      if (peek(p) == '_') {
        ++p;
        if (!is_digit(peek(p))) error_at(p, "invalid decimal literal");
      }
      if (peek(p) != '0') break;
      ++p;
    }
    const char* zeros_end = p + 1;
    bool nonzero = false;
    if (is_digit(peek(p))) {
      nonzero = true;
      decimal_tail();
    }
    int next = peek(p);
    if (next == '.') {
      ++p;
      if (is_digit(peek(p))) decimal_tail();
      return exponent_and_imaginary(true);
    }
    if (next == 'e' || next == 'E' || next == 'j' || next == 'J') return exponent_and_imaginary(true);
    if (nonzero) {
      error_range(static_cast<int>(start + 1 - line_start_),
                  static_cast<int>(zeros_end - line_start_),
                  "leading zeros in decimal integer literals are not permitted; "
                  "use an 0o prefix for octal integers");
    }
    verify_end(p, "decimal");
    return finish();
  }
  decimal_tail();
  if (peek(p) == '.') {
    ++p;
    if (is_digit(peek(p))) decimal_tail();
  }
  return exponent_and_imaginary(true);
}

Token Tokenizer::scan_string(const char* start, const char* quote_at) {
  char quote = *quote_at;
  const char* p = quote_at + 1;
  int quote_size = 1;
  int end_quote_size = 0;
  if (p < end_ && *p == quote) {
    if (p + 1 < end_ && p[1] == quote) {
      quote_size = 3;
      p += 2;
    } else {
      ++p;
      end_quote_size = 1;  // the empty string
    }
  }
  int start_lineno = lineno_;
  const char* start_line_start = line_start_;
  while (end_quote_size != quote_size) {
    int c = p < end_ ? static_cast<unsigned char>(*p) : -1;
    int length = newline_length(p);
    if (c == -1 && options_.interactive == InteractiveInput::Open) throw NeedMoreInput{};
    if (c == -1 || (quote_size == 1 && length != 0)) {
      if (options_.tokenize_module_compat) {
        if (quote_size == 1 && lineno_ > start_lineno) {
          // tokenize continued the string over a backslash-newline and
          // gives up at the end of this line: one ERRORTOKEN up to there.
          if (c == -1 && p == line_start_) {
            error_known_location(SyntaxErrorKind::SyntaxError, "EOF in multi-line string",
                                 start_lineno, static_cast<int>(start - start_line_start) + 1, 0);
          }
          cursor_ = p + length;
          Token token = make_multiline(TokenType::ERRORTOKEN, start, start_lineno, start_line_start);
          if (length != 0) {
            start_next_line(cursor_);
            at_line_start_ = true;
          } else {
            continuation_line_ = true;
          }
          blank_line_ = false;
          return token;
        }
        if (quote_size == 3) {
          error_known_location(SyntaxErrorKind::SyntaxError, "EOF in multi-line string",
                               start_lineno, static_cast<int>(start - start_line_start) + 1, 0);
        }
        // tokenize matches the prefix as a name and reports the quote alone.
        lineno_ = start_lineno;
        line_start_ = start_line_start;
        if (quote_at > start) {
          cursor_ = quote_at;
          Token token = make(TokenType::NAME, start, quote_at);
          token.keyword = classify(token.text);
          return token;
        }
        return compat_error_token(start);
      }
      int detected = lineno_;
      if (c == -1 && p > begin_ && p[-1] == '\n') --detected;
      // The error points at the start of the string, on its first line.
      lineno_ = start_lineno;
      line_start_ = start_line_start;
      std::string message = quote_size == 3 ? "unterminated triple-quoted string literal"
                                            : "unterminated string literal";
      error_at(start + 1, message + " (detected at line " + std::to_string(detected) + ")");
    }
    if (length != 0) {
      p += length;
      ++lineno_;
      line_start_ = p;
      end_quote_size = 0;
      continue;
    }
    ++p;
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\' && p < end_) {
        int escaped_newline = newline_length(p);
        if (escaped_newline != 0) {
          p += escaped_newline;
          ++lineno_;
          line_start_ = p;
        } else {
          ++p;
        }
      }
    }
  }
  cursor_ = p;
  return make_multiline(TokenType::STRING, start, start_lineno, start_line_start);
}

Token Tokenizer::scan_operator(const char* start) {
  auto peek = [&](const char* q) -> int { return q < end_ ? static_cast<unsigned char>(*q) : -1; };
  int c = peek(start);
  int c2 = peek(start + 1);
  if (options_.tokenize_module_compat && !is_tokenize_operator_char(c)) {
    return compat_error_token(start);
  }
  TokenType two = two_char_type(c, c2);
  if (options_.tokenize_module_compat && c == '<' && c2 == '>') two = TokenType::OP;
  if (two != TokenType::OP) {
    TokenType three = three_char_type(c, c2, peek(start + 2));
    cursor_ = start + (three != TokenType::OP ? 3 : 2);
    return make(three != TokenType::OP ? three : two, start, cursor_);
  }
  if (c == '.' && c2 == '.' && peek(start + 2) == '.') {
    cursor_ = start + 3;
    return make(TokenType::ELLIPSIS, start, cursor_);
  }
  if (options_.tokenize_module_compat && c == '!') return compat_error_token(start);
  cursor_ = start + 1;
  switch (c) {
    case '(':
    case '[':
    case '{':
      if (options_.tokenize_module_compat) {
        ++compat_level_;
        break;
      }
      if (static_cast<int>(brackets_.size()) >= kMaxLevel) error_at(cursor_, "too many nested parentheses");
      brackets_.push_back({static_cast<char>(c), lineno_, static_cast<int>(start - line_start_)});
      break;
    case ')':
    case ']':
    case '}': {
      if (options_.tokenize_module_compat) {
        --compat_level_;
        break;
      }
      if (brackets_.empty()) error_at(cursor_, std::string("unmatched '") + static_cast<char>(c) + "'");
      OpenBracket open = brackets_.back();
      brackets_.pop_back();
      char expected = open.bracket == '(' ? ')' : open.bracket == '[' ? ']' : '}';
      if (c != expected) {
        std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                              "' does not match opening parenthesis '" + open.bracket + "'";
        if (open.lineno != lineno_) message += " on line " + std::to_string(open.lineno);
        error_at(cursor_, message);
      }
      break;
    }
    default:
      break;
  }
  if (!options_.tokenize_module_compat && !unicode::is_printable(static_cast<char32_t>(c))) {
    error_at(cursor_, "invalid non-printable character U+" + hex4(static_cast<char32_t>(c)));
  }
  return make(one_char_type(c), start, cursor_);
}

}  // namespace krait
