// The built-in module `posix` (registered at start-up), which os.py
// re-exports; see posix_support.h for what its parts share.
#pragma once

namespace krait {

struct Module;

Module* create_posix_module();

}  // namespace krait
