// String literals: from the text of adjacent STRING tokens to the Constant or
// JoinedStr expression CPython 3.11 builds (Parser/string_parser.c's job):
// prefixes, escape decoding, implicit concatenation, bytes/str mixing errors,
// and f-strings with their replacement fields, conversions, `=` and nested
// format specs.
//
// The expressions inside f-string replacement fields are parsed by the parser
// itself, through StringParserHost, the way CPython parses the copied text
// "(" + expression + ")" with a fresh parser in f-string mode.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/tokenizer.h"

namespace krait {

class StringParserHost {
 public:
  virtual ~StringParserHost() = default;

  virtual Arena& arena() = 0;

  // Parses `wrapped` ("(" + expression text + ")") with ParseMode::FString and
  // returns the expression. The sub-tokenizer's line numbers start at
  // `starting_lineno`, and tokens on that first line have
  // `starting_col_offset` added to their columns (CPython's
  // p->starting_lineno / p->starting_col_offset). Throws SyntaxErrorException.
  virtual ast::ExprNode* parse_fstring_expression(std::string_view wrapped, int starting_lineno,
                                                  int starting_col_offset) = 0;

  // Records a warning (invalid escape sequences: DeprecationWarning).
  virtual void warn(CompileWarning warning) = 0;

  // The file name, for SyntaxErrors raised while decoding a literal.
  virtual const std::string& filename() const = 0;
  // Full text of line `lineno`, for SyntaxError.text.
  virtual std::string_view line_text(int lineno) const = 0;

  // True when token texts stay valid as long as the AST (they point into a
  // SourceText the caller keeps alive), so that a literal without escapes can
  // point at its token instead of being copied into the arena. The default is
  // the safe answer for sub-parsers whose text dies with them.
  virtual bool token_text_outlives_ast() const { return false; }

  // Throws SyntaxErrorException(`message`) located where CPython 3.11's
  // RAISE_SYNTAX_ERROR puts errors found while concatenating strings: the last
  // token the parser has fetched, normally the one right after the last
  // STRING (`last_string`). A parser overrides this with its own
  // "raise at the last token"; the default, for hosts without a token buffer,
  // points just past `last_string`.
  [[noreturn]] virtual void raise_syntax_error(const std::string& message,
                                               const Token& last_string);
};

// The expression for the adjacent STRING tokens `tokens` (at least one), with
// CPython's location (start of the first token to end of the last). Throws
// SyntaxErrorException for bad escapes in bytes, non-ASCII bytes literals,
// mixing bytes and non-bytes, and every f-string error, with CPython's message
// and position.
ast::ExprNode* concatenate_strings(StringParserHost& host, std::span<const Token> tokens);

// The code point "\N{name}" stands for in CPython 3.11 (Unicode 14.0 names and
// name aliases, case-insensitive except for the algorithmic Hangul syllable
// and CJK unified ideograph names, no named sequences), or
// 0xFFFFFFFF (unicode::kInvalid) when there is none. Never raises.
char32_t lookup_character_name(std::string_view name) noexcept;

}  // namespace krait
