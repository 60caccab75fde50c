// The `atexit` module (CPython's Modules/atexitmodule.c).
#pragma once

namespace krait {

struct Module;

Module* create_atexit_module();

// Calls the registered functions, last registered first, reporting each
// exception as "Exception ignored in atexit callback: …"; the interpreter's
// exit calls it before flushing the streams.
void run_atexit_callbacks();

}  // namespace krait
