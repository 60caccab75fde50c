// Running programs: a script file or a command string as __main__, with
// CPython's handling of an uncaught exception and of SystemExit.
#pragma once

#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct Code;
struct Dict;
struct Module;
struct SyntaxErrorInfo;

// The -O level programs are compiled with (compile()'s optimize=-1).
extern int optimization_level;

// Compiles source bytes, or with `source_is_text` the UTF-8 of a str (its
// coding declaration ignored); front-end errors become Python SyntaxErrors
// (IndentationError, TabError, ValueError for NUL bytes), compile-time
// recursion a RecursionError. `mode` is "exec", "eval" or "single".
Code* compile_to_code(std::string_view source, std::string_view filename, std::string_view mode,
                      int optimize, bool source_is_text = false);
// Writes `text` to sys.stderr (or the C stream when it is gone).
void write_stderr(const std::string& text);

// The Python exception for a front-end error.
Value syntax_error_exception(const SyntaxErrorInfo& info);

// A fresh __main__ module (registered in sys.modules) whose globals hold
// __name__, __doc__, __package__, __spec__, __loader__ and __builtins__.
Module* make_main_module();

// Runs the script at `path` (already made absolute) as __main__. Returns the
// process exit status: 0, 1 for an uncaught exception (printed), SystemExit's.
// `skip_first_line` is -x: the first line is not compiled (line numbers stay).
int run_file(const std::string& path, bool skip_first_line = false);
// Runs `command` as __main__ with filename "<string>" (`krait -c`).
int run_command(const std::string& command);
// Runs the program read from standard input as __main__ ("<stdin>").
int run_stdin();

// `krait -m name`: runpy._run_module_as_main natively. Finds the module's
// spec (a package runs its __main__ submodule), sets sys.argv[0] to its file
// and runs its code in __main__'s globals with __name__ '__main__' and
// __file__, __cached__, __loader__, __package__, __spec__ from the spec.
// A module that cannot be run is reported as "<sys.executable>: <reason>"
// (status 1); exceptions are printed with runpy's frames, as CPython's.
int run_module_as_main(const std::string& name);
// `krait folder`: runs the folder's __main__ module, which sys.path[0] (the
// folder) finds; "can't find '__main__' module in '<folder>'" without one.
int run_directory_as_main(const std::string& directory);
// $PYTHONSTARTUP before an interactive session: runs the file in `module`'s
// globals, printing what it raises.
void run_startup_file(const std::string& path, Module* module);

// Imports `warnings` so that it applies sys.warnoptions; what it raises is
// printed as an uncaught exception would be.
void import_warnings_module();

// Set under -i and PYTHONINSPECT: an uncaught SystemExit is printed like any
// other exception (status 1), since the interactive session comes next.
extern bool report_system_exit;

// Set when the program ended by an uncaught KeyboardInterrupt: the process
// must then end by SIGINT with the default disposition (exit_by_sigint), as
// CPython does so that the parent sees the interrupt.
extern bool unhandled_keyboard_interrupt;
[[noreturn]] void exit_by_sigint();

// The exit status for an uncaught exception: SystemExit's code (printing a
// non-int code), else prints the traceback and answers 1.
int handle_uncaught_exception(Value exception);

}  // namespace krait
