// Helpers for the number tests: run an operation and describe its result or
// the exception it raised ("ValueError: negative shift count").
#pragma once

#include <string>

#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "vm/startup.h"

namespace krait::testing {

template <class Operation>
std::string outcome(Operation operation) {
  try {
    return repr_string(operation());
  } catch (const PyException&) {
    Value exception = take_current_exception();
    return type_name(exception) + ": " + str_string(exception);
  }
}

inline Value py_int(std::string_view text) { return int_from_string(text, 10, "''"); }
inline Value py_str(std::string_view text) { return str_value(text); }
inline Value construct(Type* type, std::initializer_list<Value> args) {
  return call(Value::from_object(type), args);
}

}  // namespace krait::testing
