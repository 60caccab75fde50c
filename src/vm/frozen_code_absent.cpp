// The stand-in for krait_freeze's output in binaries built without it: the
// frozen modules are compiled from source at start-up. A weak definition,
// so that the generated one linked into `krait` replaces it.
#include "vm/import.h"

namespace krait {

__attribute__((weak)) std::string_view frozen_module_code(std::string_view) { return {}; }

}  // namespace krait
