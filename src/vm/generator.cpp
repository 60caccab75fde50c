#include "vm/generator.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "objects/class.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"

namespace krait {

Type generator_type;
Type coroutine_type;
Type async_generator_type;
Type coroutine_wrapper_type;
Type async_gen_asend_type;
Type async_gen_athrow_type;
Type async_gen_wrapped_value_type;
Type anext_awaitable_type;

namespace {

// The awaitables of an async generator's asend()/athrow() (CPython's
// AWAITABLE_STATE_*).
enum class AwaitableState : uint8_t { Init, Iter, Closed };

struct CoroutineWrapper : Object {
  Generator* coroutine;
};

// anext(iterator, default): awaits iterator.__anext__()'s awaitable, turning
// its StopAsyncIteration into the default value.
struct AnextAwaitable : Object {
  Value wrapped;
  Value default_value;
};

struct AsyncGenAsend : Object {
  Generator* generator;
  Value send_value;
  AwaitableState state;
};

struct AsyncGenAthrow : Object {
  Generator* generator;
  Tuple* args;  // athrow()'s arguments, checked when first awaited; null: aclose()
  AwaitableState state;
};

struct AsyncGenWrappedValue : Object {
  Value value;
};

Generator* as_generator(Value v) { return v.as<Generator>(); }

const char* kind_name(const Generator* gen) {
  if (gen->type == &coroutine_type) return "coroutine";
  if (gen->type == &async_generator_type) return "async generator";
  return "generator";
}

bool is_generator_or_coroutine(Value v) {
  Type* type = type_of(v);
  return type == &generator_type || type == &coroutine_type;
}

// The argument of the instruction at `index`, with its EXTENDED_ARG prefixes.
uint32_t instruction_argument_at(const Code* code, int32_t index) {
  uint32_t arg = instruction_arg(code->code[index]);
  int shift = 8;
  for (int32_t i = index - 1; i >= 0 && instruction_op(code->code[i]) == Op::EXTENDED_ARG;
       --i, shift += 8) {
    arg |= static_cast<uint32_t>(instruction_arg(code->code[i])) << shift;
  }
  return arg;
}

// Replaces a StopIteration (or, for async generators, StopAsyncIteration)
// escaping the generator's frame by the RuntimeError PEP 479 asks for.
void convert_stop_iteration(Generator* gen) {
  Value exception = current_exception();
  const char* escaped = nullptr;
  if (is_instance_of(exception, &exc_StopIteration)) {
    escaped = "StopIteration";
  } else if (gen->type == &async_generator_type &&
             is_instance_of(exception, &exc_StopAsyncIteration)) {
    escaped = "StopAsyncIteration";
  }
  if (!escaped) return;
  Value error = new_exception_message(
      &exc_RuntimeError, std::string(kind_name(gen)) + " raised " + escaped);
  auto* object = error.as<BaseExceptionObject>();
  object->cause = exception;
  object->context = exception;
  object->suppress_context = true;
  thread_state()->current_exception = error;
}

// Takes the generator's exception-state item off the chain once its frame
// has stopped running.
void unlink_exception_state(ThreadState* ts, Generator* gen) {
  ts->exception_state = gen->exc_state.previous;
  gen->exc_state.previous = nullptr;
  // An item holding nothing never shadowed the resumer's state, which is
  // therefore still the current one.
  Value own = gen->exc_state.value;
  if (!own.is_null() && !is_none(own)) refresh_handled_exception(ts);
}

// gen_send_ex2: runs the frame once. With `throwing`, the exception in
// flight is raised inside the generator.
SendResult resume(Generator* gen, Value value, Value& result, bool throwing, bool closing) {
  ThreadState* ts = thread_state();
  if (gen->state == GeneratorState::Running) {
    throw_value_error(std::string(kind_name(gen)) + " already executing");
  }
  if (gen->state == GeneratorState::Completed) {
    if (gen->type == &coroutine_type && !closing) {
      throw_runtime_error("cannot reuse already awaited coroutine");
    }
    if (throwing) throw_pending();
    result = none();
    return SendResult::Returned;
  }
  if (gen->state == GeneratorState::Created && !throwing && !is_none(value)) {
    throw_type_error(std::string("can't send non-None value to a just-started ") +
                     kind_name(gen));
  }
  if (ts->recursion_depth >= recursion_limit) {
    raise(&exc_RecursionError, "maximum recursion depth exceeded");
  }
  Frame* frame = gen->frame;
  *frame->stack_pointer++ = value.is_null() ? none() : value;
  gen->state = GeneratorState::Running;
  frame->previous = ts->frame;
  gen->exc_state.previous = exception_state_item(ts);
  ts->exception_state = &gen->exc_state;
  if (!gen->exc_state.value.is_null() && !is_none(gen->exc_state.value)) {
    ts->handled_exception = gen->exc_state.value;
  }
  ++ts->recursion_depth;
  try {
    result = run_frame(ts, frame, throwing);
  } catch (const PyException&) {
    --ts->recursion_depth;
    gen->state = GeneratorState::Completed;
    unlink_exception_state(ts, gen);
    gen->exc_state.value = Value::null();
    convert_stop_iteration(gen);
    throw;
  }
  --ts->recursion_depth;
  unlink_exception_state(ts, gen);
  if (gen->state == GeneratorState::Suspended) return SendResult::Yielded;
  gen->state = GeneratorState::Completed;
  gen->exc_state.value = Value::null();
  return SendResult::Returned;
}

// close() of a sub-iterator a `yield from` delegates to.
void close_iterator(Value iterator) {
  Type* type = type_of(iterator);
  if (type == &generator_type || type == &coroutine_type) {
    generator_close(as_generator(iterator));
    return;
  }
  Value close = lookup_attr(iterator, names.close);
  if (!close.is_null()) call(close, nullptr, 0);
}

// throw()'s argument checks, made before the generator resumes.
void check_thrown(const Value* args, size_t nargs) {
  Value type = args[0];
  Value value = nargs > 1 ? args[1] : none();
  Value traceback = nargs > 2 ? args[2] : none();
  if (!is_none(traceback) && type_of(traceback) != &traceback_type) {
    throw_type_error("throw() third argument must be a traceback object");
  }
  if (is_exception_class(type)) return;
  if (is_exception_instance(type)) {
    if (!is_none(value)) throw_type_error("instance exception may not have a separate value");
    return;
  }
  throw_type_error("exceptions must be classes or instances deriving from BaseException, not " +
                   type_name(type));
}

// The checked throw() arguments (type[, value[, traceback]]) as an instance;
// a class that does not make one is a TypeError.
Value normalize_thrown(const Value* args, size_t nargs) {
  Value type = args[0];
  Value value = nargs > 1 ? args[1] : none();
  Value traceback = nargs > 2 ? args[2] : none();
  Value exception = type;
  if (is_exception_class(type)) {
    if (is_exception_instance(value) && is_instance_of(value, type.as<Type>())) {
      exception = value;
    } else if (is_none(value)) {
      exception = call(type, nullptr, 0);
    } else if (is_tuple(value)) {
      exception = call(type, value.as<Tuple>()->items(), value.as<Tuple>()->size);
    } else {
      exception = call(type, &value, 1);
    }
    if (!is_exception_instance(exception)) {
      throw_type_error("calling " + repr_string(type) +
                       " should have returned an instance of BaseException, not " +
                       type_name(exception));
    }
  }
  if (!is_none(traceback)) exception.as<BaseExceptionObject>()->traceback = traceback;
  return exception;
}

// PyErr_GivenExceptionMatches for throw()'s first argument: a class or an instance.
bool thrown_matches(Value thrown, Type* type) {
  if (is_exception_class(thrown)) return is_subtype(thrown.as<Type>(), type);
  return is_instance_of(thrown, type);
}

// Raises the normalised throw() arguments where the generator is suspended;
// bad arguments fail without resuming it. Making the instance happens as if
// in the generator (CPython normalises there): what that raises is raised there.
SendResult raise_into(Generator* gen, const Value* args, size_t nargs, Value& result) {
  check_thrown(args, nargs);
  ThreadState* ts = thread_state();
  Value exception;
  try {
    exception = normalize_thrown(args, nargs);
  } catch (const PyException&) {
    exception = take_current_exception();
  }
  ts->current_exception = exception;
  return resume(gen, none(), result, true, false);
}

// _gen_throw: delegates the raw throw() arguments (type[, value[, traceback]])
// to the sub-iterator first when suspended in `yield from`/`await`; only the
// generator that finally raises them normalises them, and a delegate's own
// throw() method receives them as given.
SendResult throw_into(Generator* gen, const Value* args, size_t nargs, Value& result,
                      bool close_on_genexit) {
  ThreadState* ts = thread_state();
  Value yieldfrom = generator_yieldfrom(gen);
  if (!yieldfrom.is_null()) {
    Frame* frame = gen->frame;
    if (close_on_genexit && thrown_matches(args[0], &exc_GeneratorExit)) {
      gen->state = GeneratorState::Running;
      try {
        close_iterator(yieldfrom);
      } catch (const PyException&) {
        gen->state = GeneratorState::Suspended;
        return resume(gen, none(), result, true, false);
      }
      gen->state = GeneratorState::Suspended;
      return raise_into(gen, args, nargs, result);
    }
    bool failed = false;
    SendResult status = SendResult::Yielded;
    if (is_generator_or_coroutine(yieldfrom)) {
      // Linked as executing so that tracebacks through the delegate show it.
      frame->previous = ts->frame;
      ts->frame = frame;
      gen->state = GeneratorState::Running;
      try {
        status = throw_into(as_generator(yieldfrom), args, nargs, result, close_on_genexit);
      } catch (const PyException&) {
        failed = true;
      }
      gen->state = GeneratorState::Suspended;
      ts->frame = frame->previous;
      frame->previous = nullptr;
    } else {
      Value method = lookup_attr(yieldfrom, names.throw_);
      if (method.is_null()) return raise_into(gen, args, nargs, result);
      gen->state = GeneratorState::Running;
      try {
        result = call(method, args, nargs);
      } catch (const PyException&) {
        failed = true;
      }
      gen->state = GeneratorState::Suspended;
    }
    if (!failed && status == SendResult::Yielded) return status;
    // The delegate is done: drop it and continue after the SEND loop.
    --frame->stack_pointer;
    int32_t send_index = frame->lasti() - 1;
    uint32_t target = instruction_argument_at(frame->code, send_index);
    frame->instr = frame->code->code + target - 1;
    if (!failed) return resume(gen, result, result, false, false);
    if (current_exception_matches(&exc_StopIteration)) {
      Value value = stop_iteration_value(take_current_exception());
      return resume(gen, value, result, false, false);
    }
    return resume(gen, none(), result, true, false);
  }
  return raise_into(gen, args, nargs, result);
}

// CPython's gen_send_ex: a return becomes StopIteration (StopAsyncIteration
// for async generators).
Value send_or_raise(Generator* gen, Value value) {
  Value result;
  if (resume(gen, value, result, false, false) == SendResult::Yielded) return result;
  if (gen->type == &async_generator_type) {
    raise_exception(Value::from_object(&exc_StopAsyncIteration));
  }
  throw_stop_iteration(is_none(result) ? Value::null() : result);
}

Value throw_or_raise(Generator* gen, const Value* args, size_t nargs, bool close_on_genexit) {
  Value result;
  if (throw_into(gen, args, nargs, result, close_on_genexit) == SendResult::Yielded) {
    return result;
  }
  if (gen->type == &async_generator_type) {
    raise_exception(Value::from_object(&exc_StopAsyncIteration));
  }
  throw_stop_iteration(is_none(result) ? Value::null() : result);
}

// Argument errors name a method by its type, as CPython does
// ("generator.send() takes exactly one argument (0 given)").
void reject_method_keywords(Value self, const char* method, Tuple* kwnames) {
  if (kwnames && kwnames->size) reject_keywords((type_name(self) + "." + method).c_str(), kwnames);
}

void check_method_arguments(Value self, const char* method, size_t nargs, Tuple* kwnames,
                            size_t min, size_t max) {
  reject_method_keywords(self, method, kwnames);
  if (nargs < min || nargs > max) {
    check_positional((type_name(self) + "." + method).c_str(), nargs, min, max);
  }
}

// __aiter__, __anext__ and __await__ are type slots in CPython: called as
// methods they are slot wrappers, with those wrappers' messages.
void check_slot_arguments(const char* slot, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    throw_type_error(format("wrapper %s() takes no keyword arguments", slot));
  }
  if (nargs) throw_type_error(format("expected 0 arguments, got %zu", nargs));
}

// ---- methods shared by generators and coroutines ----

Value gen_send_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "send", nargs, kwnames, 1, 1);
  return send_or_raise(as_generator(self), args[0]);
}

