// The generic iterators (Objects/iterobject.c) and the iterator builtins
// enumerate, zip, map, filter and reversed (Python/bltinmodule.c,
// Objects/enumobject.c).
#include "objects/iterators.h"

#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/interpreter.h"

namespace krait {

Type sequence_iterator_type;
Type callable_iterator_type;
Type enumerate_type;
Type zip_type;
Type map_type;
Type filter_type;
Type reversed_type;

namespace {

struct SequenceIterator : Object {
  Value sequence;  // null once exhausted
  int64_t index;
};

struct CallableIterator : Object {
  Value callable;  // null once exhausted
  Value sentinel;
};

struct Enumerate : Object {
  Value iterator;
  int64_t index;     // the next count while it fits
  Value long_index;  // the next count once it no longer does, else null
};

struct Zip : Object {
  Tuple* iterators;
  bool strict;
};

struct Map : Object {
  Value function;
  Tuple* iterators;
};

struct Filter : Object {
  Value function;  // None: test the items themselves
  Value iterator;
};

struct Reversed : Object {
  Value sequence;  // null once exhausted
  int64_t index;
};

Value iterator_self(Value self) { return self; }

// True (and the exception cleared) when the one in flight ends a
// __getitem__-driven iteration.
bool take_end_of_sequence() {
  if (!current_exception_matches(&exc_IndexError) &&
      !current_exception_matches(&exc_StopIteration)) {
    return false;
  }
  clear_current_exception();
  return true;
}

Tuple* iterators_of(const Value* iterables, size_t count) {
  Tuple* iterators = make_tuple(count);
  for (size_t i = 0; i < count; ++i) (*iterators)[i] = get_iter(iterables[i]);
  return iterators;
}

// ---- iterator (the __getitem__ protocol) ----

Value sequence_iterator_next(Value self) {
  SequenceIterator* iterator = self.as<SequenceIterator>();
  if (iterator->sequence.is_null()) return Value::null();
  try {
    Value item = getitem(iterator->sequence, make_int(iterator->index));
    iterator->index++;
    return item;
  } catch (PyException&) {
    if (!take_end_of_sequence()) throw;
  }
  iterator->sequence = Value::null();
  return Value::null();
}

Value sequence_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("iterator.__length_hint__", nargs, kwnames, 0, 0);
  SequenceIterator* iterator = self.as<SequenceIterator>();
  if (iterator->sequence.is_null() || !type_of(iterator->sequence)->len) return make_int(0);
  int64_t remaining = length(iterator->sequence) - iterator->index;
  return make_int(remaining > 0 ? remaining : 0);
}

// ---- callable_iterator ----

Value callable_iterator_next(Value self) {
  CallableIterator* iterator = self.as<CallableIterator>();
  if (iterator->callable.is_null()) return Value::null();
  // iter(int, 1) calls no Python code: the budget is charged here.
  check_interrupts_and_budget(thread_state());
  Value result;
  try {
    result = call(iterator->callable, nullptr, 0);
  } catch (PyException&) {
    if (!current_exception_matches(&exc_StopIteration)) throw;
    clear_current_exception();
    iterator->callable = Value::null();
    return Value::null();
  }
  if (equals(result, iterator->sentinel)) {
    iterator->callable = Value::null();
    return Value::null();
  }
  return result;
}

// ---- enumerate ----

Value enumerate_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t keywords = keyword_count(kwnames);
  if (nargs + keywords > 2) {
    throw_type_error(format("enumerate() takes at most 2 arguments (%zu given)", nargs + keywords));
  }
  Value bound[2] = {nargs > 0 ? args[0] : Value::null(), nargs > 1 ? args[1] : Value::null()};
  for (size_t i = 0; i < keywords; ++i) {
    std::string_view name = (*kwnames)[i].as<Str>()->view();
    size_t slot = name == "iterable" ? 0 : name == "start" ? 1 : 2;
    if (slot == 2) {
      throw_type_error("'" + std::string(name) + "' is an invalid keyword argument for enumerate()");
    }
    if (!bound[slot].is_null()) {
      throw_type_error(format("argument for enumerate() given by name ('%s') and position (%zu)",
                              slot == 0 ? "iterable" : "start", slot + 1));
    }
    bound[slot] = args[nargs + i];
  }
  if (bound[0].is_null()) throw_type_error("enumerate() missing required argument 'iterable'");
  Enumerate* result = static_cast<Enumerate*>(allocate_instance(type));
  result->iterator = get_iter(bound[0]);
  if (!bound[1].is_null()) {
    Value start = index_value(bound[1]);
    if (!int_to_int64(start, result->index) || result->index == INT64_MAX) {
      result->long_index = start;
    }
  }
  return Value::from_object(result);
}

