#include "vm/interpreter.h"

#include <pthread.h>

#include <cstring>
#include <string>

#include "modules/signal.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/interpreter_support.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"
#include "vm/tracing.h"

namespace krait {

namespace {

// Room left on the C stack below which a nested run of the loop refuses to
// start: enough for the deepest native path between two runs.
constexpr size_t kCStackReserve = 256 * 1024;

void ensure_c_stack_limit(ThreadState* ts) {
  if (ts->c_stack_limit) return;
  pthread_attr_t attributes;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
    pthread_attr_getstack(&attributes, &low, &size);
    pthread_attr_destroy(&attributes);
  }
  if (!low || size <= 2 * kCStackReserve) {
    // Unknown bounds: allow 4 MiB below the current position.
    char here;
    ts->c_stack_limit = reinterpret_cast<const char*>(reinterpret_cast<uintptr_t>(&here) -
                                                      (uintptr_t{4} << 20));
    return;
  }
  // A quarter of the stack as reserve: sanitizer builds use far larger frames.
  size_t reserve = size / 4 > kCStackReserve ? size / 4 : kCStackReserve;
  ts->c_stack_limit = static_cast<const char*>(low) + reserve;
}

// Some native calls from CALL count against the recursion limit, as in
// CPython 3.11, so that a recursion through them reports the check CPython's
// does: the builtins CPython always checks, calls of Python classes and of
// their instances (tp_call); its specialised calls of fast-call builtins,
// built-in types and method descriptors do not.
inline bool call_counts_against_limit(Value callable) {
  if (!callable.is_object()) return false;
  Type* type = callable.as_object()->type;
  if (type == &builtin_function_type) return callable.as<BuiltinFunction>()->checks_recursion;
  if (type->flags & kTypeTypeSubclass) return (callable.as<Type>()->flags & kTypeHeap) != 0;
  return (type->flags & kTypeHeap) != 0;
}

// BUILD_STRING's concatenation, kept out of the loop: a computed goto that
// leaves a block skips the destructors of its locals (the std::string here).
Value concatenate_strings(const Value* items, uint32_t count) {
  std::string text;
  for (uint32_t i = 0; i < count; ++i) text += str_view(items[i]);
  return str_value(text);
}

struct CallDepthGuard {
  explicit CallDepthGuard(ThreadState* ts) : ts(ts) {
    if (++ts->recursion_depth > recursion_limit) {
      --ts->recursion_depth;
      raise(&exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    }
  }
  ~CallDepthGuard() { --ts->recursion_depth; }
  ThreadState* ts;
};


struct NativeDepthGuard {
  explicit NativeDepthGuard(ThreadState* ts) : ts(ts) { ++ts->native_depth; }
  ~NativeDepthGuard() { --ts->native_depth; }
  ThreadState* ts;
};

// Detaches a frame that has finished (returned or let an exception escape)
// from the thread: pops it off the value stack, or unlinks a generator's.
inline void leave_frame(ThreadState* ts, Frame* frame) {
  ts->frame = frame->previous;
  if (frame->on_thread_stack) {
    pop_frame(ts, frame);
  } else {
    frame->previous = nullptr;
  }
}

inline bool is_true_fast(Value v, Value true_value, Value false_value) {
  if (v.is(true_value)) return true;
  if (v.is(false_value) || is_none(v)) return false;
  if (v.is_small_int()) return v.as_small_int() != 0;
  return truthy(v);
}

// Python's floor division and modulo on machine integers (b != 0).
inline int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// The small-int fast paths of BINARY_OP; false when the general protocol
// must answer (overflow into a big int is fine: make_int handles it).
inline bool small_int_binary(uint32_t op, int64_t a, int64_t b, Value& out) {
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add:
      out = make_int(a + b);
      return true;
    case BinaryOp::Subtract:
      out = make_int(a - b);
      return true;
    case BinaryOp::Multiply: {
      int64_t product;
      if (__builtin_mul_overflow(a, b, &product)) return false;
      out = make_int(product);
      return true;
    }
    case BinaryOp::FloorDivide:
      if (b == 0) return false;
      out = make_int(floor_div(a, b));
      return true;
    case BinaryOp::Remainder:
      if (b == 0) return false;
      out = make_int(floor_mod(a, b));
      return true;
    case BinaryOp::And:
      out = Value::from_small_int(a & b);
      return true;
    case BinaryOp::Or:
      out = Value::from_small_int(a | b);
      return true;
    case BinaryOp::Xor:
      out = Value::from_small_int(a ^ b);
      return true;
    case BinaryOp::RShift:
      if (b < 0) return false;
      out = Value::from_small_int(a >> (b > 63 ? 63 : b));
      return true;
    case BinaryOp::LShift:
      if (b < 0 || b > 14) return false;  // 49-bit payloads stay within int64
      out = make_int(a * (int64_t{1} << b));
      return true;
    case BinaryOp::TrueDivide:
      if (b == 0) return false;
      // Both fit 53 bits, so the quotient of the doubles is correctly rounded.
      out = make_float(static_cast<double>(a) / static_cast<double>(b));
      return true;
    default:
      return false;
  }
}

inline bool float_binary(uint32_t op, double a, double b, Value& out) {
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add:
      out = make_float(a + b);
      return true;
    case BinaryOp::Subtract:
      out = make_float(a - b);
      return true;
    case BinaryOp::Multiply:
      out = make_float(a * b);
      return true;
    case BinaryOp::TrueDivide:
      if (b == 0.0) return false;
      out = make_float(a / b);
      return true;
    default:
      return false;
  }
}

template <class T>
inline bool compare_numbers(uint32_t op, T a, T b) {
  switch (static_cast<CompareOp>(op)) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
  }
  return false;
}

}  // namespace

Dict* builtins_for_globals(Dict* globals) {
  Value builtins = dict_get_str(globals, names.dunder_builtins);
  if (!builtins.is_null()) {
    if (type_of(builtins) == &module_type) return builtins.as<Module>()->dict;
    if (is_dict(builtins)) return builtins.as<Dict>();
  }
  Module* module = find_builtin_module(names.builtins);
  return module ? module->dict : make_dict();
}

