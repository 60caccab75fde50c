// The tokenizer: source text to tokens, following CPython 3.11's C tokenizer
// (Parser/tokenizer.c) in what it accepts, the tokens it produces and the
// errors it raises.
//
// Two consumers:
//  - the parser, which pulls significant tokens one at a time (errors are
//    raised only when the parser reaches them, as in CPython);
//  - `krait --dump-tokens`, which asks for the extra tokens Lib/tokenize.py
//    reports (COMMENT, NL) and for tokenize's leniency (ERRORTOKEN instead of
//    an error), see TokenizerOptions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "compiler/source.h"
#include "compiler/syntax_error.h"

namespace krait {

enum class TokenType : uint8_t {
#define KRAIT_TOKEN(name, number, text) name = number,
#define KRAIT_KEYWORD(name, text)
#define KRAIT_SOFT_KEYWORD(name, text)
#include "compiler/tokens.def"
#undef KRAIT_TOKEN
#undef KRAIT_KEYWORD
#undef KRAIT_SOFT_KEYWORD
};

// Which keyword a NAME token spells (None_ when it is an ordinary name).
enum class Keyword : uint8_t {
  NotKeyword,
#define KRAIT_TOKEN(name, number, text)
#define KRAIT_KEYWORD(name, text) name,
#define KRAIT_SOFT_KEYWORD(name, text) name,
#include "compiler/tokens.def"
#undef KRAIT_TOKEN
#undef KRAIT_KEYWORD
#undef KRAIT_SOFT_KEYWORD
};

// "ENDMARKER", "LPAR" ... as token.tok_name.
std::string_view token_type_name(TokenType type);

struct Token {
  TokenType type = TokenType::ENDMARKER;
  // For NAME tokens: the keyword or soft keyword it spells, if any.
  Keyword keyword = Keyword::NotKeyword;
  // A NEWLINE the parser implies at the end of interactive input: it has the
  // position of the ENDMARKER it replaces (no columns).
  bool implied = false;
  // 1-based lines, 0-based columns in UTF-8 bytes (CPython's token positions).
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
  // The token's text, pointing into the SourceText (for INDENT: the
  // indentation; DEDENT/ENDMARKER: empty). Identifiers are NOT yet
  // NFKC-normalised here: the parser does that (as CPython's parser does).
  std::string_view text;
};

// Input typed at the interactive prompt, as CPython's tokenizer reads it
// line by line there.
enum class InteractiveInput : uint8_t {
  None,
  // The lines of one statement typed so far; more may follow. Reaching the
  // end of the text throws NeedMoreInput, and the caller parses again once
  // it has read another line (the parser pulls tokens lazily, so this
  // happens exactly when CPython's would read one).
  Open,
  // The lines of one statement, then the end of input (Ctrl-D).
  Ended,
};

// Thrown in InteractiveInput::Open mode when the tokenizer needs a line
// after the end of the text.
struct NeedMoreInput {};

struct TokenizerOptions {
  // Also produce COMMENT and NL tokens, as Lib/tokenize.py does.
  bool extra_tokens = false;
  // Behave as Lib/tokenize.py where it differs from the C tokenizer on bad
  // input: characters that start no token become ERRORTOKENs, Python 2 style
  // numbers split into several tokens, no TabError, and so on.
  bool tokenize_module_compat = false;
  // Where the text starts in the enclosing file (f-string expressions are
  // tokenized on their own, with positions shifted to the enclosing file).
  int first_lineno = 1;
  // Give the errors CPython's parser locates character offsets even though
  // the source declares no encoding: its tokenizer knows the encoding of a
  // str source (the parser's `character_offsets`).
  bool character_offsets = false;
  // At the interactive prompt a totally empty line ends a block (it gives a
  // NEWLINE), and a first line of blanks or a comment is an empty statement.
  InteractiveInput interactive = InteractiveInput::None;
  // PyCF_TYPE_COMMENTS: `# type: X` comments become TYPE_COMMENT tokens and
  // `# type: ignore...` ones TYPE_IGNORE tokens (text: what follows "ignore").
  bool type_comments = false;
};

// The SyntaxError for a name that is not valid UTF-8: CPython's tokenizer
// leaves it to the parser (E_DECODE), which reports it at an ERRORTOKEN
// without columns. It carries the tokenizer's cursor column (bytes) on the
// error's line, from which the parser of an f-string expression, which
// shifts token columns, locates it its own way.
class NameDecodeError : public SyntaxErrorException {
 public:
  NameDecodeError(SyntaxErrorInfo info, int column)
      : SyntaxErrorException(std::move(info)), column_(column) {}
  int column() const { return column_; }

 private:
  int column_;
};

// One open bracket, for "'(' was never closed" and mismatch errors.
struct OpenBracket {
  char bracket;
  int lineno;
  int col_offset;
};

// Where the tokenizer's SyntaxWarnings go (CPython's parser_warn, for a
// number run into a keyword: "1if x"): the file, line and message, and the
// source line. The VM sets it with the compiler's sink
// (set_compile_warning_sink). It answers true when a filter made the warning
// an error, which the tokenizer raises as a SyntaxError; unset, warnings go
// to the C stderr.
using TokenizerWarningSink = bool (*)(const std::string& category, const std::string& filename, int lineno,
                                      const std::string& message, const std::string& line);
void set_tokenizer_warning_sink(TokenizerWarningSink sink);

class Tokenizer {
 public:
  // `source` must outlive the tokenizer and every token it returns.
  Tokenizer(const SourceText& source, TokenizerOptions options = {});

