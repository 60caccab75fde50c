#include "vm/frame.h"

#include <gc/gc_mark.h>
#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/generator.h"
#include "vm/interpreter.h"

namespace krait {

Type frame_type;

namespace {

// Reserved per thread; pages are committed only as frames reach them.
constexpr size_t kValueStackBytes = size_t{1} << 30;

// The threads whose value stacks the collector must scan. Nodes are malloc'd:
// the ThreadStates they name are uncollectable roots of their own.
struct StackRegistration {
  ThreadState* ts;
  StackRegistration* next;
};
StackRegistration* registered_stacks = nullptr;
GC_push_other_roots_proc previous_push_other_roots = nullptr;

void push_value_stacks() {
  for (StackRegistration* r = registered_stacks; r; r = r->next) {
    if (r->ts->stack_top > r->ts->stack_base) GC_push_all(r->ts->stack_base, r->ts->stack_top);
  }
  if (previous_push_other_roots) previous_push_other_roots();
}

void allocate_value_stack(ThreadState* ts) {
  void* memory = mmap(nullptr, kValueStackBytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (memory == MAP_FAILED) throw_memory_error();
  if (!registered_stacks) {
    previous_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_value_stacks);
  }
  auto* registration = static_cast<StackRegistration*>(std::malloc(sizeof(StackRegistration)));
  registration->ts = ts;
  registration->next = registered_stacks;
  registered_stacks = registration;
  ts->stack_base = static_cast<Value*>(memory);
  ts->stack_top = ts->stack_base;
  ts->stack_limit = ts->stack_base + kValueStackBytes / sizeof(Value);
}

}  // namespace

int Frame::line_number() const {
  int line = line_at(code, lasti());
  return line < 0 ? code->firstlineno : line;
}

void free_value_stack(ThreadState* ts) {
  if (!ts->stack_base) return;
  for (StackRegistration** link = &registered_stacks; *link; link = &(*link)->next) {
    if ((*link)->ts == ts) {
      StackRegistration* found = *link;
      *link = found->next;
      std::free(found);
      break;
    }
  }
  munmap(ts->stack_base, kValueStackBytes);
  ts->stack_base = ts->stack_top = ts->stack_limit = nullptr;
}

Frame* push_frame(ThreadState* ts, Code* code, Function* function, Dict* globals, Dict* builtins,
                  Value locals) {
  if (!ts->stack_base) allocate_value_stack(ts);
  if (ts->recursion_depth >= recursion_limit) {
    raise(&exc_RecursionError, "maximum recursion depth exceeded");
  }
  check_interrupts_and_budget(ts);
  Value* start = ts->stack_top;
  size_t words = Frame::words_for(code);
  if (start + words > ts->stack_limit) throw_memory_error();
  // The slots above the caller's live top may hold stale values from earlier
  // frames; a new frame's locals must start empty. Its operand stack needs no
  // clearing: stale words there only keep garbage alive a little longer.
  size_t cleared = sizeof(Frame) / sizeof(Value) + static_cast<size_t>(code->nlocalsplus);
  std::memset(static_cast<void*>(start), 0, cleared * sizeof(Value));
  auto* frame = reinterpret_cast<Frame*>(start);
  frame->code = code;
  frame->function = function;
  frame->globals = globals;
  frame->builtins = builtins;
  frame->locals = locals;
  frame->previous = ts->frame;
  frame->stack_pointer = frame->stack_bottom();
  frame->instr = code->code - 1;
  frame->on_thread_stack = true;
  ts->stack_top = start + words;
  ++ts->recursion_depth;
  return frame;
}

void pop_frame(ThreadState* ts, Frame* frame) {
  --ts->recursion_depth;
  if (FrameObject* object = frame->frame_object) {
    // The frame object outlives the stack slot: give it a copy of the header
    // and locals, and fix f_back now that the caller is known.
    size_t words = sizeof(Frame) / sizeof(Value) + frame->code->nlocalsplus;
    auto* copy = static_cast<Frame*>(gc_alloc(words * sizeof(Value)));
    std::memcpy(static_cast<void*>(copy), frame, words * sizeof(Value));
    copy->previous = nullptr;
    copy->on_thread_stack = false;
    copy->stack_pointer = copy->stack_bottom();
    object->frame = copy;
    object->back = frame->previous ? Value::from_object(frame_object_for(frame->previous)) : none();
  }
  ts->stack_top = reinterpret_cast<Value*>(frame);
}

FrameObject* frame_object_for(Frame* frame) {
  if (!frame->frame_object) {
    auto* object = static_cast<FrameObject*>(allocate_instance(&frame_type));
    object->frame = frame;
    object->trace_lines = true;
    frame->frame_object = object;
  }
  return frame->frame_object;
}

Value frame_locals(Frame* frame) {
  if (!(frame->code->flags & kCoOptimized) && !frame->locals.is_null()) return frame->locals;
  FrameObject* object = frame_object_for(frame);
  if (!object->locals_dict) object->locals_dict = make_dict();
  Dict* dict = object->locals_dict;
  Code* code = frame->code;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    Value name = (*code->localsplus_names)[i];
    Value value = frame->localsplus()[i];
    uint8_t kind = code->localsplus_kinds[i];
    if ((kind & (kFastCell | kFastFree)) && value.is_object() &&
        value.as_object()->type == &cell_type) {
      value = value.as<Cell>()->contents;
    }
    if (value.is_null()) {
      dict_delete(dict, name);
    } else {
      dict_set(dict, name, value);
    }
  }
  return Value::from_object(dict);
}