Value gen_throw_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_method_keywords(self, "throw", kwnames);
  check_positional("throw", nargs, 1, 3);
  return throw_or_raise(as_generator(self), args, nargs, true);
}

Value gen_close_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "close", nargs, kwnames, 0, 0);
  generator_close(as_generator(self));
  return none();
}

// __del__, the finalizer CPython runs when a generator is collected:
// closes it, reporting what close() raises as unraisable.
Value gen_del_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "__del__", nargs, kwnames, 0, 0);
  Generator* gen = as_generator(self);
  try {
    // An unfinished async generator goes to the finalizer hook it kept
    // (asyncio's schedules its aclose()).
    if (gen->type == &async_generator_type && !gen->finalizer.is_null() &&
        !is_none(gen->finalizer) && gen->state != GeneratorState::Completed && !gen->closed) {
      call(gen->finalizer, {self});
      return none();
    }
    generator_close(gen);
  } catch (const PyException&) {
    report_unraisable(self, take_current_exception());
  }
  return none();
}

Value gen_iter(Value self) { return self; }

Value gen_next(Value self) {
  Value result;
  if (resume(as_generator(self), none(), result, false, false) == SendResult::Yielded) {
    return result;
  }
  // The quiet miss; the return value travels beside it for next() and
  // `yield from`, which read it as StopIteration.value.
  if (!result.is_null() && !is_none(result)) thread_state()->stop_iteration_value = result;
  return Value::null();
}

