// A textual disassembly of code objects, for `krait --dump-bytecode` and the
// code generator's tests. One summary line per code object (the attributes the
// parity check compares with CPython's), its constants, then one line per
// instruction with EXTENDED_ARG folded in: name, argument (resolved like dis:
// names, constants, jump targets as instruction indexes L<n>) and position.
// Nested code objects follow their parent, depth first.
#pragma once

#include <string>

#include "vm/code.h"

namespace krait {

std::string disassemble(const Code* code);
// Only the summary lines.
std::string code_summary(const Code* code);

}  // namespace krait
