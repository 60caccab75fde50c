#include "vm/tracing.h"

#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"

namespace krait {

namespace {

bool is_op(const uint16_t* instr, Op op) { return instruction_op(*instr) == op; }

// The trace function runs untraced: its own frames dispatch at full speed.
struct TracingScope {
  explicit TracingScope(ThreadState* ts) : ts(ts) {
    ++ts->tracing;
    ts->trace_dispatch = 0;
  }
  ~TracingScope() {
    if (--ts->tracing == 0 && !ts->trace_function.is_null()) {
      ts->trace_dispatch = kTraceDispatchOffset;
    }
  }
  ThreadState* ts;
};

// Calls `callback(frame, event, arg)` with f_locals brought up to date before
// and written back after, as CPython's call_trampoline. A trace function that
// raises loses its place: tracing stops and the frame's f_trace goes.
Value call_trampoline(ThreadState* ts, Frame* frame, Value callback, const char* event, Value arg) {
  FrameObject* object = frame_object_for(frame);
  frame_locals(frame);
  Value args[3] = {Value::from_object(object), Value::from_object(intern(event)),
                   arg.is_null() ? none() : arg};
  Value result;
  try {
    TracingScope scope(ts);
    result = call(callback, args, 3);
  } catch (const PyException&) {
    frame_locals_to_fast(frame);
    add_traceback_entry(ts->current_exception, frame);
    set_trace_function(ts, Value::null());
    object->trace = Value::null();
    throw;
  }
  frame_locals_to_fast(frame);
  return result;
}

// An event for the frame's own trace function; what it returns, unless None,
// becomes the frame's next trace function.
void call_local_trace(ThreadState* ts, Frame* frame, const char* event, Value arg) {
  FrameObject* object = frame->frame_object;
  if (!object || object->trace.is_null()) return;
  Value result = call_trampoline(ts, frame, object->trace, event, arg);
  if (!is_none(result)) object->trace = result;
}

bool tracing_active(ThreadState* ts) { return ts->tracing == 0 && !ts->trace_function.is_null(); }

// True for the instructions before the code's first RESUME.
bool before_first_resume(const Frame* frame) {
  for (const uint16_t* instr = frame->code->code; instr < frame->instr; ++instr) {
    if (is_op(instr, Op::RESUME)) return false;
  }
  return !is_op(frame->instr, Op::RESUME);
}

int line_of(const Code* code, const uint16_t* instr) { return line_at(code, instr - code->code); }

}  // namespace

void set_trace_function(ThreadState* ts, Value function) {
  if (function.is_null() || is_none(function)) {
    ts->trace_function = Value::null();
    ts->trace_dispatch = 0;
    return;
  }
  ts->trace_function = function;
  if (ts->tracing == 0) ts->trace_dispatch = kTraceDispatchOffset;
  // Frames already running start line tracing from where they are now.
  for (Frame* frame = ts->frame; frame; frame = frame->previous) frame->trace_previous = nullptr;
}

Value trace_function_or_none(ThreadState* ts) {
  return ts->trace_function.is_null() ? none() : ts->trace_function;
}

void trace_call(ThreadState* ts, Frame* frame) {
  if (!tracing_active(ts)) return;
  Value result = call_trampoline(ts, frame, ts->trace_function, "call", none());
  if (!is_none(result)) frame->frame_object->trace = result;
}

void trace_instruction(ThreadState* ts, Frame* frame, const Value* stack_top) {
  const uint16_t* instr = frame->instr;
  const uint16_t* previous = frame->trace_previous;
  frame->trace_previous = instr;
  if (!tracing_active(ts) || before_first_resume(frame)) return;
  if (is_op(instr, Op::RESUME)) {
    trace_call(ts, frame);
    return;
  }
  FrameObject* object = frame->frame_object;
  if (!object || object->trace.is_null()) return;
  Code* code = frame->code;
  int line = line_of(code, instr);
  if (line != -1 && object->trace_lines) {
    // Before the first traced instruction of a frame that was already running
    // when tracing began, the one before it in the code stands in for the last run.
    const uint16_t* last = previous ? previous : (instr > code->code ? instr - 1 : nullptr);
    // The first instruction after a frame's start always reports its line.
    bool after_start = last && *last == make_instruction(Op::RESUME, 0);
    bool new_line = !last || after_start || line != line_of(code, last);
    bool backward_jump = last && instr < last && !is_op(instr, Op::SEND);
    if (new_line || backward_jump) call_local_trace(ts, frame, "line", none());
  }
  if (object->trace_opcodes && !object->trace.is_null()) {
    call_local_trace(ts, frame, "opcode", none());
  }
  if (is_op(instr, Op::RETURN_VALUE) || is_op(instr, Op::YIELD_VALUE)) {
    if (tracing_active(ts)) call_local_trace(ts, frame, "return", stack_top[-1]);
  }
}

void trace_exception(ThreadState* ts, Frame* frame) {
  if (!tracing_active(ts)) return;
  FrameObject* object = frame->frame_object;
  if (!object || object->trace.is_null()) return;
  Value exception = ts->current_exception;
  if (exception.is_null()) return;
  Value traceback = none();
  if (is_exception_instance(exception)) {
    Value held = exception.as<BaseExceptionObject>()->traceback;
    if (!held.is_null()) traceback = held;
  }
  Value arg = Value::from_object(
      make_tuple({Value::from_object(type_of(exception)), exception, traceback}));
  ts->current_exception = Value::null();
  call_local_trace(ts, frame, "exception", arg);
  ts->current_exception = exception;
}

void trace_unwind(ThreadState* ts, Frame* frame) {
  if (!tracing_active(ts)) return;
  Value exception = ts->current_exception;
  ts->current_exception = Value::null();
  call_local_trace(ts, frame, "return", none());
  ts->current_exception = exception;
}

}  // namespace krait