volatile sig_atomic_t interrupt_pending = 0;

void install_interrupt_handler() { install_signal_handlers(); }

void handle_pending_events(ThreadState* ts) {
  if (gil_drop_request.load(std::memory_order_relaxed)) gil_yield();
  if (interrupt_pending != 0 && ts->is_main) run_pending_signal_handlers();
}

void raise_budget_exhausted(ThreadState* ts) {
  ts->instruction_budget = 1;
  throw_runtime_error("instruction budget exhausted");
}

void refresh_handled_exception(ThreadState* ts) {
  for (ExceptionStateItem* item = exception_state_item(ts); item; item = item->previous) {
    if (!item->value.is_null() && !is_none(item->value)) {
      ts->handled_exception = item->value;
      return;
    }
  }
  ts->handled_exception = Value::null();
}

void chain_exception_context(Value exception, Value handled) {
  if (handled.is_null() || is_none(handled) || handled.is(exception)) return;
  if (!is_exception_instance(exception) || !is_exception_instance(handled)) return;
  // Cut the chain where it reaches `exception` again, so the new link makes
  // no cycle; a pre-existing cycle is detected by a slow pointer (Floyd).
  Value cursor = handled;
  Value slow = handled;
  bool advance_slow = false;
  uint64_t steps = 0;
  while (true) {
    ++steps;
    Value context = cursor.as<BaseExceptionObject>()->context;
    if (context.is_null() || is_none(context)) break;
    if (context.is(exception)) {
      cursor.as<BaseExceptionObject>()->context = none();
      break;
    }
    cursor = context;
    if (cursor.is(slow)) break;
    if (advance_slow) {
      slow = slow.as<BaseExceptionObject>()->context;
      if (slow.is_null() || is_none(slow)) break;
    }
    advance_slow = !advance_slow;
  }
  exception.as<BaseExceptionObject>()->context = handled;
  // Chains can grow exponentially (handlers that recurse): under a budget the
  // walk is paid for, left for the next check to report.
  ThreadState* ts = thread_state();
  if (ts->instruction_budget > 1) {
    ts->instruction_budget = ts->instruction_budget > steps ? ts->instruction_budget - steps : 1;
  }
}

namespace {

// format_missing: "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
std::string join_missing_names(const gc::vector<Value>& missing) {
  std::string text;
  size_t count = missing.size();
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) text += count == 2 ? " and " : (i + 1 == count ? ", and " : ", ");
    text += str_repr(str_view(missing[i]));
  }
  return text;
}

[[noreturn]] void raise_missing_arguments(Function* function, Frame* frame, bool positional,
                                          size_t defcount) {
  Code* code = function->code;
  Value* locals = frame->localsplus();
  size_t start = positional ? 0 : static_cast<size_t>(code->argcount);
  size_t end = positional ? static_cast<size_t>(code->argcount) - defcount
                          : start + static_cast<size_t>(code->kwonlyargcount);
  gc::vector<Value> missing;
  for (size_t i = start; i < end; ++i) {
    if (locals[i].is_null()) missing.push_back((*code->localsplus_names)[i]);
  }
  throw_type_error(format("%s() missing %zu required %s argument%s: ",
                          std::string(function->qualname->view()).c_str(), missing.size(),
                          positional ? "positional" : "keyword-only",
                          missing.size() == 1 ? "" : "s") +
                   join_missing_names(missing));
}

[[noreturn]] void raise_too_many_positional(Function* function, Frame* frame, size_t given) {
  Code* code = function->code;
  Value* locals = frame->localsplus();
  size_t argcount = static_cast<size_t>(code->argcount);
  size_t kwonly_given = 0;
  for (size_t i = argcount; i < argcount + static_cast<size_t>(code->kwonlyargcount); ++i) {
    if (!locals[i].is_null()) ++kwonly_given;
  }
  size_t defcount = function->defaults ? function->defaults->size : 0;
  std::string signature;
  bool plural;
  if (defcount) {
    plural = true;
    signature = format("from %zu to %zu", argcount - defcount, argcount);
  } else {
    plural = argcount != 1;
    signature = std::to_string(argcount);
  }
  std::string kwonly_text;
  if (kwonly_given) {
    kwonly_text = format(" positional argument%s (and %zu keyword-only argument%s)",
                         given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  }
  throw_type_error(format("%s() takes %s positional argument%s but %zu%s %s given",
                          std::string(function->qualname->view()).c_str(), signature.c_str(),
                          plural ? "s" : "", given, kwonly_text.c_str(),
                          given == 1 && !kwonly_given ? "was" : "were"));
}

// CPython's error for keywords naming positional-only parameters (no **kwargs).
[[noreturn]] void raise_positional_only_as_keyword(Function* function, Tuple* kwnames,
                                                   size_t posonly) {
  Code* code = function->code;
  std::string listed;
  for (size_t k = 0; k < posonly; ++k) {
    Str* name = (*code->localsplus_names)[k].as<Str>();
    for (size_t i = 0; i < kwnames->size; ++i) {
      Str* keyword = (*kwnames)[i].as<Str>();
      if (keyword == name || str_equal(keyword, name)) {
        if (!listed.empty()) listed += ", ";
        listed += name->view();
        break;
      }
    }
  }
  throw_type_error(std::string(function->qualname->view()) +
                   "() got some positional-only arguments passed as keyword arguments: '" +
                   listed + "'");
}

bool names_positional_only(Function* function, Tuple* kwnames) {
  Code* code = function->code;
  for (int32_t k = 0; k < code->posonlyargcount; ++k) {
    Str* name = (*code->localsplus_names)[k].as<Str>();
    for (size_t i = 0; i < kwnames->size; ++i) {
      Str* keyword = (*kwnames)[i].as<Str>();
      if (keyword == name || str_equal(keyword, name)) return true;
    }
  }
  return false;
}

}  // namespace

