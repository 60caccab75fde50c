// The _opcode module: Krait's instruction table (vm/opcodes.def) for the
// pure-Python opcode and dis modules in lib/, and stack_effect().
#pragma once

namespace krait {

struct Module;

Module* create_opcode_module();

}  // namespace krait
