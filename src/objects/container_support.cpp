#include "objects/container_support.h"

#include <algorithm>
#include <cstring>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/thread_state.h"
#include "vm/import.h"

namespace krait {

namespace {

// The containers whose repr is in progress in this thread, innermost last
// (a list in the thread state: another thread's reprs are not recursion).
List* reprs_in_progress() {
  ThreadState* ts = thread_state();
  if (ts->reprs_in_progress.is_null()) ts->reprs_in_progress = Value::from_object(make_list());
  return ts->reprs_in_progress.as<List>();
}

}  // namespace

ReprGuard::ReprGuard(Object* object) : object_(object), entered_(true) {
  List* active = reprs_in_progress();
  for (size_t i = 0; i < active->size; ++i) {
    if (active->items[i].is(Value::from_object(object))) {
      entered_ = false;
      return;
    }
  }
  list_append(active, Value::from_object(object));
}

ReprGuard::~ReprGuard() {
  if (!entered_) return;
  List* active = reprs_in_progress();
  for (size_t i = active->size; i-- > 0;) {
    if (active->items[i].is(Value::from_object(object_))) {
      for (size_t j = i + 1; j < active->size; ++j) active->items[j - 1] = active->items[j];
      active->items[--active->size] = Value::null();
      return;
    }
  }
}

void make_unhashable(Type* type) {
  type->hash = nullptr;
  dict_set_str(type_dict(type), names.dunder_hash, none());
}

int64_t ssize_argument(Value v) {
  int64_t out;
  if (!int_to_int64(index_value(v), out)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return out;
}

Value builtin_named(const char* name) {
  Module* builtins = find_builtin_module(names.builtins);
  Value found = builtins ? dict_get_str(builtins->dict, intern(name)) : Value::null();
  if (found.is_null()) raise(&exc_AttributeError, name);
  return found;
}

Value iterator_reduce(const char* factory, Value source, Value state) {
  Value args = Value::from_object(make_tuple({source}));
  Value callable = builtin_named(factory);
  if (state.is_null()) return Value::from_object(make_tuple({callable, args}));
  return Value::from_object(make_tuple({callable, args, state}));
}

int64_t iterator_state_index(Value state, int64_t low, int64_t high) {
  if (!is_int(state)) throw_type_error("an integer is required");
  int64_t out;
  if (!int_to_int64(state, out)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return std::clamp(out, low, high);
}

void readonly_member_set(Value, Value) { raise(&exc_AttributeError, "readonly attribute"); }

void check_method_arguments(const char* qualified_name, size_t nargs, Tuple* kwnames, size_t min,
                            size_t max) {
  reject_keywords(qualified_name, kwnames);
  const char* dot = std::strrchr(qualified_name, '.');
  check_positional(dot ? dot + 1 : qualified_name, nargs, min, max);
}

void check_arguments(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, min, max);
}

}  // namespace krait
