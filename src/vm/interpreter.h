// The interpreter loop (DESIGN §6, §10).
//
// One run of the loop executes frames until the frame it was started on
// (the "entry" frame) returns, yields or lets an exception escape. A call from
// Python to a Python function pushes the callee's frame on the thread's value
// stack and carries on dispatching in the same run; only native code calling
// back into Python (protocol call() on a function, a generator's send) starts
// a nested run, whose C-stack depth is checked against
// ThreadState::c_stack_limit.
#pragma once

#include <csignal>
#include <cstddef>

#include "runtime/gil.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace krait {

struct Code;
struct Dict;
struct Frame;
struct Function;
struct ThreadState;

// Runs `frame` (already linked as ts->frame) to its return, yield or
// exception. With `throwing`, the exception in ts->current_exception is
// raised at the frame's current instruction first (generator.throw()).
// Leaves ts->frame as it was before the frame was linked.
Value run_frame(ThreadState* ts, Frame* frame, bool throwing = false);

// Calls a Python function with vectorcall arguments.
Value call_function(Function* function, const Value* args, size_t nargs, Tuple* kwnames);
// Runs a function's code with `locals` as its LOAD_NAME namespace (class
// bodies, as __build_class__ runs them).
Value call_function_with_locals(Function* function, Value locals);
// Runs module-level code (exec, eval, the main script) in `globals`/`locals`.
Value run_code(Code* code, Dict* globals, Value locals);

// Binds call arguments into a new frame's fast locals, with CPython's
// TypeErrors for mismatches.
void bind_arguments_to_frame(Function* function, Frame* frame, const Value* args, size_t nargs,
                             Tuple* kwnames);

// The builtins namespace of code running with `globals` (its
// __builtins__, else the builtins module's).
Dict* builtins_for_globals(Dict* globals);

// Signals: the C handler sets interrupt_pending (modules/signal.h); the loop
// checks it on backward jumps and calls and runs the Python handlers there
// (SIGINT's raises KeyboardInterrupt).
extern volatile sig_atomic_t interrupt_pending;
// Installs the start-up signal handlers (SIGINT's unless SIGINT is ignored),
// as CPython at start-up.
void install_interrupt_handler();
// Raises the RuntimeError of an exhausted ThreadState::instruction_budget;
// the budget stays exhausted so that every later check raises again.
[[noreturn]] void raise_budget_exhausted(ThreadState* ts);

// The slow part of the check below: hands the GIL over when another thread
// asked for it, and runs the handlers of pending signals in the main thread
// (other threads leave them pending for the main one).
void handle_pending_events(ThreadState* ts);

// The check made on backward jumps and calls: cheap when nothing is pending.
inline void check_interrupts_and_budget(ThreadState* ts) {
  if (__builtin_expect(
          interrupt_pending != 0 || gil_drop_request.load(std::memory_order_relaxed), 0)) {
    handle_pending_events(ts);
  }
  if (__builtin_expect(ts->instruction_budget != 0, 0) && --ts->instruction_budget == 0) {
    raise_budget_exhausted(ts);
  }
}

// The innermost item of the thread's handled-exception chain.
inline ExceptionStateItem* exception_state_item(ThreadState* ts) {
  return ts->exception_state ? ts->exception_state : &ts->base_exception_state;
}
// Recomputes ts->handled_exception from the chain after it changed: the
// first item that holds an exception, as CPython's _PyErr_GetTopmostException.
void refresh_handled_exception(ThreadState* ts);

// Sets exc.__context__ to `handled` as an implicit raise does, breaking any
// cycle that would form.
void chain_exception_context(Value exception, Value handled);

}  // namespace krait
