// The built-in module `_collections` (CPython's C accelerator of the module `collections`).
#pragma once

namespace krait {

struct Module;

Module* create_collections_module();

}  // namespace krait
