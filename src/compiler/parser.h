// The parser: tokens to AST, a hand-written recursive-descent transcription of
// CPython 3.11's PEG grammar (Grammar/python.gram), building the same AST and
// raising the same SyntaxErrors (two passes as CPython: the second pass enables
// the grammar's invalid_* rules to find a precise message).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"
#include "compiler/tokenizer.h"

namespace krait {

// CPython's start rules: exec / eval / single / func_type / f-string.
enum class ParseMode { File, Eval, Interactive, FuncType, FString };

// A warning the front end issues while parsing (CPython calls
// PyErr_WarnExplicit for these, e.g. invalid escape sequences).
struct CompileWarning {
  std::string category;  // "DeprecationWarning", "SyntaxWarning"
  std::string message;
  int lineno = 0;
  // The token warned about (0-based columns), where a filter that makes the
  // warning an error places the SyntaxError.
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct ParseOptions {
  ParseMode mode = ParseMode::File;
  // PyCF_TYPE_COMMENTS: keep `# type:` comments (TYPE_COMMENT tokens).
  bool type_comments = false;
  // Single input read at the interactive prompt (TokenizerOptions::interactive).
  InteractiveInput interactive = InteractiveInput::None;
};

struct ParseResult {
  ast::ModNode* module = nullptr;
  std::vector<CompileWarning> warnings;
};

// Parses `source` into an AST allocated in `arena`. Throws
// SyntaxErrorException with CPython's type, message and position.
ParseResult parse(const SourceText& source, Arena& arena, ParseOptions options = {});

// Decodes `bytes` (PEP 263, newlines translated) and parses them, as
// `ast.parse(bytes, filename)` does.
// Parses the UTF-8 of a str (text_source), as compile() of a str does: errors
// give character offsets.
ParseResult parse_text(std::string_view utf8, std::string filename, Arena& arena,
                       ParseOptions options = {});

ParseResult parse_bytes(std::string_view bytes, std::string filename, Arena& arena,
                        ParseOptions options = {});

}  // namespace krait
