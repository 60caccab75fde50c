// The built-in module `itertools` (CPython's Modules/itertoolsmodule.c).
#pragma once

namespace krait {

struct Module;

Module* create_itertools_module();

}  // namespace krait
