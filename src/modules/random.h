// The `_random` module (CPython's Modules/_randommodule.c).
#pragma once

namespace krait {

struct Module;

Module* create_random_module();

}  // namespace krait
