// The generic iterators (Objects/iterobject.c) and the iterator builtins
// enumerate, zip, map, filter and reversed (Python/bltinmodule.c,
// Objects/enumobject.c).
#include "objects/iterators.h"

#include <string>

#include "objects/class.h"
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

Value sequence_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("iterator.__reduce__", nargs, kwnames, 0, 0);
  SequenceIterator* iterator = self.as<SequenceIterator>();
  if (iterator->sequence.is_null()) {
    return iterator_reduce("iter", Value::from_object(make_tuple(0)), Value::null());
  }
  return iterator_reduce("iter", iterator->sequence, make_int(iterator->index));
}

Value sequence_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("iterator.__setstate__", nargs, kwnames, 1, 1);
  SequenceIterator* iterator = self.as<SequenceIterator>();
  int64_t index = iterator_state_index(args[0], 0, INT64_MAX);
  if (!iterator->sequence.is_null()) iterator->index = index;
  return none();
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

Value callable_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("callable_iterator.__reduce__", nargs, kwnames, 0, 0);
  CallableIterator* iterator = self.as<CallableIterator>();
  if (iterator->callable.is_null()) {
    return iterator_reduce("iter", Value::from_object(make_tuple(0)), Value::null());
  }
  Value args = Value::from_object(make_tuple({iterator->callable, iterator->sentinel}));
  return Value::from_object(make_tuple({builtin_named("iter"), args}));
}

// ---- enumerate ----

// The keyword at `index` of the call must be `expected`.
void expect_enumerate_keyword(Tuple* kwnames, size_t index, std::string_view expected) {
  std::string_view name = (*kwnames)[index].as<Str>()->view();
  if (name != expected) {
    throw_type_error("'" + std::string(name) + "' is an invalid keyword argument for enumerate()");
  }
}

Value enumerate_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  // CPython's enumerate checks its arguments by count first, then by the
  // keyword expected at each place.
  size_t keywords = keyword_count(kwnames);
  size_t total = nargs + keywords;
  Value bound[2] = {Value::null(), Value::null()};
  if (total == 2) {
    // enumerate(start=1, iterable=x) passes its values in that order.
    bool start_first = keywords == 2 && (*kwnames)[0].as<Str>()->view() == "start";
    if (keywords == 1) {
      expect_enumerate_keyword(kwnames, 0, "start");
    } else if (keywords == 2) {
      expect_enumerate_keyword(kwnames, 0, start_first ? "start" : "iterable");
      expect_enumerate_keyword(kwnames, 1, start_first ? "iterable" : "start");
    }
    bound[0] = args[start_first ? 1 : 0];
    bound[1] = args[start_first ? 0 : 1];
  } else if (total == 1) {
    if (keywords == 1) expect_enumerate_keyword(kwnames, 0, "iterable");
    bound[0] = args[0];
  } else if (nargs == 0) {
    throw_type_error("enumerate() missing required argument 'iterable'");
  } else {
    throw_type_error(format("enumerate() takes at most 2 arguments (%zu given)", total));
  }
  Enumerate* result = static_cast<Enumerate*>(allocate_instance(type));
  if (!bound[1].is_null()) {
    Value start = index_value(bound[1]);
    if (!int_to_int64(start, result->index) || result->index == INT64_MAX) {
      result->long_index = start;
    }
  }
  result->iterator = get_iter(bound[0]);
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

Value enumerate_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("enumerate.__reduce__", nargs, kwnames, 0, 0);
  Enumerate* enumerate = self.as<Enumerate>();
  Value index =
      enumerate->long_index.is_null() ? make_int(enumerate->index) : enumerate->long_index;
  Value args = Value::from_object(make_tuple({enumerate->iterator, index}));
  return Value::from_object(make_tuple({Value::from_object(type_of(self)), args}));
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

Value zip_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("zip.__reduce__", nargs, kwnames, 0, 0);
  Zip* zip = self.as<Zip>();
  Value type = Value::from_object(type_of(self));
  Value iterators = Value::from_object(zip->iterators);
  if (!zip->strict) return Value::from_object(make_tuple({type, iterators}));
  return Value::from_object(make_tuple({type, iterators, make_bool(true)}));
}

Value zip_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("zip.__setstate__", nargs, kwnames, 1, 1);
  self.as<Zip>()->strict = truthy(args[0]);
  return none();
}

// ---- map ----

Value map_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("map", type, &map_type, kwnames);
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

Value map_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("map.__reduce__", nargs, kwnames, 0, 0);
  Map* map = self.as<Map>();
  Tuple* args = make_tuple(map->iterators->size + 1);
  (*args)[0] = map->function;
  for (size_t i = 0; i < map->iterators->size; ++i) (*args)[i + 1] = (*map->iterators)[i];
  Value type = Value::from_object(type_of(self));
  return Value::from_object(make_tuple({type, Value::from_object(args)}));
}

// ---- filter ----

Value filter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("filter", type, &filter_type, kwnames);
  check_positional("filter", nargs, 2, 2);
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

