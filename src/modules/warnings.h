// The `_warnings` module and run-time warnings from native code (CPython's
// Python/_warnings.c and PyErr_WarnEx), one machinery for both.
//
// The filters, the once registry and the default action are shared with
// Lib/warnings.py: once `warnings` is in sys.modules its `filters`,
// `onceregistry` and `defaultaction` are read at each warning (so programs
// may edit the list in place or rebind it), and a warning to be shown goes
// to its `_showwarnmsg` as a WarningMessage; before that, the built-in
// list (a release build's defaults) applies and the warning is written to
// sys.stderr here.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

struct Module;

// Warns about the code `stacklevel` Python frames up (1: the caller of the
// native function that warns), as warnings.warn does. Throws PyException
// when a filter turns the warning into an error, or when showing it raises.
void warn(Type* category, std::string_view message, int stacklevel = 1);

// The compiler's warning sink (set_compile_warning_sink): a SyntaxWarning
// about `filename`, through the filters; the source line is found again from
// the file when shown. Answers true when a filter turned it into an error,
// which the compiler then raises as a SyntaxError; throws PyException for
// any other error raised while warning.
bool show_syntax_warning(const std::string& category, const std::string& filename, int lineno,
                         const std::string& message, const std::string& line);

// The built-in module `_warnings` (registered at start-up).
Module* create_warnings_module();

}  // namespace krait
