// The built-in module `_functools` (CPython's C accelerator of the module `functools`).
#pragma once

namespace krait {

struct Module;

Module* create_functools_module();

}  // namespace krait
