// The built-in module `termios` (CPython's Modules/termios.c): POSIX tty
// control.
#pragma once

namespace krait {

struct Module;
Module* create_termios_module();

}  // namespace krait
