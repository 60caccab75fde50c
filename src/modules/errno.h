// The built-in module `errno` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_errno_module();

}  // namespace krait