Value gen_repr(Value self) {
  Generator* gen = as_generator(self);
  const char* kind = gen->type == &coroutine_type        ? "coroutine"
                     : gen->type == &async_generator_type ? "async_generator"
                                                          : "generator";
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  return str_value(std::string("<") + kind + " object " + std::string(gen->qualname->view()) +
                   " at " + address + ">");
}

Value gen_get_name(Value self) { return Value::from_object(as_generator(self)->name); }
void gen_set_name(Value self, Value value) {
  if (value.is_null() || !is_str(value)) throw_type_error("__name__ must be set to a string object");
  as_generator(self)->name = value.as<Str>();
}
Value gen_get_qualname(Value self) { return Value::from_object(as_generator(self)->qualname); }
void gen_set_qualname(Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    throw_type_error("__qualname__ must be set to a string object");
  }
  as_generator(self)->qualname = value.as<Str>();
}
Value gen_get_frame(Value self) {
  Generator* gen = as_generator(self);
  if (gen->state == GeneratorState::Completed) return none();
  return Value::from_object(frame_object_for(gen->frame));
}
Value gen_get_running(Value self) {
  return make_bool(as_generator(self)->state == GeneratorState::Running);
}
Value gen_get_suspended(Value self) {
  return make_bool(as_generator(self)->state == GeneratorState::Suspended);
}
Value gen_get_code(Value self) { return Value::from_object(as_generator(self)->frame->code); }
Value gen_get_yieldfrom(Value self) {
  Value yieldfrom = generator_yieldfrom(as_generator(self));
  return yieldfrom.is_null() ? none() : yieldfrom;
}
Value coro_get_origin(Value self) { return none(); }

