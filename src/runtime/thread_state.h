// Per-thread interpreter state. A ThreadState is allocated uncollectable and
// scanned, so everything it points to is a root (DESIGN §5 rule 4).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace krait {

struct Frame;  // vm/frame.h

// One link of the handled-exception chain (CPython's _PyErr_StackItem): the
// thread has a base item, and each running generator links its own in front.
struct ExceptionStateItem {
  Value value;  // null or None: nothing handled at this level
  ExceptionStateItem* previous = nullptr;
};

struct ThreadState {
  // The exception being raised (between a raise and the handler that takes it).
  Value current_exception;
  // The exception being handled (sys.exc_info()): the first value along the
  // exception-state chain, kept up to date by the VM whenever the chain changes.
  Value handled_exception;
  // The innermost item of that chain; null means base_exception_state.
  ExceptionStateItem* exception_state = nullptr;
  ExceptionStateItem base_exception_state;
  // The value of the StopIteration that ended an iteration whose next slot
  // answered null (a generator's return value, a __next__'s
  // StopIteration(value)). Callers that need it clear it before the call.
  Value stop_iteration_value;
  // The innermost executing Python frame.
  Frame* frame = nullptr;
  // The contiguous value stack holding frames' locals and operands (vm/).
  Value* stack_base = nullptr;
  Value* stack_top = nullptr;
  Value* stack_limit = nullptr;
  // Backward jumps and Python calls left before RuntimeError (a bound for
  // fuzzing and embedding); 0 means unlimited.
  uint64_t instruction_budget = 0;
  // Python call depth, checked against recursion_limit.
  int recursion_depth = 0;
  // Native (C++) re-entries into the interpreter, bounded by C-stack depth.
  int native_depth = 0;
  // The lowest C-stack address native code may reach before RecursionError.
  const char* c_stack_limit = nullptr;
  // sys.settrace(): the trace function, null when none is set (vm/tracing.h).
  Value trace_function;
  // Added to every opcode the loop dispatches: kTraceDispatchOffset while
  // trace_function is set and not running, so that each instruction goes
  // through the loop's tracing entry; 0 otherwise.
  uint32_t trace_dispatch = 0;
  // Nonzero while a trace function runs: nothing it runs is traced.
  int tracing = 0;
  // True while this thread runs the queued finalisers (gc.cpp).
  bool running_finalizers = false;

  // Thread bookkeeping (modules/thread.cpp).
  unsigned long ident = 0;   // _thread.get_ident(): pthread_self()
  uint64_t serial = 0;       // never reused: keys the thread's _thread._local data
  bool is_main = false;      // the thread that runs the program (signals go there)
  // The current contextvars.Context; null until the thread first needs one.
  Value context;
  // sys.set_asyncgen_hooks(): called with an async generator on its first
  // iteration, and kept by it to be called when it is collected unfinished
  // (null: unset).
  Value asyncgen_firstiter;
  Value asyncgen_finalizer;
  // sys.set_coroutine_origin_tracking_depth().
  int coroutine_origin_tracking_depth = 0;
  // Locks from _thread._set_sentinel, released when the thread ends (a list or null).
  Value sentinel_locks;
  // Disguised pointers to the _thread._local objects holding data for this
  // thread (cleared by the collector when a local dies), so that the data goes
  // when the thread ends: a scanned array of small atomic cells.
  void** local_links = nullptr;
  size_t local_link_count = 0;
  size_t local_link_capacity = 0;
  // The containers whose repr is running in this thread (objects/container_support.cpp).
  Value reprs_in_progress;
  // Every live thread's state, in creation order (all_thread_states()).
  ThreadState* next_state = nullptr;
  ThreadState* previous_state = nullptr;
};

// The current thread's state (created on first use; the first one created
// is the main thread's).
ThreadState* thread_state();
// The first of the live threads' states, linked by next_state (under the GIL).
ThreadState* all_thread_states();
// Ends the current thread's state at the end of a thread (holding the GIL):
// unlinks it, frees its value stack and the state itself.
void destroy_thread_state();
// In the child of a fork: drops the states of the threads that did not
// survive it (all but the current one).
void forget_other_thread_states();

// Sets the lowest C-stack address native code may reach on this thread:
// `stack_size` bytes below the caller's frame, less a safety margin.
void set_c_stack_limit(size_t stack_size);

// Guards a native recursion that can call back into Python (repr of nested
// containers, comparisons, __getattr__ …): counts against the recursion limit
// like a Python call, as CPython's Py_EnterRecursiveCall, and raises
// RecursionError("maximum recursion depth exceeded" + where) when it is
// reached or when the C stack is nearly exhausted.
class RecursionGuard {
 public:
  explicit RecursionGuard(const char* where = "");
  ~RecursionGuard();
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;

 private:
  ThreadState* state_;
};

// True when the C stack of this thread is within its safety margin.
bool c_stack_exhausted();

// sys.getrecursionlimit()/setrecursionlimit(): shared by all threads.
extern int recursion_limit;

}  // namespace krait
