// sys.settrace(): the events a trace function sees (CPython 3.11's
// trace_trampoline and maybe_call_line_trace).
//
// A thread with a trace function dispatches every instruction through the
// loop's tracing entry first (ThreadState::trace_dispatch), which calls
// trace_instruction: "call" at a RESUME (a frame starting or a generator
// resuming), "line" when the instruction starts a new line or a backward jump
// lands on one, "opcode" when f_trace_opcodes is set, "return" before
// RETURN_VALUE and YIELD_VALUE. The loop reports "exception" where an
// exception is raised in, or reaches, a frame, and "return" with None when
// one leaves a frame. "call" goes to the thread's trace function, the others
// to the frame's f_trace (set from what "call" returned, or by assignment).
// The instructions before a code object's first RESUME (MAKE_CELL,
// COPY_FREE_VARS, RETURN_GENERATOR) are never traced, as in CPython.
#pragma once

#include "runtime/value.h"

namespace krait {

struct Frame;
struct ThreadState;

// ThreadState::trace_dispatch while tracing: added to each opcode dispatched,
// it selects the tracing half of the loop's dispatch table.
inline constexpr uint32_t kTraceDispatchOffset = 256;

// sys.settrace(function) for the current thread; None or null removes it.
void set_trace_function(ThreadState* ts, Value function);
// sys.gettrace(): the thread's trace function or None.
Value trace_function_or_none(ThreadState* ts);

// The tracing entry of the loop, with frame->instr at the instruction about
// to run and `stack_top` the frame's operand stack pointer. Raises what the
// trace function raises (and then tracing is off, as in CPython).
void trace_instruction(ThreadState* ts, Frame* frame, const Value* stack_top);
// "call" for a generator frame resumed by throw(), which enters at no RESUME.
void trace_call(ThreadState* ts, Frame* frame);
// "exception" with (type, value, traceback) of ts->current_exception; an
// exception the trace function raises replaces it.
void trace_exception(ThreadState* ts, Frame* frame);
// "return" with None for a frame an exception is leaving; ts->current_exception
// is kept unless the trace function raises.
void trace_unwind(ThreadState* ts, Frame* frame);

}  // namespace krait