Value coro_await(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_slot_arguments("__await__", nargs, kwnames);
  auto* wrapper = static_cast<CoroutineWrapper*>(allocate_instance(&coroutine_wrapper_type));
  wrapper->coroutine = as_generator(self);
  return Value::from_object(wrapper);
}

// ---- coroutine_wrapper ----

Generator* wrapped_coroutine(Value self) { return self.as<CoroutineWrapper>()->coroutine; }

Value wrapper_next(Value self) { return gen_next(Value::from_object(wrapped_coroutine(self))); }

Value wrapper_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "send", nargs, kwnames, 1, 1);
  return send_or_raise(wrapped_coroutine(self), args[0]);
}

Value wrapper_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_method_keywords(self, "throw", kwnames);
  check_positional("throw", nargs, 1, 3);
  return throw_or_raise(wrapped_coroutine(self), args, nargs, true);
}

Value wrapper_close(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "close", nargs, kwnames, 0, 0);
  generator_close(wrapped_coroutine(self));
  return none();
}

// ---- async generators ----

bool is_wrapped_value(Value v) {
  return v.is_object() && v.as_object()->type == &async_gen_wrapped_value_type;
}

// async_gen_unwrap_value for a successful step: an async `yield` ends the
// awaitable with StopIteration(value); anything else passes through (an
// `await` inside the generator suspended it).
Value unwrap_yielded(Generator* gen, Value result) {
  if (is_wrapped_value(result)) {
    gen->async_running = false;
    throw_stop_iteration(result.as<AsyncGenWrappedValue>()->value);
  }
  return result;
}

// async_gen_unwrap_value for a failed step (the exception in flight).
[[noreturn]] void unwrap_failure(Generator* gen) {
  if (current_exception_matches(&exc_StopAsyncIteration) ||
      current_exception_matches(&exc_GeneratorExit)) {
    gen->closed = true;
  }
  gen->async_running = false;
  throw_pending();
}

// CPython's async_gen_init_hooks: on an async generator's first asend,
// athrow or aclose, keeps the thread's finalizer hook and calls firstiter.
void init_async_generator_hooks(Generator* gen) {
  if (gen->hooks_initialised) return;
  gen->hooks_initialised = true;
  ThreadState* ts = thread_state();
  if (!ts->asyncgen_finalizer.is_null()) gen->finalizer = ts->asyncgen_finalizer;
  if (!ts->asyncgen_firstiter.is_null()) {
    call(ts->asyncgen_firstiter, {Value::from_object(gen)});
  }
}

Value make_asend(Generator* gen, Value value) {
  init_async_generator_hooks(gen);
  auto* asend = static_cast<AsyncGenAsend*>(allocate_instance(&async_gen_asend_type));
  asend->generator = gen;
  asend->send_value = value;
  asend->state = AwaitableState::Init;
  return Value::from_object(asend);
}

