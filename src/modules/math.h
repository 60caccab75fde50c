// The `math` module (CPython's Modules/mathmodule.c).
#pragma once

namespace krait {

struct Module;

Module* create_math_module();

}  // namespace krait
