// The built-in module `_stat` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_stat_module();

}  // namespace krait