Value make_athrow(Generator* gen, Tuple* args) {
  init_async_generator_hooks(gen);
  auto* athrow = static_cast<AsyncGenAthrow*>(allocate_instance(&async_gen_athrow_type));
  athrow->generator = gen;
  athrow->args = args;
  athrow->state = AwaitableState::Init;
  return Value::from_object(athrow);
}

Value agen_asend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "asend", nargs, kwnames, 1, 1);
  return make_asend(as_generator(self), args[0]);
}

Value agen_anext(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_slot_arguments("__anext__", nargs, kwnames);
  return make_asend(as_generator(self), none());
}

Value agen_athrow(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_method_keywords(self, "athrow", kwnames);
  return make_athrow(as_generator(self), make_tuple(args, nargs));
}

Value agen_aclose(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "aclose", nargs, kwnames, 0, 0);
  return make_athrow(as_generator(self), nullptr);
}

Value agen_get_running(Value self) { return make_bool(as_generator(self)->async_running); }

Value asend_step(AsyncGenAsend* asend, Value value) {
  if (asend->state == AwaitableState::Closed) {
    throw_runtime_error("cannot reuse already awaited __anext__()/asend()");
  }
  Generator* gen = asend->generator;
  if (asend->state == AwaitableState::Init) {
    if (gen->async_running) {
      throw_runtime_error("anext(): asynchronous generator is already running");
    }
    if (value.is_null() || is_none(value)) value = asend->send_value;
    asend->state = AwaitableState::Iter;
  }
  gen->async_running = true;
  Value result;
  try {
    result = send_or_raise(gen, value);
  } catch (const PyException&) {
    asend->state = AwaitableState::Closed;
    unwrap_failure(gen);
  }
  if (is_wrapped_value(result)) asend->state = AwaitableState::Closed;
  return unwrap_yielded(gen, result);
}

AsyncGenAsend* as_asend(Value v) { return v.as<AsyncGenAsend>(); }

Value asend_next(Value self) {
  try {
    return asend_step(as_asend(self), none());
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_StopIteration)) throw;
    // The next slot reports exhaustion by null; the value travels only
    // through send(), which await uses.
    Value exception = current_exception();
    Value value = stop_iteration_value(exception);
    if (!is_none(value)) throw;
    clear_current_exception();
    return Value::null();
  }
}

Value asend_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "send", nargs, kwnames, 1, 1);
  return asend_step(as_asend(self), args[0]);
}

Value asend_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_method_keywords(self, "throw", kwnames);
  check_positional("throw", nargs, 1, 3);
  AsyncGenAsend* asend = as_asend(self);
  if (asend->state == AwaitableState::Closed) {
    throw_runtime_error("cannot reuse already awaited __anext__()/asend()");
  }
  Generator* gen = asend->generator;
  Value result;
  try {
    result = throw_or_raise(gen, args, nargs, true);
  } catch (const PyException&) {
    asend->state = AwaitableState::Closed;
    unwrap_failure(gen);
  }
  if (is_wrapped_value(result)) asend->state = AwaitableState::Closed;
  return unwrap_yielded(gen, result);
}

Value asend_close(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "close", nargs, kwnames, 0, 0);
  as_asend(self)->state = AwaitableState::Closed;
  return none();
}

Value aiter_self(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_slot_arguments("__aiter__", nargs, kwnames);
  return self;
}

Value await_self(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_slot_arguments("__await__", nargs, kwnames);
  return self;
}

AsyncGenAthrow* as_athrow(Value v) { return v.as<AsyncGenAthrow>(); }

[[noreturn]] void athrow_check_error(AsyncGenAthrow* athrow) {
  athrow->generator->async_running = false;
  athrow->state = AwaitableState::Closed;
  if (!athrow->args && (current_exception_matches(&exc_StopAsyncIteration) ||
                        current_exception_matches(&exc_GeneratorExit))) {
    // aclose() has finished its job: end this await normally.
    clear_current_exception();
    throw_stop_iteration(Value::null());
  }
  throw_pending();
}

[[noreturn]] void athrow_ignored_exit(AsyncGenAthrow* athrow) {
  athrow->generator->async_running = false;
  athrow->state = AwaitableState::Closed;
  throw_runtime_error("async generator ignored GeneratorExit");
}

