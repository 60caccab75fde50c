// The code generator: AST → code objects, as CPython 3.11's Python/compile.c.
//
// compile_module walks the tree with the symbol table (symtable.h), folds
// constants the way 3.11's AST optimizer does, emits CPython 3.11's
// instruction sequences into basic blocks, and assembles each scope into a
// Code object (vm/code.h): jump resolution, stack depth, exception table and
// positions. Compile errors are thrown as SyntaxErrorException with CPython's
// message and location.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "compiler/syntax_error.h"
#include "vm/code.h"

namespace krait {

// compile()'s modes.
enum class CompileMode { Exec, Eval, Single };

struct CompileOptions {
  CompileMode mode = CompileMode::Exec;
  // -O level: 0 none; 1 removes asserts and makes `__debug__` False; 2 also
  // drops docstrings.
  int optimize = 0;
  // Future features inherited from the caller (compile() flags); those the
  // module imports itself are added.
  FutureFlags future;
  // The source is the UTF-8 of a str (compile(), exec(), eval() of a str):
  // parsed by parse_text, a coding declaration ignored.
  bool source_is_text = false;
};

// Compiles a parsed module (Module, Interactive or Expression node, matching
// options.mode) into its code object. Throws SyntaxErrorException (with the
// text read from the file `filename`, as CPython) or CompileRecursionError.
Code* compile_module(const ast::ModNode* module, std::string_view filename,
                     const CompileOptions& options);

// Where the compiler's warnings go: the category ("SyntaxWarning",
// "DeprecationWarning"), file, line, message and the source line as
// linecache finds it (stripped; empty when the file has none). The front end
// holds no Python objects: the VM applies the warning filters and prints them
// to sys.stderr as the warnings module does; without a sink they go to the C
// stderr. The sink answers true when a filter made the warning an error,
// which the compiler then raises as a SyntaxError, as CPython's does.
using CompileWarningSink = bool (*)(const std::string& category, const std::string& filename, int lineno,
                                    const std::string& message, const std::string& line);
void set_compile_warning_sink(CompileWarningSink sink);

// Issues the parser's warnings (invalid escape sequences) through the sink;
// one a filter made an error is raised as a SyntaxError with its message.
// `source` gives the error its line of text.
void report_parse_warnings(const std::vector<CompileWarning>& warnings, std::string_view filename,
                           std::string_view source = {});

// Parses `source` (undecoded bytes, PEP 263) and compiles it.
Code* compile_source(std::string_view source, std::string_view filename,
                     const CompileOptions& options);

}  // namespace krait