Value enumerate_next(Value self) {
  Enumerate* enumerate = self.as<Enumerate>();
  Value item = iter_next(enumerate->iterator);
  if (item.is_null()) return Value::null();
  Value index;
  if (enumerate->long_index.is_null()) {
    index = make_int(enumerate->index);
    if (++enumerate->index == INT64_MAX) enumerate->long_index = make_int(INT64_MAX);
  } else {
    index = enumerate->long_index;
    enumerate->long_index = binary_op(index, Value::from_small_int(1), BinaryOp::Add);
  }
  return Value::from_object(make_tuple({index, item}));
}

// ---- zip ----

Value zip_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t keywords = keyword_count(kwnames);
  bool strict = false;
  if (keywords > 1) {
    throw_type_error(format("zip() takes at most 1 keyword argument (%zu given)", keywords));
  }
  if (keywords == 1) {
    std::string_view name = (*kwnames)[0].as<Str>()->view();
    if (name != "strict") {
      throw_type_error("'" + std::string(name) + "' is an invalid keyword argument for zip()");
    }
    strict = truthy(args[nargs]);
  }
  Zip* zip = static_cast<Zip*>(allocate_instance(type));
  zip->iterators = iterators_of(args, nargs);
  zip->strict = strict;
  return Value::from_object(zip);
}

[[noreturn]] void zip_length_mismatch(size_t argument, const char* which) {
  // "argument 3 is shorter than arguments 1-2", "argument 2 … than argument 1".
  throw_value_error(format("zip() argument %zu is %s than argument%s%zu", argument + 1, which,
                           argument == 1 ? " " : "s 1-", argument));
}

Value zip_next(Value self) {
  Zip* zip = self.as<Zip>();
  Tuple* iterators = zip->iterators;
  size_t count = iterators->size;
  if (count == 0) return Value::null();
  Tuple* result = make_tuple(count);
  for (size_t i = 0; i < count; ++i) {
    Value item = iter_next((*iterators)[i]);
    if (!item.is_null()) {
      (*result)[i] = item;
      continue;
    }
    if (!zip->strict) return Value::null();
    if (i > 0) zip_length_mismatch(i, "shorter");
    for (size_t j = 1; j < count; ++j) {
      if (!iter_next((*iterators)[j]).is_null()) zip_length_mismatch(j, "longer");
    }
    return Value::null();
  }
  return Value::from_object(result);
}

// ---- map ----

Value map_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("map", kwnames);
  if (nargs < 2) throw_type_error("map() must have at least two arguments.");
  Map* map = static_cast<Map*>(allocate_instance(type));
  map->function = args[0];
  map->iterators = iterators_of(args + 1, nargs - 1);
  return Value::from_object(map);
}

Value map_next(Value self) {
  Map* map = self.as<Map>();
  Tuple* iterators = map->iterators;
  gc::vector<Value> items(iterators->size);
  for (size_t i = 0; i < iterators->size; ++i) {
    items[i] = iter_next((*iterators)[i]);
    if (items[i].is_null()) return Value::null();
  }
  return call(map->function, items.data(), items.size());
}

// ---- filter ----

Value filter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("filter", nargs, kwnames, 2, 2);
  Filter* filter = static_cast<Filter*>(allocate_instance(type));
  filter->function = args[0];
  filter->iterator = get_iter(args[1]);
  return Value::from_object(filter);
}

