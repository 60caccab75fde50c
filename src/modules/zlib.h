// The built-in module `zlib` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_zlib_module();

}  // namespace krait