Value athrow_step(AsyncGenAthrow* athrow, Value value) {
  Generator* gen = athrow->generator;
  bool aclose = !athrow->args;
  if (athrow->state == AwaitableState::Closed) {
    throw_runtime_error("cannot reuse already awaited aclose()/athrow()");
  }
  if (gen->state == GeneratorState::Completed) {
    athrow->state = AwaitableState::Closed;
    throw_stop_iteration(Value::null());
  }
  if (athrow->state == AwaitableState::Init) {
    if (gen->async_running) {
      athrow->state = AwaitableState::Closed;
      throw_runtime_error(aclose ? "aclose(): asynchronous generator is already running"
                                 : "athrow(): asynchronous generator is already running");
    }
    if (gen->closed) {
      athrow->state = AwaitableState::Closed;
      raise_exception(Value::from_object(&exc_StopAsyncIteration));
    }
    if (!is_none(value)) throw_runtime_error("can't send non-None value to a just-started coroutine");
    athrow->state = AwaitableState::Iter;
    gen->async_running = true;
    Value result;
    if (aclose) {
      gen->closed = true;
      Value exit = Value::from_object(&exc_GeneratorExit);
      try {
        result = throw_or_raise(gen, &exit, 1, false);
      } catch (const PyException&) {
        athrow_check_error(athrow);
      }
      if (is_wrapped_value(result)) athrow_ignored_exit(athrow);
      return result;
    }
    // As CPython, a wrong argument count fails here with ag_running left set.
    check_positional("athrow", athrow->args->size, 1, 3);
    try {
      result = throw_or_raise(gen, athrow->args->items(), athrow->args->size, false);
    } catch (const PyException&) {
      try {
        unwrap_failure(gen);
      } catch (const PyException&) {
        athrow_check_error(athrow);
      }
    }
    try {
      return unwrap_yielded(gen, result);
    } catch (const PyException&) {
      athrow_check_error(athrow);
    }
  }
  Value result;
  try {
    result = send_or_raise(gen, value);
  } catch (const PyException&) {
    if (!aclose) unwrap_failure(gen);
    athrow_check_error(athrow);
  }
  if (!aclose) return unwrap_yielded(gen, result);
  if (is_wrapped_value(result)) athrow_ignored_exit(athrow);
  return result;
}

Value athrow_next(Value self) {
  try {
    return athrow_step(as_athrow(self), none());
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_StopIteration)) throw;
    Value value = stop_iteration_value(current_exception());
    if (!is_none(value)) throw;
    clear_current_exception();
    return Value::null();
  }
}

Value athrow_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "send", nargs, kwnames, 1, 1);
  return athrow_step(as_athrow(self), args[0]);
}

Value athrow_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_method_keywords(self, "throw", kwnames);
  check_positional("throw", nargs, 1, 3);
  AsyncGenAthrow* athrow = as_athrow(self);
  if (athrow->state == AwaitableState::Closed) {
    throw_runtime_error("cannot reuse already awaited aclose()/athrow()");
  }
  Generator* gen = athrow->generator;
  bool aclose = !athrow->args;
  Value result;
  try {
    result = throw_or_raise(gen, args, nargs, true);
  } catch (const PyException&) {
    if (!aclose) unwrap_failure(gen);
    if (current_exception_matches(&exc_StopAsyncIteration) ||
        current_exception_matches(&exc_GeneratorExit)) {
      clear_current_exception();
      throw_stop_iteration(Value::null());
    }
    throw;
  }
  if (!aclose) return unwrap_yielded(gen, result);
  if (is_wrapped_value(result)) athrow_ignored_exit(athrow);
  return result;
}

Value athrow_close(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "close", nargs, kwnames, 0, 0);
  as_athrow(self)->state = AwaitableState::Closed;
  return none();
}

// ---- anext_awaitable ----

// The iterator one step runs on, fetched anew each step as CPython does: a
// coroutine is driven through its __await__ wrapper.
Value anext_inner_iterator(Value self) {
  Value wrapped = self.as<AnextAwaitable>()->wrapped;
  if (type_of(wrapped) == &coroutine_type) return coro_await(wrapped, nullptr, 0, nullptr);
  return get_awaitable(wrapped, 0);
}

template <class Step>
Value anext_step(Value self, Step step) {
  Value iterator = anext_inner_iterator(self);
  try {
    return step(iterator);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_StopAsyncIteration)) throw;
    clear_current_exception();
    throw_stop_iteration(self.as<AnextAwaitable>()->default_value);
  }
}

Value anext_awaitable_next(Value self) {
  return anext_step(self, [](Value iterator) { return type_of(iterator)->next(iterator); });
}

Value anext_awaitable_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "send", nargs, kwnames, 1, 1);
  Value value = args[0];
  return anext_step(self, [value](Value iterator) {
    return call_method(iterator, intern("send"), {value});
  });
}

Value anext_awaitable_throw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_method_keywords(self, "throw", kwnames);
  check_positional("throw", nargs, 1, 3);
  return anext_step(self, [args, nargs](Value iterator) {
    Value method = getattr(iterator, intern("throw"));
    return call(method, args, nargs);
  });
}

Value anext_awaitable_close(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments(self, "close", nargs, kwnames, 0, 0);
  Value close = lookup_attr(anext_inner_iterator(self), intern("close"));
  return close.is_null() ? none() : call(close, {});
}

