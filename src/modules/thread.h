// The `_thread` module: threads running Python callables under the GIL
// (runtime/gil.h), locks, recursive locks, thread-local data, the sentinel
// locks threading.Thread.join waits on, and the thread excepthook.
#pragma once

namespace krait {

struct Module;

// The built-in module `_thread` (registered at start-up).
Module* create_thread_module();

// At interpreter exit, before the atexit functions: waits for the non-daemon
// threads through threading._shutdown (when threading was imported).
void shutdown_threads();
// After the atexit functions: keeps the threads still alive (daemons) from
// running Python again while the interpreter exits.
void stop_other_threads();

}  // namespace krait
