// The built-in module `select` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_select_module();

}  // namespace krait
