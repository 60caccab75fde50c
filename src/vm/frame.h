// Frames: the activation records of Python code (DESIGN §6).
//
// A frame is a header followed by its "localsplus" slots (fast locals, cells,
// free variables, as vm/code.h lays them out) and then its operand stack, all
// in one run of Values. An ordinary call's frame lives on the calling thread's
// contiguous value stack (pushed and popped in LIFO order, never allocated);
// a generator's frame lives inside the generator object. A heap `frame`
// object (FrameObject) is made only when Python code asks for one:
// sys._getframe(), a traceback entry, a generator's gi_frame.
//
// The value stack is memory the collector does not manage (mmap'd, reserved
// lazily): a callback registered with GC_set_push_other_roots pushes
// [stack_base, stack_top) of every thread's stack, so exactly the live frames
// are scanned. stack_top is the end of the innermost frame's full extent
// (localsplus plus its maximum operand stack), so operands the loop keeps only
// in registers' worth of slots are still covered whatever the loop's
// stack pointer happens to be when a collection runs.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"
#include "vm/code.h"

namespace krait {

struct Function;
struct Dict;
struct FrameObject;
struct Generator;
struct ThreadState;

struct Frame {
  Code* code;
  Function* function;  // null for code run by exec()/eval() or as a module body
  Dict* globals;
  Dict* builtins;
  Value locals;        // the mapping of LOAD_NAME/STORE_NAME, null for optimised code
  Frame* previous;     // the caller (f_back), null at the bottom of a run
  FrameObject* frame_object;  // the Python-visible frame object, made lazily
  Generator* generator;       // the owning generator when the frame lives in one
  Value* stack_pointer;       // operand-stack top while the frame is not executing
  // The instruction being (or last) executed, EXTENDED_ARG prefixes skipped;
  // code->code - 1 before the first.
  const uint16_t* instr;
  // The instruction the tracer last saw in this frame (vm/tracing.h), null
  // until it sees one.
  const uint16_t* trace_previous;
  bool is_entry;              // started by run_frame: returning leaves that run of the loop
  bool on_thread_stack;       // lives on the thread's value stack (popped on return)

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_bottom() { return localsplus() + code->nlocalsplus; }
  // Values a frame for `code` occupies, header included.
  static size_t words_for(const Code* code) {
    return sizeof(Frame) / sizeof(Value) + code->nlocalsplus + code->stacksize;
  }
  int32_t lasti() const { return static_cast<int32_t>(instr - code->code); }
  int line_number() const;
};

static_assert(sizeof(Frame) % sizeof(Value) == 0);

// The Python `frame` type. While its frame executes, `frame` points at it;
// when a thread-stack frame returns, its header and locals are copied into
// memory owned by this object (so f_locals, f_lineno stay readable) and
// `back` records the caller's frame object.
struct FrameObject : Object {
  Frame* frame;
  Value back;        // f_back once the frame has left the stack (null: ask frame->previous)
  Dict* locals_dict; // the snapshot dict f_locals / locals() answer for optimised frames
  Value trace;       // f_trace: the frame's trace function, null for none
  bool trace_lines;
  bool trace_opcodes;
};

extern Type frame_type;

// Pushes a zero-filled frame for `code` on the current thread's value stack.
// Raises RecursionError ("maximum recursion depth exceeded") past
// sys.getrecursionlimit() and MemoryError when the stack is exhausted.
Frame* push_frame(ThreadState* ts, Code* code, Function* function, Dict* globals, Dict* builtins,
                  Value locals);
// Pops the innermost thread-stack frame, handing its contents to its frame
// object first if it has one.
void pop_frame(ThreadState* ts, Frame* frame);
// Unmaps a finished thread's value stack and stops the collector scanning it.
void free_value_stack(ThreadState* ts);

// The frame object for `frame`, made on first request.
FrameObject* frame_object_for(Frame* frame);
// f_locals: for optimised frames a dict snapshot of the fast locals and cells.
Value frame_locals(Frame* frame);
// Writes an optimised frame's f_locals snapshot back into its fast locals and
// cells, a name missing from it unbinding the variable (CPython's
// PyFrame_LocalsToFast with clear, as after a trace function).
void frame_locals_to_fast(Frame* frame);

void init_frame_type();

}  // namespace krait
