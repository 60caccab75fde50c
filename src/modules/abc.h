// The built-in module `_abc` (CPython's Modules/_abc.c), which abc.py uses
// instead of _py_abc.
#pragma once

namespace krait {

struct Module;
Module* create_abc_module();

}  // namespace krait
