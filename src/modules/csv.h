// The built-in module `_csv` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_csv_module();

}  // namespace krait
