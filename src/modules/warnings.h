// Run-time warnings from native code (CPython's PyErr_WarnEx), under the
// default warning filters of a release build, until the warnings module
// can be imported: DeprecationWarning is shown only when the warned-about
// code belongs to __main__; PendingDeprecationWarning, ImportWarning and
// ResourceWarning are ignored; every other category is shown once per
// (message, category, line) in the module's __warningregistry__.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace krait {

// Warns about the code `stacklevel` Python frames up (1: the caller of the
// native function that warns). Writes "FILE:LINE: Category: message" and the
// stripped source line to sys.stderr, as warnings.showwarning does.
void warn(Type* category, std::string_view message, int stacklevel = 1);

}  // namespace krait
