// The `_ast` module (CPython's Python/Python-ast.c): the node classes of the
// `ast` module, and the conversions between them and the compiler's own AST
// that compile() uses for PyCF_ONLY_AST and for AST input.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct Code;
struct Module;

// compile()'s flags for the ast module.
constexpr int64_t kOnlyAstFlag = 0x400;
constexpr int64_t kTypeCommentsFlag = 0x1000;
constexpr int64_t kAllowTopLevelAwaitFlag = 0x2000;

Module* create_ast_module();

// Whether `source` is an instance of _ast.AST.
bool is_ast_object(Value source);

// compile(source, filename, mode, PyCF_ONLY_AST | flags): the tree of `_ast`
// objects for source bytes (or the UTF-8 of a str, `source_is_text`); `mode`
// is exec, eval, single or func_type.
Value parse_to_ast_object(std::string_view source, std::string_view filename,
                          std::string_view mode, int64_t flags, bool source_is_text);

// compile(tree, filename, mode): checks the tree as CPython does (TypeError,
// ValueError) and compiles it.
Code* compile_ast_object(Value tree, std::string_view filename, std::string_view mode,
                         int optimize);

}  // namespace krait
