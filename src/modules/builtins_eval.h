// The builtins that need the virtual machine: __build_class__, exec, eval,
// compile, globals, locals, vars.
#pragma once

namespace krait {

struct Module;

// Adds them to the builtins module's namespace (called by its author).
void add_eval_builtins(Module* builtins);

}  // namespace krait
