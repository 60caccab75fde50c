// The built-in module `fcntl` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_fcntl_module();

}  // namespace krait
