// The built-in module `_heapq` (CPython's C accelerator of the module `heapq`).
#pragma once

namespace krait {

struct Module;

Module* create_heapq_module();

}  // namespace krait