void init_generator_like(Type* type, const char* name) {
  type->repr = gen_repr;
  init_static_type(type, name, nullptr, sizeof(Generator), kTypeImmutable);
  type->new_instance = nullptr;  // made only by the runtime, as CPython's
  // The frame's Values follow the fixed part (make_generator sizes each one).
  type->item_size = sizeof(Value);
}

}  // namespace

Generator* make_generator(ThreadState* ts, Frame* frame) {
  Code* code = frame->code;
  Type* type = (code->flags & kCoCoroutine)        ? &coroutine_type
               : (code->flags & kCoAsyncGenerator) ? &async_generator_type
                                                   : &generator_type;
  size_t words = Frame::words_for(code);
  auto* gen = static_cast<Generator*>(allocate_instance(type, words));
  auto* copy = reinterpret_cast<Frame*>(reinterpret_cast<char*>(gen) + sizeof(Generator));
  std::memcpy(static_cast<void*>(copy), frame, words * sizeof(Value));
  copy->stack_pointer = copy->stack_bottom() + (frame->stack_pointer - frame->stack_bottom());
  copy->previous = nullptr;
  copy->generator = gen;
  copy->on_thread_stack = false;
  copy->is_entry = false;
  if (FrameObject* object = frame->frame_object) {
    object->frame = copy;
    frame->frame_object = nullptr;
  }
  gen->frame = copy;
  Function* function = frame->function;
  gen->name = function ? function->name : code->name;
  gen->qualname = function ? function->qualname : code->qualname;
  gen->state = GeneratorState::Created;
  return gen;
}

SendResult generator_send(Generator* gen, Value value, Value& result) {
  return resume(gen, value, result, false, false);
}

SendResult generator_throw(Generator* gen, Value exception, Value& result) {
  return throw_into(gen, &exception, 1, result, true);
}

void generator_close(Generator* gen) {
  Value yieldfrom = generator_yieldfrom(gen);
  bool close_failed = false;
  if (!yieldfrom.is_null()) {
    GeneratorState state = gen->state;
    gen->state = GeneratorState::Running;
    try {
      close_iterator(yieldfrom);
    } catch (const PyException&) {
      close_failed = true;
    }
    gen->state = state;
  }
  ThreadState* ts = thread_state();
  if (!close_failed) ts->current_exception = new_exception(&exc_GeneratorExit, make_tuple(0));
  Value result;
  SendResult status;
  try {
    status = resume(gen, none(), result, true, true);
  } catch (const PyException&) {
    if (current_exception_matches(&exc_StopIteration) ||
        current_exception_matches(&exc_GeneratorExit)) {
      clear_current_exception();
      return;
    }
    throw;
  }
  if (status == SendResult::Yielded) {
    throw_runtime_error(std::string(kind_name(gen)) + " ignored GeneratorExit");
  }
}

bool generator_is_running(Generator* gen) { return gen->state == GeneratorState::Running; }

Value generator_yieldfrom(Generator* gen) {
  if (gen->state != GeneratorState::Suspended) return Value::null();
  Frame* frame = gen->frame;
  const uint16_t* next = frame->instr + 1;
  // Suspended inside a `yield from`/`await` loop: RESUME 2 or 3 follows the yield.
  if (instruction_op(*next) != Op::RESUME || instruction_arg(*next) < 2) return Value::null();
  return frame->stack_pointer[-1];
}

Value get_awaitable(Value awaitable, int where) {
  Type* type = type_of(awaitable);
  Value iterator;
  if (type == &coroutine_type) {
    iterator = awaitable;
  } else if (type == &generator_type &&
             (as_generator(awaitable)->frame->code->flags & kCoIterableCoroutine)) {
    iterator = awaitable;
  } else {
    Value method = type_lookup(type, names.dunder_await);
    if (method.is_null()) {
      if (where == 1) {
        throw_type_error(
            "'async with' received an object from __aenter__ that does not implement __await__: " +
            type_name(awaitable));
      }
      if (where == 2) {
        throw_type_error(
            "'async with' received an object from __aexit__ that does not implement __await__: " +
            type_name(awaitable));
      }
      throw_type_error("object " + type_name(awaitable) + " can't be used in 'await' expression");
    }
    iterator = call(method, &awaitable, 1);
    Type* result_type = type_of(iterator);
    if (result_type == &coroutine_type ||
        (result_type == &generator_type &&
         (as_generator(iterator)->frame->code->flags & kCoIterableCoroutine))) {
      throw_type_error("__await__() returned a coroutine");
    }
    if (!result_type->next) {
      throw_type_error("__await__() returned non-iterator of type '" + type_name(iterator) + "'");
    }
    return iterator;
  }
  if (!generator_yieldfrom(as_generator(iterator)).is_null()) {
    throw_runtime_error("coroutine is being awaited already");
  }
  return iterator;
}

