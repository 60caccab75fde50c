// The built-in module `time` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_time_module();

}  // namespace krait