void frame_locals_to_fast(Frame* frame) {
  Code* code = frame->code;
  if (!(code->flags & kCoOptimized) || !frame->frame_object) return;
  Dict* dict = frame->frame_object->locals_dict;
  if (!dict) return;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    Value value = dict_get(dict, (*code->localsplus_names)[i]);
    Value& slot = frame->localsplus()[i];
    if ((code->localsplus_kinds[i] & (kFastCell | kFastFree)) && slot.is_object() &&
        slot.as_object()->type == &cell_type) {
      slot.as<Cell>()->contents = value;
    } else {
      slot = value;
    }
  }
}

namespace {

FrameObject* as_frame_object(Value self) { return self.as<FrameObject>(); }

Value frame_get_code(Value self) { return Value::from_object(as_frame_object(self)->frame->code); }

// None while the frame is at an instruction without a line (an exception
// handler's entry), as CPython.
Value frame_get_lineno(Value self) {
  Frame* frame = as_frame_object(self)->frame;
  int32_t index = frame->lasti();
  bool inside = frame->code->positions && index >= 0 &&
                static_cast<size_t>(index) < frame->code->code_size;
  if (inside && line_at(frame->code, index) < 0) return none();
  return make_int(frame->line_number());
}

Value frame_get_lasti(Value self) {
  int32_t lasti = as_frame_object(self)->frame->lasti();
  return make_int(lasti < 0 ? -1 : lasti * 2);
}

Value frame_get_back(Value self) {
  FrameObject* object = as_frame_object(self);
  if (!object->back.is_null()) return object->back;
  Frame* previous = object->frame->previous;
  return previous ? Value::from_object(frame_object_for(previous)) : none();
}

Value frame_get_globals(Value self) {
  return Value::from_object(as_frame_object(self)->frame->globals);
}

Value frame_get_builtins(Value self) {
  return Value::from_object(as_frame_object(self)->frame->builtins);
}

Value frame_get_locals(Value self) { return frame_locals(as_frame_object(self)->frame); }

Value frame_get_trace(Value self) {
  Value trace = as_frame_object(self)->trace;
  return trace.is_null() ? none() : trace;
}

void frame_set_trace(Value self, Value value) {
  as_frame_object(self)->trace = value.is_null() || is_none(value) ? Value::null() : value;
}

bool& trace_flag(Value self, bool FrameObject::*flag) { return as_frame_object(self)->*flag; }

void set_trace_flag(Value self, bool FrameObject::*flag, Value value) {
  if (value.is_null()) throw_type_error("can't delete numeric/char attribute");
  if (type_of(value) != &bool_type) throw_type_error("attribute value type must be bool");
  trace_flag(self, flag) = value.is(make_bool(true));
}

Value frame_get_trace_lines(Value self) {
  return make_bool(trace_flag(self, &FrameObject::trace_lines));
}
void frame_set_trace_lines(Value self, Value value) {
  set_trace_flag(self, &FrameObject::trace_lines, value);
}
Value frame_get_trace_opcodes(Value self) {
  return make_bool(trace_flag(self, &FrameObject::trace_opcodes));
}
void frame_set_trace_opcodes(Value self, Value value) {
  set_trace_flag(self, &FrameObject::trace_opcodes, value);
}

Value frame_repr(Value self) {
  Frame* frame = as_frame_object(self)->frame;
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  std::string text = "<frame at ";
  text += address;
  text += ", file ";
  text += str_repr(frame->code->filename->view());
  text += ", line ";
  text += std::to_string(frame->line_number());
  text += ", code ";
  text += frame->code->name->view();
  text += ">";
  return str_value(text);
}

Value frame_clear(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("clear", kwnames);
  check_positional("clear", nargs, 0, 0);
  Frame* frame = as_frame_object(self)->frame;
  if (frame->generator && generator_is_running(frame->generator)) {
    throw_runtime_error("cannot clear an executing frame");
  }
  if (frame->on_thread_stack) throw_runtime_error("cannot clear an executing frame");
  if (frame->generator) {
    generator_close(frame->generator);
    return none();
  }
  for (int32_t i = 0; i < frame->code->nlocalsplus; ++i) frame->localsplus()[i] = Value::null();
  return none();
}

}  // namespace

void init_frame_type() {
  frame_type.repr = frame_repr;
  init_static_type(&frame_type, "frame", nullptr, sizeof(FrameObject), kTypeImmutable);
  frame_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_getsets(&frame_type, {
                               {"f_code", frame_get_code},
                               {"f_lineno", frame_get_lineno},
                               {"f_lasti", frame_get_lasti},
                               {"f_back", frame_get_back},
                               {"f_globals", frame_get_globals},
                               {"f_builtins", frame_get_builtins},
                               {"f_locals", frame_get_locals},
                               {"f_trace", frame_get_trace, frame_set_trace},
                               {"f_trace_lines", frame_get_trace_lines, frame_set_trace_lines},
                               {"f_trace_opcodes", frame_get_trace_opcodes,
                                frame_set_trace_opcodes},
                           });
  add_methods(&frame_type, {{"clear", frame_clear}});
}

}  // namespace krait