Value wrap_async_gen_value(Value value) {
  auto* wrapped =
      static_cast<AsyncGenWrappedValue*>(allocate_instance(&async_gen_wrapped_value_type));
  wrapped->value = value;
  return Value::from_object(wrapped);
}

void init_generator_types() {
  generator_type.iter = gen_iter;
  generator_type.next = gen_next;
  init_generator_like(&generator_type, "generator");
  add_methods(&generator_type, {{"send", gen_send_method},
                                {"throw", gen_throw_method},
                                {"close", gen_close_method},
                                {"__del__", gen_del_method}});
  add_getsets(&generator_type, {
                                   {"__name__", gen_get_name, gen_set_name},
                                   {"__qualname__", gen_get_qualname, gen_set_qualname},
                                   {"gi_frame", gen_get_frame},
                                   {"gi_running", gen_get_running},
                                   {"gi_suspended", gen_get_suspended},
                                   {"gi_code", gen_get_code},
                                   {"gi_yieldfrom", gen_get_yieldfrom},
                               });

  init_generator_like(&coroutine_type, "coroutine");
  add_methods(&coroutine_type, {{"send", gen_send_method},
                                {"throw", gen_throw_method},
                                {"close", gen_close_method},
                                {"__del__", gen_del_method},
                                {"__await__", coro_await}});
  add_getsets(&coroutine_type, {
                                   {"__name__", gen_get_name, gen_set_name},
                                   {"__qualname__", gen_get_qualname, gen_set_qualname},
                                   {"cr_frame", gen_get_frame},
                                   {"cr_running", gen_get_running},
                                   {"cr_suspended", gen_get_suspended},
                                   {"cr_code", gen_get_code},
                                   {"cr_await", gen_get_yieldfrom},
                                   {"cr_origin", coro_get_origin},
                               });

  init_generator_like(&async_generator_type, "async_generator");
  add_methods(&async_generator_type, {{"asend", agen_asend},
                                      {"athrow", agen_athrow},
                                      {"aclose", agen_aclose},
                                      {"__aiter__", aiter_self},
                                      {"__del__", gen_del_method},
                                      {"__anext__", agen_anext}});
  add_getsets(&async_generator_type, {
                                         {"__name__", gen_get_name, gen_set_name},
                                         {"__qualname__", gen_get_qualname, gen_set_qualname},
                                         {"ag_frame", gen_get_frame},
                                         {"ag_running", agen_get_running},
                                         {"ag_code", gen_get_code},
                                         {"ag_await", gen_get_yieldfrom},
                                     });

  coroutine_wrapper_type.iter = gen_iter;
  coroutine_wrapper_type.next = wrapper_next;
  init_static_type(&coroutine_wrapper_type, "coroutine_wrapper", nullptr,
                   sizeof(CoroutineWrapper), kTypeImmutable);
  coroutine_wrapper_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_methods(&coroutine_wrapper_type, {{"send", wrapper_send},
                                        {"throw", wrapper_throw},
                                        {"close", wrapper_close}});

  async_gen_asend_type.iter = gen_iter;
  async_gen_asend_type.next = asend_next;
  init_static_type(&async_gen_asend_type, "async_generator_asend", nullptr,
                   sizeof(AsyncGenAsend), kTypeImmutable);
  add_methods(&async_gen_asend_type, {{"send", asend_send},
                                      {"throw", asend_throw},
                                      {"close", asend_close},
                                      {"__await__", await_self}});

  async_gen_athrow_type.iter = gen_iter;
  async_gen_athrow_type.next = athrow_next;
  init_static_type(&async_gen_athrow_type, "async_generator_athrow", nullptr,
                   sizeof(AsyncGenAthrow), kTypeImmutable);
  add_methods(&async_gen_athrow_type, {{"send", athrow_send},
                                       {"throw", athrow_throw},
                                       {"close", athrow_close},
                                       {"__await__", await_self}});

  init_static_type(&async_gen_wrapped_value_type, "async_generator_wrapped_value", nullptr,
                   sizeof(AsyncGenWrappedValue), kTypeImmutable);

  anext_awaitable_type.iter = gen_iter;
  anext_awaitable_type.next = anext_awaitable_next;
  init_static_type(&anext_awaitable_type, "anext_awaitable", nullptr, sizeof(AnextAwaitable),
                   kTypeImmutable);
  add_methods(&anext_awaitable_type, {{"send", anext_awaitable_send},
                                      {"throw", anext_awaitable_throw},
                                      {"close", anext_awaitable_close},
                                      {"__await__", await_self}});
}

Value make_anext_awaitable(Value awaitable, Value default_value) {
  auto* result = static_cast<AnextAwaitable*>(allocate_instance(&anext_awaitable_type));
  result->wrapped = awaitable;
  result->default_value = default_value;
  return Value::from_object(result);
}

}  // namespace krait
