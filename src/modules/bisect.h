// The built-in module `_bisect` (CPython's C accelerator of the module `bisect`).
#pragma once

namespace krait {

struct Module;

Module* create_bisect_module();

}  // namespace krait