Value filter_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("filter.__reduce__", nargs, kwnames, 0, 0);
  Filter* filter = self.as<Filter>();
  Value args = Value::from_object(make_tuple({filter->function, filter->iterator}));
  return Value::from_object(make_tuple({Value::from_object(type_of(self)), args}));
}

// ---- reversed ----

[[noreturn]] void not_reversible(Value v) {
  throw_type_error("'" + type_name(v) + "' object is not reversible");
}

Value reversed_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("reversed", type, &reversed_type, kwnames);
  if (nargs != 1) throw_type_error(format("reversed expected 1 argument, got %zu", nargs));
  Value sequence = args[0];
  Type* sequence_type = type_of(sequence);
  Value method = type_lookup(sequence_type, names.dunder_reversed);
  if (!method.is_null()) {
    if (is_none(method)) not_reversible(sequence);
    return call_special(sequence, names.dunder_reversed, {});
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

Value reversed_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("reversed.__reduce__", nargs, kwnames, 0, 0);
  Reversed* reversed = self.as<Reversed>();
  Value type = Value::from_object(type_of(self));
  if (reversed->sequence.is_null()) {
    Value args = Value::from_object(make_tuple({Value::from_object(make_tuple(0))}));
    return Value::from_object(make_tuple({type, args}));
  }
  Value args = Value::from_object(make_tuple({reversed->sequence}));
  return Value::from_object(make_tuple({type, args, make_int(reversed->index)}));
}

Value reversed_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("reversed.__setstate__", nargs, kwnames, 1, 1);
  Reversed* reversed = self.as<Reversed>();
  bool active = !reversed->sequence.is_null();
  int64_t index = iterator_state_index(args[0], -1, active ? length(reversed->sequence) - 1 : -1);
  if (active) reversed->index = index;
  return none();
}

void init_iterator(Type* type, const char* name, uint32_t size, IterNextFn next, NewFn new_fn) {
  type->iter = iterator_self;
  type->next = next;
  type->new_instance = new_fn;
  uint64_t flags = kTypeImmutable;
  if (new_fn) flags |= kTypeBaseType;
  init_static_type(type, name, nullptr, size, flags);
  if (!new_fn) disallow_instantiation(type);
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
      {"__reduce__", sequence_iterator_reduce},
      {"__setstate__", sequence_iterator_setstate},
  });
  init_iterator(&callable_iterator_type, "callable_iterator", sizeof(CallableIterator),
                callable_iterator_next, nullptr);
  add_methods(&callable_iterator_type, {{"__reduce__", callable_iterator_reduce}});
  init_iterator(&enumerate_type, "enumerate", sizeof(Enumerate), enumerate_next, enumerate_new);
  init_iterator(&zip_type, "zip", sizeof(Zip), zip_next, zip_new);
  init_iterator(&map_type, "map", sizeof(Map), map_next, map_new);
  init_iterator(&filter_type, "filter", sizeof(Filter), filter_next, filter_new);
  init_iterator(&reversed_type, "reversed", sizeof(Reversed), reversed_next, reversed_new);
  add_methods(&enumerate_type, {{"__reduce__", enumerate_reduce}});
  add_methods(&zip_type, {
      {"__reduce__", zip_reduce},
      {"__setstate__", zip_setstate},
  });
  add_methods(&map_type, {{"__reduce__", map_reduce}});
  add_methods(&filter_type, {{"__reduce__", filter_reduce}});
  add_methods(&reversed_type, {
      {"__length_hint__", reversed_length_hint},
      {"__reduce__", reversed_reduce},
      {"__setstate__", reversed_setstate},
  });
  set_type_text_signature(&enumerate_type, "(iterable, start=0)");
  set_type_doc(&enumerate_type,
               "Return an enumerate object.\n\n"
               "  iterable\n"
               "    an object supporting iteration\n\n"
               "The enumerate object yields pairs containing a count (from start, which\n"
               "defaults to zero) and a value yielded by the iterable argument.\n\n"
               "enumerate is useful for obtaining an indexed list:\n"
               "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
  set_type_doc(&zip_type,
               "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
               "   >>> list(zip('abcdefg', range(3), range(4)))\n"
               "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
               "The zip object yields n-length tuples, where n is the number of iterables\n"
               "passed as positional arguments to zip().  The i-th element in every tuple\n"
               "comes from the i-th iterable argument to zip().  This continues until the\n"
               "shortest argument is exhausted.\n\n"
               "If strict is true and one of the arguments is exhausted before the others,\n"
               "raise a ValueError.");
  set_type_doc(&map_type,
               "map(func, *iterables) --> map object\n\n"
               "Make an iterator that computes the function using arguments from\n"
               "each of the iterables.  Stops when the shortest iterable is exhausted.");
  set_type_doc(&filter_type,
               "filter(function or None, iterable) --> filter object\n\n"
               "Return an iterator yielding those items of iterable for which function(item)\n"
               "is true. If function is None, return the items that are true.");
  set_type_text_signature(&reversed_type, "(sequence, /)");
  set_type_doc(&reversed_type, "Return a reverse iterator over the values of the given sequence.");
}

}  // namespace krait