Value filter_next(Value self) {
  Filter* filter = self.as<Filter>();
  bool test_items = is_none(filter->function) || filter->function.is(Value::from_object(&bool_type));
  for (;;) {
    Value item = iter_next(filter->iterator);
    if (item.is_null()) return Value::null();
    bool keep = test_items ? truthy(item) : truthy(call(filter->function, {item}));
    if (keep) return item;
  }
}

// ---- reversed ----

[[noreturn]] void not_reversible(Value v) {
  throw_type_error("'" + type_name(v) + "' object is not reversible");
}

Value reversed_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("reversed", nargs, kwnames, 1, 1);
  Value sequence = args[0];
  Type* sequence_type = type_of(sequence);
  Value method = type_lookup(sequence_type, names.dunder_reversed);
  if (!method.is_null()) {
    if (is_none(method)) not_reversible(sequence);
    return call(method, {sequence});
  }
  if (!sequence_type->getitem || (sequence_type->flags & kTypeDictSubclass)) {
    not_reversible(sequence);
  }
  int64_t size = length(sequence);
  Reversed* reversed = static_cast<Reversed*>(allocate_instance(type));
  reversed->sequence = sequence;
  reversed->index = size - 1;
  return Value::from_object(reversed);
}

Value reversed_next(Value self) {
  Reversed* reversed = self.as<Reversed>();
  if (!reversed->sequence.is_null() && reversed->index >= 0) {
    try {
      Value item = getitem(reversed->sequence, make_int(reversed->index));
      reversed->index--;
      return item;
    } catch (PyException&) {
      if (!take_end_of_sequence()) throw;
    }
  }
  reversed->index = -1;
  reversed->sequence = Value::null();
  return Value::null();
}

Value reversed_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("reversed.__length_hint__", nargs, kwnames, 0, 0);
  Reversed* reversed = self.as<Reversed>();
  if (reversed->sequence.is_null()) return make_int(0);
  int64_t size = length(reversed->sequence);
  return make_int(size < reversed->index + 1 ? 0 : reversed->index + 1);
}

void init_iterator(Type* type, const char* name, uint32_t size, IterNextFn next, NewFn new_fn) {
  type->iter = iterator_self;
  type->next = next;
  type->new_instance = new_fn;
  uint64_t flags = kTypeImmutable;
  if (new_fn) flags |= kTypeBaseType;
  init_static_type(type, name, nullptr, size, flags);
}

}  // namespace

Value make_sequence_iterator(Value sequence) {
  SequenceIterator* iterator =
      static_cast<SequenceIterator*>(allocate_instance(&sequence_iterator_type));
  iterator->sequence = sequence;
  return Value::from_object(iterator);
}

Value make_callable_iterator(Value callable, Value sentinel) {
  CallableIterator* iterator =
      static_cast<CallableIterator*>(allocate_instance(&callable_iterator_type));
  iterator->callable = callable;
  iterator->sentinel = sentinel;
  return Value::from_object(iterator);
}

void init_iterator_types() {
  init_iterator(&sequence_iterator_type, "iterator", sizeof(SequenceIterator),
                sequence_iterator_next, nullptr);
  add_methods(&sequence_iterator_type, {
      {"__length_hint__", sequence_iterator_length_hint},
  });
  init_iterator(&callable_iterator_type, "callable_iterator", sizeof(CallableIterator),
                callable_iterator_next, nullptr);
  init_iterator(&enumerate_type, "enumerate", sizeof(Enumerate), enumerate_next, enumerate_new);
  init_iterator(&zip_type, "zip", sizeof(Zip), zip_next, zip_new);
  init_iterator(&map_type, "map", sizeof(Map), map_next, map_new);
  init_iterator(&filter_type, "filter", sizeof(Filter), filter_next, filter_new);
  init_iterator(&reversed_type, "reversed", sizeof(Reversed), reversed_next, reversed_new);
  add_methods(&reversed_type, {
      {"__length_hint__", reversed_length_hint},
  });
}

}  // namespace krait
