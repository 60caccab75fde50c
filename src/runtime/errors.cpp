#include "runtime/errors.h"

#include <cstdarg>
#include <cstdio>

#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"

namespace krait {

void throw_pending() { throw PyException(); }

void raise_exception(Value exception) {
  if (is_exception_class(exception)) {
    exception = new_exception(exception.as<Type>(), make_tuple(0));
  }
  thread_state()->current_exception = exception;
  throw PyException();
}

void raise(Type* type, std::string_view message) {
  raise_exception(new_exception_message(type, message));
}

void raise_with_args(Type* type, Value args_tuple) {
  raise_exception(new_exception(type, args_tuple.as<Tuple>()));
}

std::string format(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  va_list copy;
  va_copy(copy, args);
  int needed = std::vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  std::string out(needed > 0 ? static_cast<size_t>(needed) : 0, '\0');
  if (needed > 0) std::vsnprintf(out.data(), out.size() + 1, fmt, args);
  va_end(args);
  return out;
}

void throw_type_error(std::string_view message) { raise(&exc_TypeError, message); }
void throw_value_error(std::string_view message) { raise(&exc_ValueError, message); }
void throw_index_error(std::string_view message) { raise(&exc_IndexError, message); }
void throw_overflow_error(std::string_view message) { raise(&exc_OverflowError, message); }
void throw_zero_division_error(std::string_view message) {
  raise(&exc_ZeroDivisionError, message);
}
void throw_runtime_error(std::string_view message) { raise(&exc_RuntimeError, message); }

void throw_key_error(Value key) {
  raise_exception(new_exception(&exc_KeyError, make_tuple({key})));
}

void throw_stop_iteration(Value value) {
  Tuple* args = value.is_null() ? make_tuple(0) : make_tuple({value});
  raise_exception(new_exception(&exc_StopIteration, args));
}

Value stop_iteration_value(Value exception) {
  Value value = lookup_attr(exception, intern("value"));
  return value.is_null() ? none() : value;
}

void note_stop_iteration(Value exception) {
  Value value = stop_iteration_value(exception);
  thread_state()->stop_iteration_value = is_none(value) ? Value::null() : value;
}

void throw_recorded_stop_iteration() {
  ThreadState* ts = thread_state();
  Value value = ts->stop_iteration_value;
  ts->stop_iteration_value = Value::null();
  throw_stop_iteration(value);
}

void throw_attribute_error(Value object, Value name) {
  std::string attribute(str_view(name));
  std::string message;
  if (is_instance_of(object, &type_type)) {
    message = "type object '" + std::string(object.as<Type>()->name->view()) +
              "' has no attribute '" + attribute + "'";
  } else {
    message = "'" + type_name(object) + "' object has no attribute '" + attribute + "'";
  }
  Value error = new_exception_message(&exc_AttributeError, message);
  // name and obj feed the "Did you mean" suggestion when the traceback is printed.
  setattr(error, names.name, name);
  setattr(error, names.obj, object);
  raise_exception(error);
}

void throw_memory_error() {
  // No allocation may be possible here: raise the preallocated instance once
  // the exception types are ready.
  static Value preallocated;
  if (preallocated.is_null()) {
    if (!exc_MemoryError.type) {
      std::fputs("Fatal Python error: out of memory during start-up\n", stderr);
      std::abort();
    }
    preallocated = new_exception(&exc_MemoryError, make_tuple(0));
  }
  thread_state()->current_exception = preallocated;
  throw PyException();
}

Value current_exception() { return thread_state()->current_exception; }

Value take_current_exception() {
  ThreadState* state = thread_state();
  Value exception = state->current_exception;
  state->current_exception = Value::null();
  return exception;
}

void clear_current_exception() { thread_state()->current_exception = Value::null(); }

bool current_exception_matches(Type* type) {
  Value exception = thread_state()->current_exception;
  return !exception.is_null() && is_instance_of(exception, type);
}

std::string tp_name(Type* type) {
  if (!(type->flags & kTypeHeap) && type->native_name) return type->native_name;
  return std::string(type->name->view());
}

std::string type_name(Value v) { return tp_name(type_of(v)); }

}  // namespace krait
