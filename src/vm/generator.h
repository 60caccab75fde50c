// Generators, coroutines and asynchronous generators.
//
// RETURN_GENERATOR moves the frame of a generator function's call off the
// thread's value stack into the generator object, which owns it from then on
// (the frame's Values follow the object's fixed part in the same GC block).
// Each resumption runs that frame in a nested run of the interpreter loop,
// linked below the resuming frame, as CPython 3.11 does.
#pragma once

#include <cstdint>

#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace krait {

struct Frame;
struct Str;
struct ThreadState;

extern Type generator_type;
extern Type coroutine_type;
extern Type async_generator_type;
extern Type coroutine_wrapper_type;     // what coroutine.__await__() answers
extern Type async_gen_asend_type;       // the awaitable of asend() / __anext__()
extern Type async_gen_athrow_type;      // the awaitable of athrow() / aclose()
extern Type async_gen_wrapped_value_type;

enum class GeneratorState : uint8_t { Created, Suspended, Running, Completed };

struct Generator : Object {
  Frame* frame;       // inside this object; meaningless once Completed
  Str* name;
  Str* qualname;
  // The frame's own link of the handled-exception chain: in front of the
  // resumer's while the frame runs, holding what it was handling when it suspended.
  ExceptionStateItem exc_state;
  Value finalizer;    // async generators: sys.set_asyncgen_hooks' finalizer
  GeneratorState state;
  bool hooks_initialised;  // async generators: firstiter was called
  bool async_running;      // async generators: ag_running (an asend/athrow is in progress)
  bool closed;             // async generators: aclose() completed
};

// Builds the generator (or coroutine, async generator) owning a copy of
// `frame`, the frame of a call that has just executed RETURN_GENERATOR.
Generator* make_generator(ThreadState* ts, Frame* frame);

enum class SendResult : uint8_t { Yielded, Returned };
// gen.send(value) without StopIteration: `result` is the yielded or returned value.
SendResult generator_send(Generator* gen, Value value, Value& result);
// gen.throw(exception): the exception is raised where the generator is suspended.
SendResult generator_throw(Generator* gen, Value exception, Value& result);
// gen.close()
void generator_close(Generator* gen);
bool generator_is_running(Generator* gen);
// The iterator a suspended `yield from` / `await` is delegating to, or null.
Value generator_yieldfrom(Generator* gen);

// The object an `await` expression iterates over (GET_AWAITABLE): a
// coroutine itself, or the iterator __await__ returns. `where` is
// GET_AWAITABLE's argument (1: after __aenter__, 2: after __aexit__), which
// selects CPython's error message.
Value get_awaitable(Value awaitable, int where);
// anext(iterator, default)'s awaitable over `awaitable`, iterator.__anext__()'s result.
Value make_anext_awaitable(Value awaitable, Value default_value);
// ASYNC_GEN_WRAP: marks a value yielded by an async generator.
Value wrap_async_gen_value(Value value);

void init_generator_types();

}  // namespace krait
