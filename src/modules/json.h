// The built-in module `_json` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_json_module();

}  // namespace krait
