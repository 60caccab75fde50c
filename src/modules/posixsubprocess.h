// The built-in module `_posixsubprocess` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_posixsubprocess_module();

}  // namespace krait
