// The built-in modules `pwd` and `grp` (registered at start-up).
#pragma once

namespace krait {

struct Module;

Module* create_pwd_module();
Module* create_grp_module();

}  // namespace krait
