// The `_struct` module (CPython's Modules/_struct.c).
#pragma once

namespace krait {

struct Module;

Module* create_struct_module();

}  // namespace krait
