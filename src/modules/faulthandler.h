// The built-in modules `faulthandler` (CPython's Modules/faulthandler.c) and
// `_tracemalloc`.
//
// faulthandler writes the Python traceback of the interpreter's frames on a
// fatal signal, on a user signal, after a timeout, or on request, using only
// write(2) and the frames' code objects (nothing allocates while dumping).
// _tracemalloc is a placeholder: Krait does not trace allocations, so
// is_tracing() stays False and the queries answer "nothing traced".
#pragma once

namespace krait {

struct Module;
Module* create_faulthandler_module();
Module* create_tracemalloc_module();

}  // namespace krait
