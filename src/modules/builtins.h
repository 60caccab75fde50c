// The builtins module: the built-in types, constants and functions.
#pragma once

namespace krait {

struct Module;

// Builds the builtins module (after every native type is ready).
Module* create_builtins_module();

}  // namespace krait
