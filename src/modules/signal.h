// Signals: the built-in module `_signal`, and the one mechanism by which a
// signal reaches Python code.
//
// The C handler only records the signal (tripped flag, interrupt_pending,
// the wakeup fd); the interpreter's safe point (check_interrupts_and_budget)
// then calls run_pending_signal_handlers in the main thread, which runs each
// tripped signal's Python handler. SIGINT's initial handler is
// default_int_handler, which raises KeyboardInterrupt; until `_signal` is
// imported, a tripped SIGINT does the same.
#pragma once

#include <cerrno>

#include "runtime/gil.h"

namespace krait {

struct Module;

Module* create_signal_module();

// At start-up, as CPython's signal_install_handlers: SIGINT's C handler
// unless SIGINT is ignored; SIGPIPE and SIGXFSZ ignored, so that writes
// report EPIPE/EFBIG instead of ending the process.
void install_signal_handlers();

// Records signal `number` as arrived (async-signal-safe; also
// _thread.interrupt_main's way in).
void trip_signal(int number);

// In the main thread: runs the Python handler of every signal that arrived
// since the last call, raising what a handler raises. Elsewhere: nothing
// (the main thread runs them at its next safe point).
void run_pending_signal_handlers();

// For a blocking read of the interactive prompt: runs the pending handlers
// and answers true when one raised (the prompt then shows KeyboardInterrupt
// and drops the line); the exception is cleared.
bool pending_signals_interrupt_input();

// A blocking system call that returns -1 with errno on failure, made as
// PEP 475 asks: retried after EINTR once the signal handlers have run (an
// exception they raise propagates). Every blocking call of the OS modules
// goes through here, so that releasing the GIL around `call` is one change.
// `call` runs with the GIL released (runtime/gil.h): it must not touch
// Python objects beyond the plain memory of buffers its caller holds.
template <typename Call>
auto blocking_call(Call call) {
  for (;;) {
    auto result = [&] {
      ReleaseGil unlocked;
      return call();
    }();
    if (result != -1 || errno != EINTR) return result;
    run_pending_signal_handlers();
  }
}

}  // namespace krait
