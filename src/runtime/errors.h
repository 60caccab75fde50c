// Raising and catching Python exceptions in native code (DESIGN §5 rule 3, §6).
//
// A native function reports an error by storing the exception object in the
// thread state and throwing PyException, which carries nothing GC-managed.
// The interpreter loop catches it and dispatches through the code object's
// exception table; native code that wants to handle an error catches
// PyException and inspects (or clears) thread_state()->current_exception.
#pragma once

#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct Type;

struct PyException {};

// Throws PyException for the exception already set in the thread state.
[[noreturn]] void throw_pending();
// Sets `exception` (an exception instance, or a class to instantiate with no
// arguments) as the one in flight and throws.
[[noreturn]] void raise_exception(Value exception);
// Raises `type(message)`.
[[noreturn]] void raise(Type* type, std::string_view message);
// Raises `type(*args)` for an args tuple value.
[[noreturn]] void raise_with_args(Type* type, Value args_tuple);

// printf-style formatting for messages: %s (const char*), %d, %ld, %zu …,
// plus the helpers below for Python objects.
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

// The commonest raises, named after the exception type.
[[noreturn]] void throw_type_error(std::string_view message);
[[noreturn]] void throw_value_error(std::string_view message);
[[noreturn]] void throw_index_error(std::string_view message);
[[noreturn]] void throw_key_error(Value key);
[[noreturn]] void throw_overflow_error(std::string_view message);
[[noreturn]] void throw_zero_division_error(std::string_view message);
[[noreturn]] void throw_runtime_error(std::string_view message);
[[noreturn]] void throw_attribute_error(Value object, Value name);  // "'T' object has no attribute 'x'"
[[noreturn]] void throw_memory_error();
[[noreturn]] void throw_stop_iteration(Value value);  // value null: no argument

// A next slot ends an iteration quietly: it answers null and leaves the value
// of the StopIteration it stands for (a generator's return value, the argument
// of a __next__'s StopIteration) in ThreadState::stop_iteration_value; callers
// that need the value clear it before the call.
Value stop_iteration_value(Value exception);  // its .value, None when absent
void note_stop_iteration(Value exception);    // records a caught StopIteration's value
// Raises StopIteration carrying the recorded value, and clears it.
[[noreturn]] void throw_recorded_stop_iteration();

// The exception in flight (null if none), and taking it out of the thread state.
Value current_exception();
Value take_current_exception();
void clear_current_exception();
// True if the exception in flight is an instance of `type` (or a subclass).
bool current_exception_matches(Type* type);

// The name of v's type, as CPython writes it in messages ("int", "MyClass").
std::string type_name(Value v);  // tp_name(type_of(v))
// CPython's tp_name, which its messages show: the dotted name of a native type
// ("sys.flags", "_io.TextIOWrapper"), the __name__ of a class.
std::string tp_name(Type* type);

}  // namespace krait