  // The next token; ENDMARKER forever at the end. Throws SyntaxErrorException
  // (SyntaxError / IndentationError / TabError) with CPython's message and
  // position for a lexical error.
  Token next();

  // Brackets opened and not yet closed, innermost last.
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

  // The full text of line `lineno` (1-based), with its newline, for error
  // messages; empty if out of range.
  std::string_view line_text(int lineno) const;

  // SyntaxError.text for an error on line `lineno` that CPython's parser
  // reports (_PyPegen_raise_error_known_location), as valid UTF-8: the line
  // as CPython reads it back from the file named in the error and decodes it,
  // so that line 1 keeps its BOM; where that decoding fails (invalid UTF-8,
  // no declared encoding), the tokenizer's buffer instead. CPython falls back
  // to that buffer too when no such file exists (compile() of a string); when
  // one does, the source is taken to be its text. Empty if out of range.
  std::string error_line(int lineno) const;

  const SourceText& source() const { return source_; }

  // The source text after the last token returned.
  std::string_view unread() const {
    if (input_exhausted_) return {};
    return {cursor_, static_cast<size_t>(end_ - cursor_)};
  }

 private:
  Token scan();
  bool scan_after_indentation(Token& out);
  void measure_indentation();
  Token scan_name(const char* start);
  Token scan_number(const char* start);
  Token scan_compat_number(const char* start);
  Token scan_string(const char* start, const char* quote);
  Token scan_operator(const char* start);
  Token at_end_of_input();
  Token compat_error_token(const char* start);
  // A `# type:` comment ending at cursor_ as a TYPE_COMMENT or TYPE_IGNORE token.
  bool type_comment(const char* start, Token& out);
  Token make(TokenType type, const char* start, const char* end) const;
  Token make_multiline(TokenType type, const char* start, int start_lineno,
                       const char* start_line_start) const;
  int newline_length(const char* p) const;
  void start_next_line(const char* next_line_start);
  void join_next_line(const char* next_line_start);
  std::string_view current_line() const;

  // Errors, each computing position and text as CPython's matching path.
  [[noreturn]] void error_at(const char* cur, const std::string& message) const;
  // A SyntaxWarning through the sink; a SyntaxError at `cur` when it is made an error.
  void warn_at(const char* cur, const std::string& message) const;
  [[noreturn]] void error_range(int offset, int end_offset, const std::string& message) const;
  SyntaxErrorInfo known_location(SyntaxErrorKind kind, const std::string& message, int lineno,
                                 int byte_offset, int end_byte_offset) const;
  [[noreturn]] void error_known_location(SyntaxErrorKind kind, const std::string& message,
                                         int lineno, int byte_offset, int end_byte_offset) const;
  [[noreturn]] void error_at_line_end(SyntaxErrorKind kind, const std::string& message) const;
  [[noreturn]] void error_unclosed_bracket() const;

  const SourceText& source_;
  TokenizerOptions options_;
  std::vector<OpenBracket> brackets_;
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
  const char* cursor_ = nullptr;
  const char* line_start_ = nullptr;
  int lineno_ = 1;
  // CPython's tok->buf: the start of the line on which the token being read
  // when the current line was read began. A line read inside a string or
  // after a backslash continuation keeps it, so some errors count columns
  // from an earlier line. `previous_buffer_start_` is the value it had
  // before the current line was started: right after a NEWLINE, CPython has
  // not read the next line yet.
  const char* buffer_start_ = nullptr;
  const char* previous_buffer_start_ = nullptr;
  // Indentation columns with tabs to multiples of 8 and (alt) of 1: a line
  // whose two measures disagree in comparison is a TabError.
  std::vector<int> indent_stack_;
  std::vector<int> alt_indent_stack_;
  // Positive: INDENTs to return; negative: DEDENTs to return.
  int pending_indents_ = 0;
  bool at_line_start_ = true;
  // The current line holds only blanks and a comment: no NEWLINE, no indent.
  bool blank_line_ = false;
  // The current line continues a statement or string from the line before
  // (tokenize then never treats it as a blank line).
  bool continuation_line_ = false;
  bool input_exhausted_ = false;
  bool done_ = false;
  // Tokenize-module compatibility: where the blanks before a character that
  // starts no token begin, and the end of that run of single-character
  // ERRORTOKENs.
  // tokenize's paren level, which a stray closing bracket makes negative.
  int compat_level_ = 0;
  const char* blanks_start_ = nullptr;
  const char* error_run_end_ = nullptr;
  // Byte offsets of the starts of the lines seen so far by line_text(),
  // extended on demand so that looking lines up stays linear overall.
  mutable std::vector<size_t> line_offsets_;
};

}  // namespace krait
