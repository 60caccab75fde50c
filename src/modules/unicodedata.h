// The built-in module `unicodedata` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_unicodedata_module();

}  // namespace krait
