// The built-in module `array` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_array_module();

}  // namespace krait