void bind_arguments_to_frame(Function* function, Frame* frame, const Value* args, size_t nargs,
                             Tuple* kwnames) {
  Code* code = function->code;
  Value* locals = frame->localsplus();
  size_t argcount = static_cast<size_t>(code->argcount);
  size_t total_args = argcount + static_cast<size_t>(code->kwonlyargcount);
  size_t kwcount = kwnames ? kwnames->size : 0;

  // The commonest call: exactly the positional parameters, nothing else.
  if (nargs == argcount && kwcount == 0 && !(code->flags & (kCoVarargs | kCoVarkeywords))) {
    for (size_t i = 0; i < nargs; ++i) locals[i] = args[i];
    if (code->kwonlyargcount == 0) return;
  } else {
    Dict* kwdict = nullptr;
    if (code->flags & kCoVarkeywords) {
      kwdict = make_dict();
      locals[total_args + ((code->flags & kCoVarargs) ? 1 : 0)] = Value::from_object(kwdict);
    }
    size_t copied = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < copied; ++i) locals[i] = args[i];
    if (code->flags & kCoVarargs) {
      locals[total_args] = Value::from_object(make_tuple(args + copied, nargs - copied));
    }
    Value* names_items = code->localsplus_names->items();
    for (size_t i = 0; i < kwcount; ++i) {
      Value keyword = (*kwnames)[i];
      Value value = args[nargs + i];
      if (!is_str(keyword)) {
        throw_type_error(std::string(function->qualname->view()) + "() keywords must be strings");
      }
      size_t j = static_cast<size_t>(code->posonlyargcount);
      for (; j < total_args; ++j) {
        if (names_items[j].is(keyword)) break;
      }
      if (j == total_args) {
        for (j = static_cast<size_t>(code->posonlyargcount); j < total_args; ++j) {
          if (str_equal(names_items[j].as<Str>(), keyword.as<Str>())) break;
        }
      }
      if (j == total_args) {
        if (!kwdict) {
          if (code->posonlyargcount && names_positional_only(function, kwnames)) {
            raise_positional_only_as_keyword(function, kwnames,
                                             static_cast<size_t>(code->posonlyargcount));
          }
          throw_type_error(std::string(function->qualname->view()) +
                           "() got an unexpected keyword argument '" +
                           std::string(str_view(keyword)) + "'");
        }
        dict_set(kwdict, keyword, value);
        continue;
      }
      if (!locals[j].is_null()) {
        throw_type_error(std::string(function->qualname->view()) +
                         "() got multiple values for argument '" + std::string(str_view(keyword)) +
                         "'");
      }
      locals[j] = value;
    }
    if (nargs > argcount && !(code->flags & kCoVarargs)) {
      raise_too_many_positional(function, frame, nargs);
    }
    if (nargs < argcount) {
      size_t defcount = function->defaults ? function->defaults->size : 0;
      size_t required = argcount - defcount;
      for (size_t i = nargs; i < required; ++i) {
        if (locals[i].is_null()) raise_missing_arguments(function, frame, true, defcount);
      }
      for (size_t i = nargs > required ? nargs - required : 0; i < defcount; ++i) {
        if (locals[required + i].is_null()) locals[required + i] = (*function->defaults)[i];
      }
    }
  }
  if (code->kwonlyargcount > 0) {
    bool missing = false;
    for (size_t i = argcount; i < total_args; ++i) {
      if (!locals[i].is_null()) continue;
      if (function->kwdefaults) {
        Value default_value =
            dict_get(function->kwdefaults, (*code->localsplus_names)[i]);
        if (!default_value.is_null()) {
          locals[i] = default_value;
          continue;
        }
      }
      missing = true;
    }
    if (missing) raise_missing_arguments(function, frame, false, 0);
  }
}

Value run_code(Code* code, Dict* globals, Value locals) {
  ThreadState* ts = thread_state();
  Frame* frame = push_frame(ts, code, nullptr, globals, builtins_for_globals(globals), locals);
  return run_frame(ts, frame);
}

Value call_function(Function* function, const Value* args, size_t nargs, Tuple* kwnames) {
  ThreadState* ts = thread_state();
  Frame* frame = push_frame(ts, function->code, function, function->globals, function->builtins,
                            Value::null());
  try {
    bind_arguments_to_frame(function, frame, args, nargs, kwnames);
  } catch (const PyException&) {
    pop_frame(ts, frame);
    throw;
  }
  return run_frame(ts, frame);
}

Value call_function_with_locals(Function* function, Value locals) {
  ThreadState* ts = thread_state();
  Frame* frame =
      push_frame(ts, function->code, function, function->globals, function->builtins, locals);
  try {
    bind_arguments_to_frame(function, frame, nullptr, 0, nullptr);
  } catch (const PyException&) {
    pop_frame(ts, frame);
    throw;
  }
  return run_frame(ts, frame);
}

