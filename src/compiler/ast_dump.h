// ast.dump(): the text CPython 3.11's `ast.dump(node, annotate_fields=True,
// include_attributes=..., indent=...)` prints for the same tree, byte for byte.
#pragma once

#include <optional>
#include <string>

#include "compiler/ast.h"

namespace krait::ast {

struct DumpOptions {
  bool include_attributes = false;
  // indent=None when empty; otherwise that many spaces per level.
  std::optional<int> indent;
};

std::string dump(const Node* node, const DumpOptions& options);

// repr() of a constant as CPython prints it (used by dump and by the compiler's
// diagnostics).
std::string constant_repr(const ConstantValue& value);

}  // namespace krait::ast
