// ast.dump(): the text CPython 3.11's `ast.dump(node, annotate_fields=True,
// include_attributes=..., indent=...)` prints for the same tree, byte for byte.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "compiler/ast.h"

namespace krait::ast {

struct DumpOptions {
  bool include_attributes = false;
  // indent=None when empty; otherwise that many spaces per level.
  std::optional<int> indent;
};

// How deep dump() follows nodes: CPython 3.11 turns the parser's tree into
// Python objects with a recursion limit of sys.getrecursionlimit() (1000) ×
// COMPILER_STACK_FRAME_SCALE (3) nodes, beyond which ast.parse raises
// RecursionError; so no tree CPython can dump is deeper.
inline constexpr int kMaxDumpDepth = 3000;

// Thrown by dump() for a tree nested deeper than kMaxDumpDepth, where CPython's
// ast.parse raises RecursionError with this message.
class DumpTooDeepError : public std::runtime_error {
 public:
  DumpTooDeepError() : std::runtime_error("maximum recursion depth exceeded during ast construction") {}
};

// The text of ast.dump(node, ...); throws DumpTooDeepError (see above).
std::string dump(const Node* node, const DumpOptions& options);

// repr() of a constant as CPython prints it (used by dump and by the compiler's
// diagnostics).
std::string constant_repr(const ConstantValue& value);

}  // namespace krait::ast