Value run_frame(ThreadState* ts, Frame* entry_frame, bool throwing) {
  ensure_c_stack_limit(ts);
  {
    char probe;
    if (&probe < ts->c_stack_limit) {
      if (entry_frame->on_thread_stack) pop_frame(ts, entry_frame);
      raise(&exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    }
  }
  NativeDepthGuard depth_guard(ts);

  // Opcodes index the first half; while the thread traces (vm/tracing.h),
  // trace_dispatch selects the second, whose every entry is the tracing entry.
  static void* dispatch_table[256 + kTraceDispatchOffset];
  if (!dispatch_table[0]) {
    for (void*& target : dispatch_table) target = &&unknown_opcode;
#define KRAIT_OPCODE(name, number, cache) dispatch_table[number] = &&TARGET_##name;
#include "vm/opcodes.def"
#undef KRAIT_OPCODE
    for (size_t i = kTraceDispatchOffset; i < 256 + kTraceDispatchOffset; ++i) {
      dispatch_table[i] = &&trace_entry;
    }
  }

  const Value true_value = make_bool(true);
  const Value false_value = make_bool(false);

  Frame* frame = entry_frame;
  frame->is_entry = true;
  ts->frame = frame;
  Code* code;
  const uint16_t* first_instr;
  const uint16_t* next_instr;
  Value* localsplus;
  Value* sp;
  uint16_t word = 0;
  uint32_t oparg = 0;
  Tuple* kwnames = nullptr;

#define LOAD_FRAME_STATE()                 \
  do {                                     \
    code = frame->code;                    \
    first_instr = code->code;              \
    localsplus = frame->localsplus();      \
    sp = frame->stack_pointer;             \
    next_instr = frame->instr + 1;         \
  } while (0)

  LOAD_FRAME_STATE();
  if (throwing) {
    if (ts->trace_dispatch) {
      try {
        trace_call(ts, frame);
      } catch (const PyException&) {
      }
    }
    goto exception_raised;
  }

resume:
  try {
#define DISPATCH()                          \
  do {                                      \
    frame->instr = next_instr;              \
    word = *next_instr++;                   \
    oparg = word >> 8;                      \
    goto* dispatch_table[(word & 0xFF) | ts->trace_dispatch]; \
  } while (0)
#define TARGET(name) TARGET_##name:
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define JUMP_TO(target) (next_instr = first_instr + (target))
// The conditional jumps also close loops (a while loop's test at its end):
// backwards they are safe points as JUMP_BACKWARD is.
#define CONDITIONAL_JUMP_TO(target)                                               \
  do {                                                                            \
    if (first_instr + (target) < next_instr) check_interrupts_and_budget(ts);     \
    JUMP_TO(target);                                                              \
  } while (0)
#define NAME(i) ((*code->names)[i].as<Str>())
#define CONST(i) ((*code->consts)[i])

    DISPATCH();

  trace_entry:
    trace_instruction(ts, frame, sp);
    goto* dispatch_table[word & 0xFF];

    TARGET(NOP) { DISPATCH(); }
    TARGET(RESUME) { DISPATCH(); }
    TARGET(CACHE) { goto unknown_opcode; }

    TARGET(EXTENDED_ARG) {
      uint32_t prefix = oparg;
      frame->instr = next_instr;
      word = *next_instr++;
      oparg = (prefix << 8) | (word >> 8);
      goto* dispatch_table[word & 0xFF];
    }

    TARGET(LOAD_FAST) {
      Value value = localsplus[oparg];
      if (value.is_null()) raise_unbound_local(code, oparg);
      PUSH(value);
      DISPATCH();
    }
    TARGET(STORE_FAST) {
      localsplus[oparg] = POP();
      DISPATCH();
    }
    TARGET(DELETE_FAST) {
      if (localsplus[oparg].is_null()) raise_unbound_local(code, oparg);
      localsplus[oparg] = Value::null();
      DISPATCH();
    }
    TARGET(LOAD_CONST) {
      PUSH(CONST(oparg));
      DISPATCH();
    }
    TARGET(POP_TOP) {
      --sp;
      DISPATCH();
    }
    TARGET(PUSH_NULL) {
      PUSH(Value::null());
      DISPATCH();
    }
    TARGET(COPY) {
      Value value = PEEK(oparg);
      PUSH(value);
      DISPATCH();
    }
    TARGET(SWAP) {
      Value top = TOP();
      TOP() = PEEK(oparg);
      PEEK(oparg) = top;
      DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
      TOP() = unary_op(TOP(), UnaryOp::Positive);
      DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
      Value v = TOP();
      if (v.is_small_int()) {
        TOP() = make_int(-v.as_small_int());
      } else if (v.is_double()) {
        TOP() = make_float(-v.as_double());
      } else {
        TOP() = unary_op(v, UnaryOp::Negative);
      }
      DISPATCH();
    }
    TARGET(UNARY_INVERT) {
      Value v = TOP();
      TOP() = v.is_small_int() ? Value::from_small_int(~v.as_small_int())
                               : unary_op(v, UnaryOp::Invert);
      DISPATCH();
    }
    TARGET(UNARY_NOT) {
      TOP() = is_true_fast(TOP(), true_value, false_value) ? false_value : true_value;
      DISPATCH();
    }

    TARGET(BINARY_OP) {
      Value right = TOP();
      Value left = SECOND();
      Value result;
      uint32_t op = oparg >= static_cast<uint32_t>(kBinaryOpCount) ? oparg - kBinaryOpCount : oparg;
      if (left.is_small_int() && right.is_small_int() &&
          small_int_binary(op, left.as_small_int(), right.as_small_int(), result)) {
      } else if (left.is_double() && right.is_double() &&
                 float_binary(op, left.as_double(), right.as_double(), result)) {
      } else if (oparg >= static_cast<uint32_t>(kBinaryOpCount)) {
        result = inplace_op(left, right, static_cast<BinaryOp>(op));
      } else {
        result = binary_op(left, right, static_cast<BinaryOp>(op));
      }
      --sp;
      TOP() = result;
      DISPATCH();
    }

    TARGET(COMPARE_OP) {
      Value right = TOP();
      Value left = SECOND();
      Value result;
      if (left.is_small_int() && right.is_small_int()) {
        result = compare_numbers(oparg, left.as_small_int(), right.as_small_int()) ? true_value
                                                                                   : false_value;
      } else if (left.is_double() && right.is_double()) {
        result = compare_numbers(oparg, left.as_double(), right.as_double()) ? true_value
                                                                             : false_value;
      } else {
        result = compare(left, right, static_cast<CompareOp>(oparg));
      }
      --sp;
      TOP() = result;
      DISPATCH();
    }
    TARGET(IS_OP) {
      bool same = SECOND().is(TOP());
      --sp;
      TOP() = (same != (oparg != 0)) ? true_value : false_value;
      DISPATCH();
    }
    TARGET(CONTAINS_OP) {
      bool found = contains(TOP(), SECOND());
      --sp;
      TOP() = (found != (oparg != 0)) ? true_value : false_value;
      DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
      Value key = TOP();
      Value container = SECOND();
      Value result;
      if (is_exact_list(container) && key.is_small_int()) {
        List* list = container.as<List>();
        int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<int64_t>(list->size);
        if (i >= 0 && static_cast<size_t>(i) < list->size) {
          result = list->items[i];
        } else {
          result = getitem(container, key);
        }
      } else if (is_exact_tuple(container) && key.is_small_int()) {
        Tuple* tuple = container.as<Tuple>();
        int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<int64_t>(tuple->size);
        result = (i >= 0 && static_cast<size_t>(i) < tuple->size) ? (*tuple)[i]
                                                                    : getitem(container, key);
      } else {
        result = getitem(container, key);
      }
      --sp;
      TOP() = result;
      DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
      setitem(SECOND(), TOP(), PEEK(3));
      sp -= 3;
      DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
      delitem(SECOND(), TOP());
      sp -= 2;
      DISPATCH();
    }
    TARGET(BUILD_SLICE) {
      Value step = oparg == 3 ? POP() : none();
      Value stop = POP();
      Value start = TOP();
      TOP() = Value::from_object(make_slice(start, stop, step));
      DISPATCH();
    }
    TARGET(GET_LEN) {
      Value length_value = make_int(length(TOP()));
      PUSH(length_value);
      DISPATCH();
    }

    TARGET(GET_ITER) {
      TOP() = get_iter(TOP());
      DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
      TOP() = yield_from_iter(TOP(), code);
      DISPATCH();
    }
    TARGET(FOR_ITER) {
      Value next = iter_next(TOP());
      if (next.is_null()) {
        --sp;
        JUMP_TO(oparg);
      } else {
        PUSH(next);
      }
      DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
      Value sequence = TOP();
      if (is_exact_tuple(sequence) && sequence.as<Tuple>()->size == oparg) {
        Tuple* tuple = sequence.as<Tuple>();
        --sp;
        for (uint32_t i = oparg; i-- > 0;) PUSH((*tuple)[i]);
      } else if (is_exact_list(sequence) && sequence.as<List>()->size == oparg) {
        List* list = sequence.as<List>();
        --sp;
        for (uint32_t i = oparg; i-- > 0;) PUSH(list->items[i]);
      } else {
        unpack_iterable(sequence, oparg, -1, sp - 1);
        sp += static_cast<int32_t>(oparg) - 1;
      }
      DISPATCH();
    }
    TARGET(UNPACK_EX) {
      uint32_t before = oparg & 0xFF;
      uint32_t after = oparg >> 8;
      unpack_iterable(TOP(), before, static_cast<int32_t>(after), sp - 1);
      sp += static_cast<int32_t>(before + after);
      DISPATCH();
    }

    TARGET(LOAD_ATTR) {
      TOP() = getattr(TOP(), NAME(oparg));
      DISPATCH();
    }
    TARGET(STORE_ATTR) {
      setattr(TOP(), NAME(oparg), SECOND());
      sp -= 2;
      DISPATCH();
    }
    TARGET(DELETE_ATTR) {
      delattr(TOP(), NAME(oparg));
      --sp;
      DISPATCH();
    }
    TARGET(LOAD_METHOD) {
      Value object = TOP();
      Str* name = NAME(oparg);
      Value method = lookup_unbound_method(object, name);
      if (!method.is_null()) {
        TOP() = method;
        PUSH(object);
      } else {
        Value attribute = getattr(object, name);
        TOP() = Value::null();
        PUSH(attribute);
      }
      DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
      Value value;
      GlobalCacheEntry* cached = code->global_cache ? &code->global_cache[oparg >> 1] : nullptr;
      if (cached && cached->globals == frame->globals && cached->builtins == frame->builtins &&
          cached->globals_version == frame->globals->version &&
          cached->builtins_version == frame->builtins->version) {
        value = cached->value;
      } else {
        value = load_global_uncached(frame, oparg >> 1);
      }
      if (oparg & 1) PUSH(Value::null());
      PUSH(value);
      DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
      dict_set_str(frame->globals, NAME(oparg), TOP());
      --sp;
      DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
      Str* name = NAME(oparg);
      if (!dict_delete(frame->globals, Value::from_object(name))) raise_name_error(name);
      DISPATCH();
    }
    TARGET(LOAD_NAME) {
      Str* name = NAME(oparg);
      if (frame->locals.is_null()) {
        raise(&exc_SystemError, "no locals when loading " + str_repr(name->view()));
      }
      Value value = mapping_lookup(frame->locals, name);
      if (value.is_null()) {
        value = dict_get_str(frame->globals, name);
        if (value.is_null()) {
          value = dict_get_str(frame->builtins, name);
          if (value.is_null()) raise_name_error(name);
        }
      }
      PUSH(value);
      DISPATCH();
    }
    TARGET(STORE_NAME) {
      Str* name = NAME(oparg);
      if (frame->locals.is_null()) {
        raise(&exc_SystemError, "no locals found when storing " + str_repr(name->view()));
      }
      if (is_exact_dict(frame->locals)) {
        dict_set_str(frame->locals.as<Dict>(), name, TOP());
      } else {
        setitem(frame->locals, Value::from_object(name), TOP());
      }
      --sp;
      DISPATCH();
    }
    TARGET(DELETE_NAME) {
      Str* name = NAME(oparg);
      if (frame->locals.is_null()) {
        raise(&exc_SystemError, "no locals when deleting " + str_repr(name->view()));
      }
      mapping_delete_name(frame->locals, name);
      DISPATCH();
    }

    TARGET(MAKE_CELL) {
      localsplus[oparg] = Value::from_object(make_cell(localsplus[oparg]));
      DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
      Tuple* closure = frame->function->closure;
      int32_t offset = code->nlocalsplus - static_cast<int32_t>(oparg);
      for (uint32_t i = 0; i < oparg; ++i) localsplus[offset + i] = (*closure)[i];
      DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
      PUSH(localsplus[oparg]);
      DISPATCH();
    }
    TARGET(LOAD_DEREF) {
      Value value = localsplus[oparg].as<Cell>()->contents;
      if (value.is_null()) raise_unbound_deref(code, oparg);
      PUSH(value);
      DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
      Str* name = (*code->localsplus_names)[oparg].as<Str>();
      Value value = frame->locals.is_null() ? Value::null() : mapping_lookup(frame->locals, name);
      if (value.is_null()) {
        value = localsplus[oparg].as<Cell>()->contents;
        if (value.is_null()) raise_unbound_deref(code, oparg);
      }
      PUSH(value);
      DISPATCH();
    }
    TARGET(STORE_DEREF) {
      localsplus[oparg].as<Cell>()->contents = POP();
      DISPATCH();
    }
    TARGET(DELETE_DEREF) {
      Cell* cell = localsplus[oparg].as<Cell>();
      if (cell->contents.is_null()) raise_unbound_deref(code, oparg);
      cell->contents = Value::null();
      DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
      Tuple* tuple = make_tuple(sp - oparg, oparg);
      sp -= oparg;
      PUSH(Value::from_object(tuple));
      DISPATCH();
    }
    TARGET(BUILD_LIST) {
      List* list = make_list(sp - oparg, oparg);
      sp -= oparg;
      PUSH(Value::from_object(list));
      DISPATCH();
    }
    TARGET(BUILD_SET) {
      Value set = build_set(sp - oparg, oparg);
      sp -= oparg;
      PUSH(set);
      DISPATCH();
    }
    TARGET(BUILD_MAP) {
      Dict* dict = make_dict(oparg);
      Value* items = sp - 2 * oparg;
      for (uint32_t i = 0; i < oparg; ++i) dict_set(dict, items[2 * i], items[2 * i + 1]);
      sp -= 2 * oparg;
      PUSH(Value::from_object(dict));
      DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
      Tuple* keys = TOP().as<Tuple>();
      Dict* dict = make_dict(oparg);
      Value* values = sp - 1 - oparg;
      for (uint32_t i = 0; i < oparg; ++i) dict_set(dict, (*keys)[i], values[i]);
      sp -= oparg + 1;
      PUSH(Value::from_object(dict));
      DISPATCH();
    }
    TARGET(BUILD_STRING) {
      Value result = concatenate_strings(sp - oparg, oparg);
      sp -= oparg;
      PUSH(result);
      DISPATCH();
    }
    TARGET(LIST_APPEND) {
      list_append(PEEK(oparg + 1).as<List>(), TOP());
      --sp;
      DISPATCH();
    }
    TARGET(SET_ADD) {
      set_add(PEEK(oparg + 1).as<Set>(), TOP());
      --sp;
      DISPATCH();
    }
    TARGET(MAP_ADD) {
      dict_set(PEEK(oparg + 2).as<Dict>(), SECOND(), TOP());
      sp -= 2;
      DISPATCH();
    }
    TARGET(LIST_EXTEND) {
      list_extend_checked(PEEK(oparg + 1).as<List>(), TOP());
      --sp;
      DISPATCH();
    }
    TARGET(SET_UPDATE) {
      set_update(PEEK(oparg + 1).as<Set>(), TOP());
      --sp;
      DISPATCH();
    }
    TARGET(DICT_UPDATE) {
      dict_update_checked(PEEK(oparg + 1).as<Dict>(), TOP());
      --sp;
      DISPATCH();
    }
    TARGET(DICT_MERGE) {
      dict_merge_checked(PEEK(oparg + 1).as<Dict>(), TOP(), PEEK(oparg + 3));
      --sp;
      DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
      List* list = TOP().as<List>();
      TOP() = Value::from_object(make_tuple(list->items, list->size));
      DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
      bool has_spec = (oparg & 4) != 0;
      Value spec = has_spec ? POP() : Value::null();
      Value value = TOP();
      switch (oparg & 3) {
        case 1: value = Value::from_object(str(value)); break;
        case 2: value = Value::from_object(repr(value)); break;
        case 3: value = Value::from_object(ascii(value)); break;
        default: break;
      }
      if (!has_spec && is_exact_str(value)) {
        TOP() = value;
      } else {
        Str* spec_str = has_spec ? spec.as<Str>() : names.empty;
        TOP() = Value::from_object(format_value(value, spec_str));
      }
      DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
      JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
      check_interrupts_and_budget(ts);
      JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
      JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_FALSE) {
      Value v = POP();
      if (!is_true_fast(v, true_value, false_value)) CONDITIONAL_JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_TRUE) {
      Value v = POP();
      if (is_true_fast(v, true_value, false_value)) CONDITIONAL_JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_NONE) {
      if (is_none(POP())) CONDITIONAL_JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
      if (!is_none(POP())) CONDITIONAL_JUMP_TO(oparg);
      DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
      if (!is_true_fast(TOP(), true_value, false_value)) {
        JUMP_TO(oparg);
      } else {
        --sp;
      }
      DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
      if (is_true_fast(TOP(), true_value, false_value)) {
        JUMP_TO(oparg);
      } else {
        --sp;
      }
      DISPATCH();
    }

    TARGET(KW_NAMES) {
      kwnames = CONST(oparg).as<Tuple>();
      DISPATCH();
    }
    TARGET(CALL) {
      bool is_method = !PEEK(oparg + 2).is_null();
      Value callable = is_method ? PEEK(oparg + 2) : PEEK(oparg + 1);
      size_t total = oparg + (is_method ? 1 : 0);
      if (!is_method && callable.is_object() && callable.as_object()->type == &method_type) {
        Method* bound = callable.as<Method>();
        callable = bound->function;
        PEEK(oparg + 2) = callable;
        PEEK(oparg + 1) = bound->self;
        total = oparg + 1;
      }
      Value* args = sp - total;
      Tuple* call_kwnames = kwnames;
      kwnames = nullptr;
      size_t positional = total - (call_kwnames ? call_kwnames->size : 0);
      Value* call_area = sp - oparg - 2;
      if (callable.is_object() && callable.as_object()->type == &function_type) {
        Function* function = callable.as<Function>();
        Frame* callee = push_frame(ts, function->code, function, function->globals,
                                   function->builtins, Value::null());
        try {
          bind_arguments_to_frame(function, callee, args, positional, call_kwnames);
        } catch (const PyException&) {
          pop_frame(ts, callee);
          throw;
        }
        frame->stack_pointer = call_area;
        callee->is_entry = false;
        ts->frame = callee;
        frame = callee;
        LOAD_FRAME_STATE();
        DISPATCH();
      }
      Value result;
      if (call_counts_against_limit(callable)) {
        CallDepthGuard call_guard(ts);
        result = call(callable, args, positional, call_kwnames);
      } else if (callable.is_object() && callable.as_object()->type == &builtin_function_type) {
        result = call_builtin(callable.as<BuiltinFunction>(), args, positional, call_kwnames);
      } else {
        result = call(callable, args, positional, call_kwnames);
      }
      sp = call_area;
      PUSH(result);
      DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
      Value kwargs = (oparg & 1) ? POP() : Value::null();
      Value callargs = POP();
      Value callable = TOP();
      Value result = call_with_unpacked(callable, callargs, kwargs);
      --sp;
      TOP() = result;
      DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
      Code* function_code = POP().as<Code>();
      Function* function = make_function(function_code, frame->globals, function_code->qualname);
      if (oparg & 0x08) function->closure = POP().as<Tuple>();
      if (oparg & 0x04) function->annotations = POP();
      if (oparg & 0x02) function->kwdefaults = POP().as<Dict>();
      if (oparg & 0x01) function->defaults = POP().as<Tuple>();
      PUSH(Value::from_object(function));
      DISPATCH();
    }

    TARGET(RETURN_VALUE) {
      Value result = POP();
      Frame* finished = frame;
      bool was_entry = finished->is_entry;
      leave_frame(ts, finished);
      if (was_entry) return result;
      frame = ts->frame;
      LOAD_FRAME_STATE();
      PUSH(result);
      DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
      frame->stack_pointer = sp;
      Generator* generator = make_generator(ts, frame);
      Frame* finished = frame;
      bool was_entry = finished->is_entry;
      leave_frame(ts, finished);
      if (was_entry) return Value::from_object(generator);
      frame = ts->frame;
      LOAD_FRAME_STATE();
      PUSH(Value::from_object(generator));
      DISPATCH();
    }
    TARGET(YIELD_VALUE) {
      Value yielded = POP();
      frame->stack_pointer = sp;
      frame->generator->state = GeneratorState::Suspended;
      ts->frame = frame->previous;
      frame->previous = nullptr;
      return yielded;
    }
    TARGET(SEND) {
      Value value = TOP();
      Value receiver = SECOND();
      Value result;
      if (send_to(receiver, value, result) == SendResult::Returned) {
        sp -= 2;
        PUSH(result);
        JUMP_TO(oparg);
      } else {
        TOP() = result;
      }
      DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
      TOP() = wrap_async_gen_value(TOP());
      DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
      TOP() = get_awaitable(TOP(), static_cast<int>(oparg));
      DISPATCH();
    }
    TARGET(GET_AITER) {
      TOP() = get_async_iter(TOP());
      DISPATCH();
    }
    TARGET(GET_ANEXT) {
      Value awaitable = get_async_next(TOP());
      PUSH(awaitable);
      DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
      Value exception = TOP();
      if (is_instance_of(exception, &exc_StopAsyncIteration)) {
        sp -= 2;
        DISPATCH();
      }
      --sp;
      ts->current_exception = exception;
      goto exception_unwind;
    }
    TARGET(BEFORE_ASYNC_WITH) {
      Value manager = TOP();
      Value exit = lookup_special(manager, names.dunder_aexit);
      Value enter = lookup_special(manager, names.dunder_aenter);
      if (enter.is_null()) {
        throw_type_error("'" + type_name(manager) +
                         "' object does not support the asynchronous context manager protocol");
      }
      if (exit.is_null()) {
        throw_type_error("'" + type_name(manager) +
                         "' object does not support the asynchronous context manager protocol "
                         "(missed __aexit__ method)");
      }
      TOP() = exit;
      Value entered = call(enter, nullptr, 0);
      PUSH(entered);
      DISPATCH();
    }

    TARGET(BEFORE_WITH) {
      Value manager = TOP();
      Value enter = lookup_special(manager, names.dunder_enter);
      if (enter.is_null()) {
        throw_type_error("'" + type_name(manager) +
                         "' object does not support the context manager protocol");
      }
      Value exit = lookup_special(manager, names.dunder_exit);
      if (exit.is_null()) {
        throw_type_error("'" + type_name(manager) +
                         "' object does not support the context manager protocol (missed "
                         "__exit__ method)");
      }
      TOP() = exit;
      Value entered = call(enter, nullptr, 0);
      PUSH(entered);
      DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
      Value exception = TOP();
      Value exit = PEEK(4);
      Value traceback = exception.as<BaseExceptionObject>()->traceback;
      Value args[3] = {Value::from_object(type_of(exception)), exception,
                       traceback.is_null() ? none() : traceback};
      Value result = call(exit, args, 3);
      PUSH(result);
      DISPATCH();
    }

    TARGET(PUSH_EXC_INFO) {
      Value exception = TOP();
      ExceptionStateItem* item = exception_state_item(ts);
      TOP() = item->value.is_null() ? none() : item->value;
      PUSH(exception);
      item->value = exception;
      ts->handled_exception = exception;
      DISPATCH();
    }
    TARGET(POP_EXCEPT) {
      Value restored = POP();
      exception_state_item(ts)->value = restored;
      if (is_none(restored)) {
        refresh_handled_exception(ts);
      } else {
        ts->handled_exception = restored;
      }
      DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
      Value match_type = TOP();
      check_except_type_valid(match_type);
      bool matches = exception_matches(SECOND(), match_type);
      TOP() = matches ? true_value : false_value;
      DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
      Value match_type = TOP();
      check_except_star_type_valid(match_type);
      Value rest;
      Value match = exception_group_match(SECOND(), match_type, rest);
      if (is_none(match)) {
        TOP() = match;
      } else {
        SECOND() = rest;
        TOP() = match;
        exception_state_item(ts)->value = match;
        ts->handled_exception = match;
      }
      DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
      Value raised = prepare_reraise_star(SECOND(), TOP().as<List>());
      --sp;
      TOP() = raised;
      DISPATCH();
    }
    TARGET(RERAISE) {
      Value exception = POP();
      if (oparg) {
        Value lasti = PEEK(oparg);
        if (lasti.is_small_int()) frame->instr = first_instr + lasti.as_small_int();
      }
      ts->current_exception = exception;
      goto exception_unwind;
    }
    TARGET(RAISE_VARARGS) {
      Value cause = oparg == 2 ? POP() : Value::null();
      Value exception = oparg >= 1 ? POP() : Value::null();
      if (oparg == 0) {
        Value handled = ts->handled_exception;
        if (handled.is_null() || is_none(handled)) {
          throw_runtime_error("No active exception to reraise");
        }
        ts->current_exception = handled;
        goto exception_unwind;
      }
      prepare_raise(ts, exception, cause);
      goto exception_raised;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
      PUSH(Value::from_object(&exc_AssertionError));
      DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
      Value build_class = mapping_lookup(Value::from_object(frame->builtins),
                                         names.dunder_build_class);
      if (build_class.is_null()) raise(&exc_NameError, "__build_class__ not found");
      PUSH(build_class);
      DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
      if (frame->locals.is_null()) raise(&exc_SystemError, "no locals found when setting up annotations");
      if (mapping_lookup(frame->locals, names.dunder_annotations).is_null()) {
        setitem(frame->locals, Value::from_object(names.dunder_annotations),
                Value::from_object(make_dict()));
      }
      DISPATCH();
    }

    TARGET(IMPORT_NAME) {
      Value fromlist = TOP();
      Value level = SECOND();
      Value module = import_name(frame->builtins, NAME(oparg), Value::from_object(frame->globals),
                                 frame->locals, fromlist, static_cast<int>(level.as_small_int()));
      --sp;
      TOP() = module;
      DISPATCH();
    }
    TARGET(IMPORT_FROM) {
      Value value = import_from(TOP(), NAME(oparg));
      PUSH(value);
      DISPATCH();
    }
    TARGET(IMPORT_STAR) {
      if (frame->locals.is_null()) raise(&exc_SystemError, "no locals found during 'import *'");
      import_star(TOP(), frame->locals);
      --sp;
      DISPATCH();
    }
    TARGET(PRINT_EXPR) {
      print_expression(TOP());
      --sp;
      DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
      bool is_mapping = (type_of(TOP())->flags & kTypeMapping) != 0;
      PUSH(is_mapping ? true_value : false_value);
      DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
      bool is_sequence = (type_of(TOP())->flags & kTypeSequence) != 0;
      PUSH(is_sequence ? true_value : false_value);
      DISPATCH();
    }
    TARGET(MATCH_KEYS) {
      Value values = match_keys(SECOND(), TOP());
      PUSH(values);
      DISPATCH();
    }
    TARGET(MATCH_CLASS) {
      Value names_tuple = TOP();
      Value cls = SECOND();
      Value subject = PEEK(3);
      Value attributes = match_class(subject, cls, oparg, names_tuple.as<Tuple>());
      sp -= 2;
      TOP() = attributes.is_null() ? none() : attributes;
      DISPATCH();
    }

  unknown_opcode:
    raise(&exc_SystemError,
          "unknown opcode " + std::to_string(word & 0xFF) + " at offset " +
              std::to_string(frame->lasti()));
  } catch (const PyException&) {
  }

exception_raised: {
  Value exception = ts->current_exception;
  if (exception.is_null()) {
    exception = new_exception_message(&exc_SystemError, "error return without exception set");
    ts->current_exception = exception;
  }
  if (is_exception_instance(exception)) {
    Value context = exception.as<BaseExceptionObject>()->context;
    if (context.is_null() || is_none(context)) {
      chain_exception_context(exception, ts->handled_exception);
    }
  }
  add_traceback_entry(exception, frame);
  if (ts->trace_dispatch) {
    try {
      trace_exception(ts, frame);
    } catch (const PyException&) {
    }
  }
}

exception_unwind:
  while (true) {
    kwnames = nullptr;
    ExceptionTableEntry handler;
    // The handler is the one covering the instruction being executed, even
    // when RERAISE has pointed frame->instr (the reported line) elsewhere.
    uint32_t offset = static_cast<uint32_t>(next_instr - 1 - first_instr);
    if (find_exception_handler(code, offset, handler)) {
      sp = frame->stack_bottom() + handler.depth;
      if (handler.lasti) PUSH(Value::from_small_int(frame->lasti()));
      PUSH(take_current_exception());
      JUMP_TO(handler.target);
      goto resume;
    }
    if (ts->trace_dispatch) {
      try {
        trace_unwind(ts, frame);
      } catch (const PyException&) {
      }
    }
    Frame* finished = frame;
    bool was_entry = finished->is_entry;
    leave_frame(ts, finished);
    if (was_entry) throw PyException();
    frame = ts->frame;
    LOAD_FRAME_STATE();
    add_traceback_entry(ts->current_exception, frame);
    if (ts->trace_dispatch) {
      try {
        trace_exception(ts, frame);
      } catch (const PyException&) {
      }
    }
  }

#undef DISPATCH
#undef TARGET
#undef TOP
#undef SECOND
#undef PEEK
#undef PUSH
#undef POP
#undef JUMP_TO
#undef CONDITIONAL_JUMP_TO
#undef NAME
#undef CONST
#undef LOAD_FRAME_STATE
}

}  // namespace krait
