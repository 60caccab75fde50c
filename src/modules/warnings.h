// Run-time warnings from native code (CPython's PyErr_WarnEx), under the
// default warning filters of a release build, until the warnings module
// can be imported: DeprecationWarning is shown only when the warned-about
// code belongs to __main__; PendingDeprecationWarning, ImportWarning and
// ResourceWarning are ignored; every other category is shown once per
// (message, category, line) in the module's __warningregistry__.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

// Warns about the code `stacklevel` Python frames up (1: the caller of the
// native function that warns), through show_warning.
void warn(Type* category, std::string_view message, int stacklevel = 1);

// Writes "FILE:LINE: Category: message" and, when there is one, the stripped
// source line to sys.stderr, in the pieces _warnings.show_warning writes.
void show_warning(const std::string& filename, int lineno, const std::string& category,
                  const std::string& message, const std::string& line);

// The compiler's warning sink (set_compile_warning_sink): a SyntaxWarning.
void show_syntax_warning(const std::string& filename, int lineno, const std::string& message,
                         const std::string& line);

}  // namespace krait
