// The built-in module `binascii` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_binascii_module();

}  // namespace krait
