// The `cmath` module (CPython's Modules/cmathmodule.c).
#pragma once

namespace krait {

struct Module;

Module* create_cmath_module();

}  // namespace krait
