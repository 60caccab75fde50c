// The interactive interpreter: `krait` on a terminal, `krait -i`, PYTHONINSPECT.
#pragma once

#include <string>

namespace krait {

struct Module;

// Reads, compiles ("single" mode) and runs statements in `main_module`'s
// globals until end of input, as CPython's REPL: sys.ps1/sys.ps2 prompts,
// results through sys.displayhook, exceptions printed and the loop carried
// on. Returns the process exit status (SystemExit's code, 0 at end of input).
// A null `main_module` means sys.modules['__main__'] (a new one if missing).
int run_interactive(Module* main_module);

// What CPython prints on stderr before a session started without a program
// on an interactive standard input (unless -q), before $PYTHONSTARTUP runs:
// Krait's version line, then, unless -S, the line naming help() and friends.
std::string interactive_banner();

}  // namespace krait
