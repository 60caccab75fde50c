// The `itertools` module (CPython's Modules/itertoolsmodule.c): the iterator
// building blocks, with CPython's argument checks, messages and reprs.
#include "modules/itertools.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "objects/complex.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Type count_type, repeat_type, cycle_type, accumulate_type, chain_type, compress_type;
Type dropwhile_type, takewhile_type, filterfalse_type, groupby_type, grouper_type;
Type islice_type, starmap_type, tee_type, tee_dataobject_type, zip_longest_type;
Type product_type, permutations_type, combinations_type, cwr_type, pairwise_type;

Value iterator_self(Value self) { return self; }

template <typename T>
T* new_object(Type* type) {
  return static_cast<T*>(allocate_instance(type));
}

// A zeroed array of indices for the combinatoric iterators (pointer-free;
// atomic blocks are not cleared by the collector).
int64_t* new_indices(int64_t count) {
  size_t bytes = sizeof(int64_t) * (count > 0 ? count : 1);
  int64_t* indices = static_cast<int64_t*>(gc_alloc_atomic(bytes));
  std::memset(indices, 0, bytes);
  return indices;
}

// The short __name__ CPython's reprs use (_PyType_Name).
std::string short_type_name(Value self) { return std::string(type_of(self)->name->view()); }

Value reduce_value(Value self, std::initializer_list<Value> args) {
  return Value::from_object(
      make_tuple({Value::from_object(type_of(self)), Value::from_object(make_tuple(args))}));
}

// (type(self), args, state): unpickling calls the type with `args`, then
// passes `state` to __setstate__; without a state, (type(self), args).
Value reduce_value(Value self, Tuple* args, Value state = Value::null()) {
  Value type = Value::from_object(type_of(self));
  if (state.is_null()) return Value::from_object(make_tuple({type, Value::from_object(args)}));
  return Value::from_object(make_tuple({type, Value::from_object(args), state}));
}

// A Py_ssize_t argument ("n" format): any __index__ object, OverflowError when too large.
int64_t ssize_arg(Value v) { return ssize_argument(v); }

// The argument of a __setstate__ that CPython unpacks with PyArg_ParseTuple:
// a tuple of `min` to `max` items, else TypeError with its messages.
Tuple* state_tuple(Value state, size_t min, size_t max) {
  if (!is_tuple(state)) throw_type_error("state is not a tuple");
  Tuple* items = state.as<Tuple>();
  size_t count = items->size;
  if (count < min || count > max) {
    size_t bound = count < min ? min : max;
    const char* qualifier = min == max ? "exactly" : count < min ? "at least" : "at most";
    throw_type_error(format("function takes %s %zu argument%s (%zu given)", qualifier, bound,
                            bound == 1 ? "" : "s", count));
  }
  return items;
}

// PyArg_ParseTuple's "O!" check of the state item at `position` (from 1).
void check_state_item_type(Value item, size_t position, Type* expected) {
  if (is_instance_of(item, expected)) return;
  throw_type_error(format("argument %zu must be %s, not %s", position, tp_name(expected).c_str(),
                          type_name(item).c_str()));
}

// PyArg_ParseTuple's "i": a C int.
int c_int_state_item(Value item) {
  int64_t value = index_as_long(item);
  if (value > INT32_MAX) throw_overflow_error("signed integer is greater than maximum");
  if (value < INT32_MIN) throw_overflow_error("signed integer is less than minimum");
  return static_cast<int>(value);
}

// A Py_ssize_t taken by PyLong_AsSsize_t: an int (no __index__).
int64_t ssize_state_item(Value item) { return iterator_state_index(item, INT64_MIN, INT64_MAX); }

// PyIter_Check: the type has a __next__.
bool is_iterator(Value v) { return type_of(v)->next != nullptr; }

constexpr char kReduceDoc[] = "Return state information for pickling.";
constexpr char kSetstateDoc[] = "Set state information for unpickling.";

// ---- count ----

struct Count : Object {
  Value count;
  Value step;
};

bool is_number(Value v) {
  Type* type = type_of(v);
  return type->index || type->to_int || type->to_float || is_complex(v);
}

Value count_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({"count", {"start", "step"}, 0}, args, nargs, kwnames, bound);
  Value start = bound[0].is_null() ? Value::from_small_int(0) : bound[0];
  Value step = bound[1].is_null() ? Value::from_small_int(1) : bound[1];
  if (!is_number(start) || !is_number(step)) throw_type_error("a number is required");
  Count* count = new_object<Count>(type);
  count->count = start;
  count->step = step;
  return Value::from_object(count);
}

Value count_next(Value self) {
  Count* count = self.as<Count>();
  Value result = count->count;
  count->count = binary_op(result, count->step, BinaryOp::Add);
  return result;
}

bool step_is_one(Value step) {
  int64_t value;
  return is_int(step) && int_to_int64(step, value) && value == 1;
}

Value count_repr(Value self) {
  Count* count = self.as<Count>();
  std::string text = short_type_name(self) + "(" + repr_string(count->count);
  if (!step_is_one(count->step)) text += ", " + repr_string(count->step);
  return str_value(text + ")");
}

Value count_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Count* count = self.as<Count>();
  if (step_is_one(count->step)) return reduce_value(self, {count->count});
  return reduce_value(self, {count->count, count->step});
}

// ---- repeat ----

struct Repeat : Object {
  Value element;
  int64_t remaining;  // -1: forever
};

Value repeat_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({"repeat", {"object", "times"}, 1}, args, nargs, kwnames, bound);
  Repeat* repeat = new_object<Repeat>(type);
  repeat->element = bound[0];
  repeat->remaining = -1;
  if (!bound[1].is_null()) {
    int64_t times = ssize_arg(bound[1]);
    repeat->remaining = times < 0 ? 0 : times;
  }
  return Value::from_object(repeat);
}

Value repeat_next(Value self) {
  Repeat* repeat = self.as<Repeat>();
  if (repeat->remaining == 0) return Value::null();
  if (repeat->remaining > 0) repeat->remaining--;
  return repeat->element;
}

Value repeat_repr(Value self) {
  Repeat* repeat = self.as<Repeat>();
  std::string text = short_type_name(self) + "(" + repr_string(repeat->element);
  if (repeat->remaining >= 0) text += ", " + std::to_string(repeat->remaining);
  return str_value(text + ")");
}

Value repeat_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__length_hint__", nargs, kwnames, 0, 0);
  Repeat* repeat = self.as<Repeat>();
  if (repeat->remaining < 0) throw_type_error("len() of unsized object");
  return make_int(repeat->remaining);
}

Value repeat_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Repeat* repeat = self.as<Repeat>();
  if (repeat->remaining < 0) return reduce_value(self, {repeat->element});
  return reduce_value(self, {repeat->element, make_int(repeat->remaining)});
}

// ---- cycle ----

struct Cycle : Object {
  Value iterator;  // null once exhausted
  List* saved;
  size_t index;
  bool first_pass;  // set by __setstate__: the saved items are already complete
};

Value cycle_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("cycle", type, &cycle_type, kwnames);
  Value iterable;
  bind_arguments({"cycle", {"iterable"}, 1, 1}, args, nargs, nullptr, &iterable);
  Value iterator = get_iter(iterable);
  Cycle* cycle = new_object<Cycle>(type);
  cycle->iterator = iterator;
  cycle->saved = make_list();
  return Value::from_object(cycle);
}

Value cycle_next(Value self) {
  Cycle* cycle = self.as<Cycle>();
  if (!cycle->iterator.is_null()) {
    Value item = iter_next(cycle->iterator);
    if (!item.is_null()) {
      if (!cycle->first_pass) list_append(cycle->saved, item);
      return item;
    }
    cycle->iterator = Value::null();
  }
  if (cycle->saved->size == 0) return Value::null();
  // The saved list may be one given to __setstate__ and shrunk since.
  if (cycle->index >= cycle->saved->size) cycle->index = 0;
  Value item = cycle->saved->items[cycle->index];
  if (++cycle->index >= cycle->saved->size) cycle->index = 0;
  return item;
}

Value cycle_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Cycle* cycle = self.as<Cycle>();
  Value saved = Value::from_object(cycle->saved);
  if (!cycle->iterator.is_null()) {
    return reduce_value(self, make_tuple({cycle->iterator}),
                        Value::from_object(make_tuple({saved, make_bool(cycle->first_pass)})));
  }
  // Exhausted: the copy cycles over the saved items from the current one.
  Value rest = get_iter(saved);
  if (cycle->index != 0) {
    call_method(rest, intern("__setstate__"), {make_int(static_cast<int64_t>(cycle->index))});
  }
  return reduce_value(self, make_tuple({rest}),
                      Value::from_object(make_tuple({saved, make_bool(true)})));
}

// (saved, first_pass): first_pass says the saved items are already complete.
Value cycle_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Tuple* state = state_tuple(args[0], 2, 2);
  check_state_item_type((*state)[0], 1, &list_type);
  bool first_pass = c_int_state_item((*state)[1]) != 0;
  Cycle* cycle = self.as<Cycle>();
  cycle->saved = (*state)[0].as<List>();
  cycle->first_pass = first_pass;
  cycle->index = 0;
  return none();
}

// ---- accumulate ----

struct Accumulate : Object {
  Value iterator;
  Value function;  // None: addition
  Value total;     // null before the first item
  Value initial;   // null once yielded (or not given)
};

Value accumulate_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3] = {Value::null(), Value::null(), Value::null()};
  bind_arguments({"accumulate", {"iterable", "func", "initial"}, 1, 0, 2}, args, nargs, kwnames,
                 bound);
  Value iterator = get_iter(bound[0]);
  Accumulate* accumulate = new_object<Accumulate>(type);
  accumulate->iterator = iterator;
  accumulate->function = bound[1].is_null() ? none() : bound[1];
  accumulate->initial = bound[2].is_null() || is_none(bound[2]) ? Value::null() : bound[2];
  return Value::from_object(accumulate);
}

Value accumulate_next(Value self) {
  Accumulate* accumulate = self.as<Accumulate>();
  if (!accumulate->initial.is_null()) {
    accumulate->total = accumulate->initial;
    accumulate->initial = Value::null();
    return accumulate->total;
  }
  Value item = iter_next(accumulate->iterator);
  if (item.is_null()) return Value::null();
  if (accumulate->total.is_null()) {
    accumulate->total = item;
  } else if (is_none(accumulate->function)) {
    accumulate->total = binary_op(accumulate->total, item, BinaryOp::Add);
  } else {
    accumulate->total = call(accumulate->function, {accumulate->total, item});
  }
  return accumulate->total;
}

Value make_chain(Type* type, Value source);

// chain((first,), iterator): `first`, then the rest of `iterator`.
Value chain_after(Value first, Value iterator) {
  Tuple* parts = make_tuple({Value::from_object(make_tuple({first})), iterator});
  return make_chain(&chain_type, get_iter(Value::from_object(parts)));
}

Value accumulate_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Accumulate* accumulate = self.as<Accumulate>();
  Value function = accumulate->function;
  if (!accumulate->initial.is_null()) {
    Value rest = chain_after(accumulate->initial, accumulate->iterator);
    return reduce_value(self, make_tuple({rest, function}), none());
  }
  if (!accumulate->total.is_null() && is_none(accumulate->total)) {
    // A None state would not reach __setstate__: the copy restarts from the
    // None total and skips it.
    Value rest = chain_after(none(), accumulate->iterator);
    Value restarted = call(Value::from_object(type_of(self)), {rest, function});
    Tuple* args = make_tuple({restarted, Value::from_small_int(1), none()});
    return Value::from_object(
        make_tuple({Value::from_object(&islice_type), Value::from_object(args)}));
  }
  Value total = accumulate->total.is_null() ? none() : accumulate->total;
  return reduce_value(self, make_tuple({accumulate->iterator, function}), total);
}

Value accumulate_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  self.as<Accumulate>()->total = args[0];
  return none();
}

// ---- chain ----

struct Chain : Object {
  Value source;  // iterator over the iterables; null once exhausted
  Value active;  // the current iterable's iterator, or null
};

Value make_chain(Type* type, Value source) {
  Chain* chain = new_object<Chain>(type);
  chain->source = source;
  return Value::from_object(chain);
}

Value chain_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("chain", type, &chain_type, kwnames);
  return make_chain(type, get_iter(Value::from_object(make_tuple(args, nargs))));
}

Value chain_from_iterable(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("from_iterable", nargs, kwnames, 1, 1);
  return make_chain(cls.as<Type>(), get_iter(args[0]));
}

Value chain_next(Value self) {
  Chain* chain = self.as<Chain>();
  while (!chain->source.is_null()) {
    if (chain->active.is_null()) {
      Value iterable = iter_next(chain->source);
      if (iterable.is_null()) {
        chain->source = Value::null();
        return Value::null();
      }
      try {
        chain->active = get_iter(iterable);
      } catch (PyException&) {
        chain->source = Value::null();
        throw;
      }
    }
    Value item = iter_next(chain->active);
    if (!item.is_null()) return item;
    chain->active = Value::null();
  }
  return Value::null();
}

Value chain_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Chain* chain = self.as<Chain>();
  if (chain->source.is_null()) return reduce_value(self, make_tuple(0));
  Tuple* state = chain->active.is_null() ? make_tuple({chain->source})
                                         : make_tuple({chain->source, chain->active});
  return reduce_value(self, make_tuple(0), Value::from_object(state));
}

// (source[, active]): the iterator over the iterables and the current one.
Value chain_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Tuple* state = state_tuple(args[0], 1, 2);
  Value source = (*state)[0];
  Value active = state->size == 2 ? (*state)[1] : Value::null();
  if (!is_iterator(source) || (!active.is_null() && !is_iterator(active))) {
    throw_type_error("Arguments must be iterators.");
  }
  Chain* chain = self.as<Chain>();
  chain->source = source;
  chain->active = active;
  return none();
}

// ---- compress ----

struct Compress : Object {
  Value data;
  Value selectors;
};

Value compress_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"compress", {"data", "selectors"}, 2}, args, nargs, kwnames, bound);
  Value data = get_iter(bound[0]);
  Value selectors = get_iter(bound[1]);
  Compress* compress = new_object<Compress>(type);
  compress->data = data;
  compress->selectors = selectors;
  return Value::from_object(compress);
}

Value compress_next(Value self) {
  Compress* compress = self.as<Compress>();
  for (;;) {
    Value item = iter_next(compress->data);
    if (item.is_null()) return Value::null();
    Value selector = iter_next(compress->selectors);
    if (selector.is_null()) return Value::null();
    if (truthy(selector)) return item;
  }
}

Value compress_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Compress* compress = self.as<Compress>();
  return reduce_value(self, {compress->data, compress->selectors});
}

// ---- dropwhile, takewhile, filterfalse, starmap ----

struct PredicateIterator : Object {
  Value function;
  Value iterator;
  bool done;  // dropwhile: the predicate failed once; takewhile: it stopped
};

template <const char* Name, Type* Base>
Value predicate_iterator_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords(Name, type, Base, kwnames);
  check_positional(Name, nargs, 2, 2);
  Value iterator = get_iter(args[1]);
  PredicateIterator* result = new_object<PredicateIterator>(type);
  result->function = args[0];
  result->iterator = iterator;
  return Value::from_object(result);
}

constexpr char kDropwhile[] = "dropwhile";
constexpr char kTakewhile[] = "takewhile";
constexpr char kFilterfalse[] = "filterfalse";
constexpr char kStarmap[] = "starmap";

Value dropwhile_next(Value self) {
  PredicateIterator* it = self.as<PredicateIterator>();
  for (;;) {
    Value item = iter_next(it->iterator);
    if (item.is_null()) return Value::null();
    if (it->done) return item;
    if (!truthy(call(it->function, {item}))) {
      it->done = true;
      return item;
    }
  }
}

Value takewhile_next(Value self) {
  PredicateIterator* it = self.as<PredicateIterator>();
  if (it->done) return Value::null();
  Value item = iter_next(it->iterator);
  if (item.is_null()) return Value::null();
  if (truthy(call(it->function, {item}))) return item;
  it->done = true;
  return Value::null();
}

Value filterfalse_next(Value self) {
  PredicateIterator* it = self.as<PredicateIterator>();
  bool test_items = is_none(it->function) || it->function.is(Value::from_object(&bool_type));
  for (;;) {
    Value item = iter_next(it->iterator);
    if (item.is_null()) return Value::null();
    bool result = test_items ? truthy(item) : truthy(call(it->function, {item}));
    if (!result) return item;
  }
}

Value starmap_next(Value self) {
  PredicateIterator* it = self.as<PredicateIterator>();
  Value args = iter_next(it->iterator);
  if (args.is_null()) return Value::null();
  Tuple* tuple = tuple_from_iterable(args);
  return call(it->function, tuple->items(), tuple->size);
}

Value predicate_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  PredicateIterator* it = self.as<PredicateIterator>();
  return reduce_value(self, {it->function, it->iterator});
}

// dropwhile and takewhile: the `done` flag is the state.
Value predicate_done_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  PredicateIterator* it = self.as<PredicateIterator>();
  return reduce_value(self, make_tuple({it->function, it->iterator}),
                      Value::from_small_int(it->done ? 1 : 0));
}

Value predicate_done_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  self.as<PredicateIterator>()->done = truthy(args[0]);
  return none();
}

// ---- groupby and _grouper ----

struct GroupBy : Object {
  Value iterator;
  Value key_function;  // None: the items are their keys
  Value target_key;
  Value current_key;
  Value current_value;
  Object* current_grouper;
};

struct Grouper : Object {
  GroupBy* parent;
  Value target_key;
};

Value groupby_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({"groupby", {"iterable", "key"}, 1}, args, nargs, kwnames, bound);
  Value iterator = get_iter(bound[0]);
  GroupBy* groupby = new_object<GroupBy>(type);
  groupby->iterator = iterator;
  groupby->key_function = bound[1].is_null() ? none() : bound[1];
  return Value::from_object(groupby);
}

// Reads the next item and its key; false at the end.
bool groupby_step(GroupBy* groupby) {
  Value value = iter_next(groupby->iterator);
  if (value.is_null()) return false;
  Value key = is_none(groupby->key_function) ? value : call(groupby->key_function, {value});
  groupby->current_value = value;
  groupby->current_key = key;
  return true;
}

Value groupby_next(Value self) {
  GroupBy* groupby = self.as<GroupBy>();
  groupby->current_grouper = nullptr;
  for (;;) {
    if (!groupby->current_key.is_null()) {
      if (groupby->target_key.is_null()) break;
      if (!equals(groupby->target_key, groupby->current_key)) break;
    }
    if (!groupby_step(groupby)) return Value::null();
  }
  groupby->target_key = groupby->current_key;
  Grouper* grouper = new_object<Grouper>(&grouper_type);
  grouper->parent = groupby;
  grouper->target_key = groupby->target_key;
  groupby->current_grouper = grouper;
  return Value::from_object(make_tuple({groupby->target_key, Value::from_object(grouper)}));
}

Value groupby_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  GroupBy* groupby = self.as<GroupBy>();
  Tuple* args = make_tuple({groupby->iterator, groupby->key_function});
  if (groupby->target_key.is_null() || groupby->current_key.is_null() ||
      groupby->current_value.is_null()) {
    return reduce_value(self, args);
  }
  Tuple* state =
      make_tuple({groupby->current_key, groupby->current_value, groupby->target_key});
  return reduce_value(self, args, Value::from_object(state));
}

// (current_key, current_value, target_key)
Value groupby_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Tuple* state = state_tuple(args[0], 3, 3);
  GroupBy* groupby = self.as<GroupBy>();
  groupby->current_key = (*state)[0];
  groupby->current_value = (*state)[1];
  groupby->target_key = (*state)[2];
  return none();
}

Value grouper_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("_grouper", nargs, kwnames, 2, 2);
  if (type_of(args[0]) != &groupby_type) {
    throw_type_error("_grouper() argument 1 must be itertools.groupby, not " +
                     type_name(args[0]));
  }
  Grouper* grouper = new_object<Grouper>(type);
  grouper->parent = args[0].as<GroupBy>();
  grouper->target_key = args[1];
  grouper->parent->current_grouper = grouper;
  return Value::from_object(grouper);
}

Value grouper_next(Value self) {
  Grouper* grouper = self.as<Grouper>();
  GroupBy* groupby = grouper->parent;
  if (groupby->current_grouper != grouper) return Value::null();
  if (groupby->current_value.is_null() && !groupby_step(groupby)) return Value::null();
  if (!equals(grouper->target_key, groupby->current_key)) return Value::null();
  Value result = groupby->current_value;
  groupby->current_value = Value::null();
  groupby->current_key = Value::null();
  return result;
}

Value grouper_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Grouper* grouper = self.as<Grouper>();
  // A group its groupby has moved past is empty: iter(()).
  if (grouper->parent->current_grouper != grouper) {
    return iterator_reduce("iter", Value::from_object(make_tuple(0)), Value::null());
  }
  return reduce_value(self, {Value::from_object(grouper->parent), grouper->target_key});
}

// ---- islice ----

struct ISlice : Object {
  Value iterator;  // null once exhausted
  int64_t next;
  int64_t stop;  // -1: no stop
  int64_t step;
  int64_t count;
};

// PyNumber_AsSsize_t(v, OverflowError) with any error cleared: -1 for what
// is not an index fitting a Py_ssize_t.
int64_t islice_argument(Value v) {
  try {
    return index_as_ssize(v);
  } catch (PyException&) {
    clear_current_exception();
    return -1;
  }
}

Value islice_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("islice", type, &islice_type, kwnames);
  check_positional("islice", nargs, 2, 4);
  const char* stop_message =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!is_none(args[1])) {
      stop = islice_argument(args[1]);
      if (stop == -1) throw_value_error(stop_message);
    }
  } else {
    if (!is_none(args[1])) start = islice_argument(args[1]);
    if (!is_none(args[2])) {
      stop = islice_argument(args[2]);
      if (stop == -1) throw_value_error(stop_message);
    }
  }
  if (start < 0 || stop < -1) {
    throw_value_error(
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (nargs == 4 && !is_none(args[3])) step = islice_argument(args[3]);
  if (step < 1) throw_value_error("Step for islice() must be a positive integer or None.");
  Value iterator = get_iter(args[0]);
  ISlice* islice = new_object<ISlice>(type);
  islice->iterator = iterator;
  islice->next = start;
  islice->stop = stop;
  islice->step = step;
  return Value::from_object(islice);
}

Value islice_next(Value self) {
  ISlice* islice = self.as<ISlice>();
  if (islice->iterator.is_null()) return Value::null();
  while (islice->count < islice->next) {
    if (iter_next(islice->iterator).is_null()) {
      islice->iterator = Value::null();
      return Value::null();
    }
    islice->count++;
  }
  if (islice->stop != -1 && islice->count >= islice->stop) {
    islice->iterator = Value::null();
    return Value::null();
  }
  Value item = iter_next(islice->iterator);
  if (item.is_null()) {
    islice->iterator = Value::null();
    return Value::null();
  }
  islice->count++;
  int64_t previous = islice->next;
  if (__builtin_add_overflow(islice->next, islice->step, &islice->next) ||
      islice->next < previous || (islice->stop != -1 && islice->next > islice->stop)) {
    islice->next = islice->stop;
  }
  return item;
}

// islice(iterator, next, stop, step) with the count read so far as state.
Value islice_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  ISlice* islice = self.as<ISlice>();
  if (islice->iterator.is_null()) {
    Value empty = get_iter(Value::from_object(make_list()));
    return reduce_value(self, make_tuple({empty, Value::from_small_int(0)}),
                        Value::from_small_int(0));
  }
  Value stop = islice->stop == -1 ? none() : make_int(islice->stop);
  Tuple* args = make_tuple({islice->iterator, make_int(islice->next), stop, make_int(islice->step)});
  return reduce_value(self, args, make_int(islice->count));
}

Value islice_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  self.as<ISlice>()->count = ssize_state_item(args[0]);
  return none();
}

// ---- tee, _tee, _tee_dataobject ----

constexpr int kTeeLinkCells = 57;

struct TeeData : Object {
  Value iterator;
  int numread;
  bool running;
  TeeData* next_link;
  Value values[kTeeLinkCells];
};

struct Tee : Object {
  TeeData* data;
  int index;
};

TeeData* new_tee_data(Value iterator) {
  TeeData* data = new_object<TeeData>(&tee_dataobject_type);
  data->iterator = iterator;
  return data;
}

// teedataobject(iterator, values, next): only a full link may have a next one.
Value tee_dataobject_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("teedataobject", nargs, kwnames, 3, 3);
  if (!is_list(args[1])) {
    throw_type_error("teedataobject() argument 2 must be list, not " + type_name(args[1]));
  }
  List* values = args[1].as<List>();
  Value next = args[2];
  bool full = values->size == static_cast<size_t>(kTeeLinkCells);
  if (values->size > static_cast<size_t>(kTeeLinkCells) ||
      (!is_none(next) && (!full || type_of(next) != &tee_dataobject_type))) {
    throw_value_error("Invalid arguments");
  }
  TeeData* data = new_tee_data(args[0]);
  for (size_t i = 0; i < values->size; ++i) data->values[i] = values->items[i];
  data->numread = static_cast<int>(values->size);
  if (!is_none(next)) data->next_link = next.as<TeeData>();
  return Value::from_object(data);
}

Value tee_dataobject_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  TeeData* data = self.as<TeeData>();
  List* values = make_list();
  for (int i = 0; i < data->numread; ++i) list_append(values, data->values[i]);
  Value next = data->next_link ? Value::from_object(data->next_link) : none();
  return reduce_value(self, {data->iterator, Value::from_object(values), next});
}

Value make_tee(Type* type, TeeData* data, int index) {
  Tee* tee = new_object<Tee>(type);
  tee->data = data;
  tee->index = index;
  return Value::from_object(tee);
}

Value tee_copy(Value self) {
  Tee* tee = self.as<Tee>();
  return make_tee(&tee_type, tee->data, tee->index);
}

Value tee_copy_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__copy__", nargs, kwnames, 0, 0);
  return tee_copy(self);
}

Value tee_from_iterable(Value iterable) {
  Value iterator = get_iter(iterable);
  if (type_of(iterator) == &tee_type) return tee_copy(iterator);
  return make_tee(&tee_type, new_tee_data(iterator), 0);
}

Value tee_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  Value iterable;
  bind_arguments({"_tee", {"iterable"}, 1, 1}, args, nargs, kwnames, &iterable);
  return tee_from_iterable(iterable);
}

Value tee_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Tee* tee = self.as<Tee>();
  Tuple* state = make_tuple({Value::from_object(tee->data), Value::from_small_int(tee->index)});
  return reduce_value(self, make_tuple({Value::from_object(make_tuple(0))}),
                      Value::from_object(state));
}

// (data, index): the shared link and this iterator's position in it.
Value tee_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Tuple* state = state_tuple(args[0], 2, 2);
  check_state_item_type((*state)[0], 1, &tee_dataobject_type);
  int index = c_int_state_item((*state)[1]);
  if (index < 0 || index > kTeeLinkCells) throw_value_error("Index out of range");
  Tee* tee = self.as<Tee>();
  tee->data = (*state)[0].as<TeeData>();
  tee->index = index;
  return none();
}

Value tee_next(Value self) {
  Tee* tee = self.as<Tee>();
  if (tee->index >= kTeeLinkCells) {
    TeeData* data = tee->data;
    if (!data->next_link) data->next_link = new_tee_data(data->iterator);
    tee->data = data->next_link;
    tee->index = 0;
  }
  TeeData* data = tee->data;
  Value value;
  if (tee->index < data->numread) {
    value = data->values[tee->index];
  } else {
    if (data->running) throw_runtime_error("cannot re-enter the tee iterator");
    data->running = true;
    try {
      value = iter_next(data->iterator);
    } catch (PyException&) {
      data->running = false;
      throw;
    }
    data->running = false;
    if (value.is_null()) return Value::null();
    data->values[data->numread++] = value;
  }
  tee->index++;
  return value;
}

Value itertools_tee(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("tee", nargs, kwnames, 1, 2);
  int64_t n = nargs == 2 ? ssize_arg(args[1]) : 2;
  if (n < 0) throw_value_error("n must be >= 0");
  Tuple* result = make_tuple(static_cast<size_t>(n));
  if (n == 0) return Value::from_object(result);
  Value iterator = get_iter(args[0]);
  Str* copy_name = intern("__copy__");
  Value copy_method = lookup_attr(iterator, copy_name);
  Value first = copy_method.is_null() ? tee_from_iterable(iterator) : iterator;
  (*result)[0] = first;
  for (int64_t i = 1; i < n; ++i) (*result)[i] = call_method(first, copy_name, {});
  return Value::from_object(result);
}

// ---- zip_longest ----

struct ZipLongest : Object {
  Tuple* iterators;  // an exhausted one becomes null
  size_t active;
  Value fill_value;
};

Value zip_longest_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fill_value = none();
  if (keyword_count(kwnames) > 0) {
    if (kwnames->size != 1 || str_view((*kwnames)[0]) != "fillvalue") {
      throw_type_error("zip_longest() got an unexpected keyword argument");
    }
    fill_value = args[nargs];
  }
  Tuple* iterators = make_tuple(nargs);
  for (size_t i = 0; i < nargs; ++i) (*iterators)[i] = get_iter(args[i]);
  ZipLongest* zip = new_object<ZipLongest>(type);
  zip->iterators = iterators;
  zip->active = nargs;
  zip->fill_value = fill_value;
  return Value::from_object(zip);
}

Value zip_longest_next(Value self) {
  ZipLongest* zip = self.as<ZipLongest>();
  size_t count = zip->iterators->size;
  if (count == 0 || zip->active == 0) return Value::null();
  Tuple* result = make_tuple(count);
  for (size_t i = 0; i < count; ++i) {
    Value& iterator = (*zip->iterators)[i];
    Value item = zip->fill_value;
    if (!iterator.is_null()) {
      Value next = iter_next(iterator);
      if (next.is_null()) {
        if (--zip->active == 0) return Value::null();
        iterator = Value::null();
      } else {
        item = next;
      }
    }
    (*result)[i] = item;
  }
  return Value::from_object(result);
}

// The iterators (an exhausted one as ()) with the fill value as state.
Value zip_longest_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  ZipLongest* zip = self.as<ZipLongest>();
  size_t count = zip->iterators->size;
  Tuple* args = make_tuple(count);
  for (size_t i = 0; i < count; ++i) {
    Value iterator = (*zip->iterators)[i];
    (*args)[i] = iterator.is_null() ? Value::from_object(make_tuple(0)) : iterator;
  }
  return reduce_value(self, args, zip->fill_value);
}

Value zip_longest_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  self.as<ZipLongest>()->fill_value = args[0];
  return none();
}

// ---- product ----

struct Product : Object {
  Tuple* pools;  // each a tuple
  int64_t* indices;
  bool started;
  bool stopped;
};

Value product_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t repeat = 1;
  if (keyword_count(kwnames) > 0) {
    // The keywords alone are parsed, as CPython's "|n:product".
    Value repeat_argument;
    bind_arguments({"product", {"repeat"}}, args + nargs, 0, kwnames, &repeat_argument);
    if (!repeat_argument.is_null()) repeat = ssize_arg(repeat_argument);
    if (repeat < 0) throw_value_error("repeat argument cannot be negative");
  }
  int64_t pool_count;
  if (nargs && __builtin_mul_overflow(static_cast<int64_t>(nargs), repeat, &pool_count)) {
    throw_overflow_error("repeat argument too large");
  }
  pool_count = static_cast<int64_t>(nargs) * repeat;
  Tuple* pools = make_tuple(static_cast<size_t>(pool_count));
  for (size_t i = 0; i < nargs; ++i) (*pools)[i] = Value::from_object(tuple_from_iterable(args[i]));
  for (int64_t i = static_cast<int64_t>(nargs); i < pool_count; ++i) {
    (*pools)[i] = (*pools)[i - static_cast<int64_t>(nargs)];
  }
  Product* product = new_object<Product>(type);
  product->pools = pools;
  product->indices = new_indices(pool_count);
  return Value::from_object(product);
}

Value product_next(Value self) {
  Product* product = self.as<Product>();
  if (product->stopped) return Value::null();
  size_t count = product->pools->size;
  if (!product->started) {
    product->started = true;
    for (size_t i = 0; i < count; ++i) {
      if ((*product->pools)[i].as<Tuple>()->size == 0) {
        product->stopped = true;
        return Value::null();
      }
    }
  } else {
    size_t i = count;
    for (;;) {
      if (i == 0) {
        product->stopped = true;
        return Value::null();
      }
      --i;
      Tuple* pool = (*product->pools)[i].as<Tuple>();
      if (++product->indices[i] < static_cast<int64_t>(pool->size)) break;
      product->indices[i] = 0;
    }
  }
  Tuple* result = make_tuple(count);
  for (size_t i = 0; i < count; ++i) {
    (*result)[i] = (*(*product->pools)[i].as<Tuple>())[product->indices[i]];
  }
  return Value::from_object(result);
}

// A tuple of ints from an index array.
Tuple* indices_tuple(const int64_t* indices, int64_t count) {
  Tuple* result = make_tuple(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) (*result)[i] = make_int(indices[i]);
  return result;
}

// product(*pools), with the indices as state once started.
Value product_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Product* product = self.as<Product>();
  if (product->stopped) return reduce_value(self, {Value::from_object(make_tuple(0))});
  if (!product->started) return reduce_value(self, product->pools);
  Tuple* indices =
      indices_tuple(product->indices, static_cast<int64_t>(product->pools->size));
  return reduce_value(self, product->pools, Value::from_object(indices));
}

// One index per pool, each clamped into its pool.
Value product_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Product* product = self.as<Product>();
  size_t count = product->pools->size;
  Value state = args[0];
  if (!is_tuple(state) || state.as<Tuple>()->size != count) {
    throw_value_error("invalid arguments");
  }
  for (size_t i = 0; i < count; ++i) {
    int64_t index = ssize_state_item((*state.as<Tuple>())[i]);
    int64_t pool_size = static_cast<int64_t>((*product->pools)[i].as<Tuple>()->size);
    if (pool_size == 0) {
      product->stopped = true;
      return none();
    }
    product->indices[i] = std::clamp<int64_t>(index, 0, pool_size - 1);
  }
  product->started = true;
  return none();
}

// ---- combinations, combinations_with_replacement, permutations ----

struct Combinatoric : Object {
  Tuple* pool;
  int64_t* indices;
  int64_t* cycles;  // permutations only
  int64_t r;
  bool started;
  bool stopped;
};

Tuple* picked(Combinatoric* c) {
  Tuple* result = make_tuple(static_cast<size_t>(c->r));
  for (int64_t i = 0; i < c->r; ++i) (*result)[i] = (*c->pool)[c->indices[i]];
  return result;
}

Combinatoric* new_combinatoric(Type* type, Value iterable, int64_t r) {
  Tuple* pool = tuple_from_iterable(iterable);
  Combinatoric* c = new_object<Combinatoric>(type);
  c->pool = pool;
  c->r = r;
  return c;
}

Value combinations_common_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames,
                              const char* name, bool replacement) {
  Value bound[2];
  bind_arguments({name, {"iterable", "r"}, 2}, args, nargs, kwnames, bound);
  int64_t r = ssize_arg(bound[1]);
  if (r < 0) throw_value_error("r must be non-negative");
  Combinatoric* c = new_combinatoric(type, bound[0], r);
  int64_t n = static_cast<int64_t>(c->pool->size);
  c->indices = new_indices(r);
  for (int64_t i = 0; i < r; ++i) c->indices[i] = replacement ? 0 : i;
  c->stopped = replacement ? (n == 0 && r > 0) : r > n;
  return Value::from_object(c);
}

Value combinations_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return combinations_common_new(type, args, nargs, kwnames, "combinations", false);
}

Value cwr_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return combinations_common_new(type, args, nargs, kwnames, "combinations_with_replacement",
                                 true);
}

Value combinations_next(Value self) {
  Combinatoric* c = self.as<Combinatoric>();
  if (c->stopped) return Value::null();
  int64_t n = static_cast<int64_t>(c->pool->size);
  if (c->started) {
    int64_t i = c->r - 1;
    while (i >= 0 && c->indices[i] == i + n - c->r) --i;
    if (i < 0) {
      c->stopped = true;
      return Value::null();
    }
    c->indices[i]++;
    for (int64_t j = i + 1; j < c->r; ++j) c->indices[j] = c->indices[j - 1] + 1;
  }
  c->started = true;
  return Value::from_object(picked(c));
}

Value cwr_next(Value self) {
  Combinatoric* c = self.as<Combinatoric>();
  if (c->stopped) return Value::null();
  int64_t n = static_cast<int64_t>(c->pool->size);
  if (c->started) {
    int64_t i = c->r - 1;
    while (i >= 0 && c->indices[i] == n - 1) --i;
    if (i < 0) {
      c->stopped = true;
      return Value::null();
    }
    int64_t index = c->indices[i] + 1;
    for (int64_t j = i; j < c->r; ++j) c->indices[j] = index;
  }
  c->started = true;
  return Value::from_object(picked(c));
}

// The reduce of a combinatoric iterator that carries no state yet (not
// started) or any more (exhausted: an empty pool); null when it has state.
Value stateless_combinatoric_reduce(Value self, Combinatoric* c) {
  Value r = make_int(c->r);
  if (!c->started) return reduce_value(self, {Value::from_object(c->pool), r});
  if (c->stopped) return reduce_value(self, {Value::from_object(make_tuple(0)), r});
  return Value::null();
}

// combinations(pool, r) and combinations_with_replacement(pool, r), with the
// indices as state once started.
Value combinations_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Combinatoric* c = self.as<Combinatoric>();
  Value stateless = stateless_combinatoric_reduce(self, c);
  if (!stateless.is_null()) return stateless;
  Value r = make_int(c->r);
  return reduce_value(self, make_tuple({Value::from_object(c->pool), r}),
                      Value::from_object(indices_tuple(c->indices, c->r)));
}

// r indices, each clamped to [0, highest(i)].
template <typename HighestIndex>
void set_combination_indices(Combinatoric* c, Value state, HighestIndex highest) {
  if (!is_tuple(state) || static_cast<int64_t>(state.as<Tuple>()->size) != c->r) {
    throw_value_error("invalid arguments");
  }
  for (int64_t i = 0; i < c->r; ++i) {
    int64_t index = ssize_state_item((*state.as<Tuple>())[i]);
    int64_t high = highest(i);
    if (index > high) index = high;
    if (index < 0) index = 0;
    c->indices[i] = index;
  }
  c->started = true;
}

Value combinations_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Combinatoric* c = self.as<Combinatoric>();
  int64_t n = static_cast<int64_t>(c->pool->size);
  set_combination_indices(c, args[0], [&](int64_t i) { return i + n - c->r; });
  return none();
}

Value cwr_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Combinatoric* c = self.as<Combinatoric>();
  int64_t n = static_cast<int64_t>(c->pool->size);
  set_combination_indices(c, args[0], [&](int64_t) { return n - 1; });
  return none();
}

Value permutations_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({"permutations", {"iterable", "r"}, 1}, args, nargs, kwnames, bound);
  Tuple* pool = tuple_from_iterable(bound[0]);
  int64_t n = static_cast<int64_t>(pool->size);
  int64_t r = n;
  if (!bound[1].is_null() && !is_none(bound[1])) {
    if (!is_int(bound[1])) throw_type_error("Expected int as r");
    r = index_as_ssize_argument(bound[1]);
    if (r < 0) throw_value_error("r must be non-negative");
  }
  Combinatoric* c = new_object<Combinatoric>(type);
  c->pool = pool;
  c->r = r;
  c->indices = new_indices(n);
  for (int64_t i = 0; i < n; ++i) c->indices[i] = i;
  c->cycles = new_indices(r);
  for (int64_t i = 0; i < r && i < n; ++i) c->cycles[i] = n - i;
  c->stopped = r > n;
  return Value::from_object(c);
}

Value permutations_next(Value self) {
  Combinatoric* c = self.as<Combinatoric>();
  if (c->stopped) return Value::null();
  int64_t n = static_cast<int64_t>(c->pool->size);
  if (c->started) {
    if (n == 0) {
      c->stopped = true;
      return Value::null();
    }
    int64_t i = c->r - 1;
    for (; i >= 0; --i) {
      if (--c->cycles[i] == 0) {
        int64_t first = c->indices[i];
        for (int64_t j = i; j < n - 1; ++j) c->indices[j] = c->indices[j + 1];
        c->indices[n - 1] = first;
        c->cycles[i] = n - i;
      } else {
        int64_t j = c->cycles[i];
        std::swap(c->indices[i], c->indices[n - j]);
        break;
      }
    }
    if (i < 0) {
      c->stopped = true;
      return Value::null();
    }
  }
  c->started = true;
  return Value::from_object(picked(c));
}

// permutations(pool, r), with (indices, cycles) as state once started.
Value permutations_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Combinatoric* c = self.as<Combinatoric>();
  Value stateless = stateless_combinatoric_reduce(self, c);
  if (!stateless.is_null()) return stateless;
  Value r = make_int(c->r);
  Tuple* indices = indices_tuple(c->indices, static_cast<int64_t>(c->pool->size));
  Tuple* cycles = indices_tuple(c->cycles, c->r);
  Tuple* state = make_tuple({Value::from_object(indices), Value::from_object(cycles)});
  return reduce_value(self, make_tuple({Value::from_object(c->pool), r}),
                      Value::from_object(state));
}

// (indices, cycles): n indices clamped to [0, n-1], r cycles to [1, n-i].
Value permutations_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Tuple* state = state_tuple(args[0], 2, 2);
  check_state_item_type((*state)[0], 1, &tuple_type);
  check_state_item_type((*state)[1], 2, &tuple_type);
  Tuple* indices = (*state)[0].as<Tuple>();
  Tuple* cycles = (*state)[1].as<Tuple>();
  Combinatoric* c = self.as<Combinatoric>();
  int64_t n = static_cast<int64_t>(c->pool->size);
  if (static_cast<int64_t>(indices->size) != n || static_cast<int64_t>(cycles->size) != c->r) {
    throw_value_error("invalid arguments");
  }
  for (int64_t i = 0; i < n; ++i) {
    c->indices[i] = std::clamp<int64_t>(ssize_state_item((*indices)[i]), 0, n - 1);
  }
  for (int64_t i = 0; i < c->r; ++i) {
    int64_t cycle = ssize_state_item((*cycles)[i]);
    if (cycle < 1) {
      cycle = 1;
    } else if (cycle > n - i) {
      cycle = n - i;
    }
    c->cycles[i] = cycle;
  }
  c->started = true;
  return none();
}

// ---- pairwise ----

struct Pairwise : Object {
  Value iterator;  // null once exhausted
  Value old;
};

Value pairwise_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_constructor_keywords("pairwise", type, &pairwise_type, kwnames);
  Value iterable;
  bind_arguments({"pairwise", {"iterable"}, 1, 1}, args, nargs, nullptr, &iterable);
  Value iterator = get_iter(iterable);
  Pairwise* pairwise = new_object<Pairwise>(type);
  pairwise->iterator = iterator;
  return Value::from_object(pairwise);
}

Value pairwise_next(Value self) {
  Pairwise* pairwise = self.as<Pairwise>();
  if (pairwise->iterator.is_null()) return Value::null();
  if (pairwise->old.is_null()) {
    pairwise->old = iter_next(pairwise->iterator);
    if (pairwise->old.is_null()) {
      pairwise->iterator = Value::null();
      return Value::null();
    }
  }
  Value item = iter_next(pairwise->iterator);
  if (item.is_null()) {
    pairwise->iterator = Value::null();
    pairwise->old = Value::null();
    return Value::null();
  }
  Value result = Value::from_object(make_tuple({pairwise->old, item}));
  pairwise->old = item;
  return result;
}

// ---- the module ----

void init_iterator_type(Type* type, const char* name, uint32_t size, IterNextFn next, NewFn new_fn,
                        const char* doc, bool subclassable = true) {
  type->iter = iterator_self;
  type->next = next;
  type->new_instance = new_fn;
  uint64_t flags = kTypeImmutable;
  if (subclassable) flags |= kTypeBaseType;
  init_static_type(type, name, nullptr, size, flags);
  if (doc) set_type_doc(type, doc);
}

void init_itertools_types() {
  init_iterator_type(&count_type, "itertools.count", sizeof(Count), count_next, count_new,
                     "Return a count object whose .__next__() method returns consecutive values.\n\n"
                     "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
                     "        while 1:\n            yield x\n            x += step");
  count_type.repr = count_repr;
  add_methods(&count_type, {{"__reduce__", count_reduce, kMethodInstance, kReduceDoc}});
  init_iterator_type(&repeat_type, "itertools.repeat", sizeof(Repeat), repeat_next, repeat_new,
                     "repeat(object [,times]) -> create an iterator which returns the object\n"
                     "for the specified number of times.  If not specified, returns the object\n"
                     "endlessly.");
  repeat_type.repr = repeat_repr;
  add_methods(&repeat_type, {
      {"__length_hint__", repeat_length_hint, kMethodInstance,
       "Private method returning an estimate of len(list(it))."},
      {"__reduce__", repeat_reduce, kMethodInstance, kReduceDoc},
  });
  init_iterator_type(&cycle_type, "itertools.cycle", sizeof(Cycle), cycle_next, cycle_new,
                     "Return elements from the iterable until it is exhausted. Then repeat the "
                     "sequence indefinitely.");
  add_methods(&cycle_type, {
      {"__reduce__", cycle_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", cycle_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&accumulate_type, "itertools.accumulate", sizeof(Accumulate),
                     accumulate_next, accumulate_new, "Return series of accumulated sums (or other binary function results).");
  add_methods(&accumulate_type, {
      {"__reduce__", accumulate_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", accumulate_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&chain_type, "itertools.chain", sizeof(Chain), chain_next, chain_new,
                     "chain(*iterables) --> chain object\n\nReturn a chain object whose "
                     ".__next__() method returns elements from the\nfirst iterable until it is "
                     "exhausted, then elements from the next\niterable, until all of the "
                     "iterables are exhausted.");
  add_methods(&chain_type, {
      {"from_iterable", chain_from_iterable, kMethodClass,
       "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
      {"__class_getitem__", generic_class_getitem, kMethodClass,
       "See PEP 585"},
      {"__reduce__", chain_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", chain_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&compress_type, "itertools.compress", sizeof(Compress), compress_next,
                     compress_new, "Return data elements corresponding to true selector elements.\n\n"
                     "Forms a shorter iterator from selected data elements using the selectors to\n"
                     "choose the data elements.");
  add_methods(&compress_type, {{"__reduce__", compress_reduce, kMethodInstance, kReduceDoc}});
  init_iterator_type(&dropwhile_type, "itertools.dropwhile", sizeof(PredicateIterator),
                     dropwhile_next, predicate_iterator_new<kDropwhile, &dropwhile_type>,
                     "Drop items from the iterable while predicate(item) is true.\n\n"
                     "Afterwards, return every element until the iterable is exhausted.");
  init_iterator_type(&takewhile_type, "itertools.takewhile", sizeof(PredicateIterator),
                     takewhile_next, predicate_iterator_new<kTakewhile, &takewhile_type>,
                     "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
  init_iterator_type(&filterfalse_type, "itertools.filterfalse", sizeof(PredicateIterator),
                     filterfalse_next, predicate_iterator_new<kFilterfalse, &filterfalse_type>,
                     "Return those items of iterable for which function(item) is false.\n\n"
                     "If function is None, return the items that are false.");
  init_iterator_type(&starmap_type, "itertools.starmap", sizeof(PredicateIterator),
                     starmap_next, predicate_iterator_new<kStarmap, &starmap_type>,
                     "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");
  for (Type* type : {&dropwhile_type, &takewhile_type}) {
    add_methods(type, {
        {"__reduce__", predicate_done_reduce, kMethodInstance, kReduceDoc},
        {"__setstate__", predicate_done_setstate, kMethodInstance, kSetstateDoc},
    });
  }
  for (Type* type : {&filterfalse_type, &starmap_type}) {
    add_methods(type, {{"__reduce__", predicate_reduce, kMethodInstance, kReduceDoc}});
  }
  init_iterator_type(&groupby_type, "itertools.groupby", sizeof(GroupBy), groupby_next,
                     groupby_new,
                     "make an iterator that returns consecutive keys and groups from the iterable\n\n"
                     "  iterable\n    Elements to divide into groups according to the key function.\n"
                     "  key\n    A function for computing the group category for each element.\n"
                     "    If the key function is not specified or is None, the element itself\n"
                     "    is used for grouping.");
  add_methods(&groupby_type, {
      {"__reduce__", groupby_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", groupby_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&grouper_type, "itertools._grouper", sizeof(Grouper), grouper_next,
                     grouper_new, nullptr, false);
  add_methods(&grouper_type, {{"__reduce__", grouper_reduce, kMethodInstance, kReduceDoc}});
  init_iterator_type(&islice_type, "itertools.islice", sizeof(ISlice), islice_next, islice_new,
                     "islice(iterable, stop) --> islice object\n"
                     "islice(iterable, start, stop[, step]) --> islice object\n\n"
                     "Return an iterator whose next() method returns selected values from an\n"
                     "iterable.  If start is specified, will skip all preceding elements;\n"
                     "otherwise, start defaults to zero.  Step defaults to one.  If\n"
                     "specified as another value, step determines how many values are\n"
                     "skipped between successive calls.  Works like a slice() on a list\n"
                     "but returns an iterator.");
  add_methods(&islice_type, {
      {"__reduce__", islice_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", islice_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&tee_type, "itertools._tee", sizeof(Tee), tee_next, tee_new,
                     "Iterator wrapped to make it copyable.", false);
  tee_type.flags |= kTypeWeakrefable;
  add_methods(&tee_type, {
      {"__copy__", tee_copy_method, kMethodInstance, "Returns an independent iterator."},
      {"__reduce__", tee_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", tee_setstate, kMethodInstance, kSetstateDoc},
  });
  tee_dataobject_type.new_instance = tee_dataobject_new;
  init_static_type(&tee_dataobject_type, "itertools._tee_dataobject", nullptr, sizeof(TeeData),
                   kTypeImmutable);
  set_type_doc(&tee_dataobject_type, "teedataobject(iterable, values, next, /)\n--\n\n"
                                     "Data container common to multiple tee objects.");
  add_methods(&tee_dataobject_type,
              {{"__reduce__", tee_dataobject_reduce, kMethodInstance, kReduceDoc}});
  init_iterator_type(&zip_longest_type, "itertools.zip_longest", sizeof(ZipLongest),
                     zip_longest_next, zip_longest_new,
                     "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
                     "Return a zip_longest object whose .__next__() method returns a tuple where\n"
                     "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
                     "method continues until the longest iterable in the argument sequence\n"
                     "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
                     "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
                     "defaults to None or can be specified by a keyword argument.");
  add_methods(&zip_longest_type, {
      {"__reduce__", zip_longest_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", zip_longest_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&product_type, "itertools.product", sizeof(Product), product_next,
                     product_new,
                     "product(*iterables, repeat=1) --> product object\n\n"
                     "Cartesian product of input iterables.  Equivalent to nested for-loops.");
  add_methods(&product_type, {
      {"__reduce__", product_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", product_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&permutations_type, "itertools.permutations", sizeof(Combinatoric),
                     permutations_next, permutations_new,
                     "Return successive r-length permutations of elements in the iterable.\n\n"
                     "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
  add_methods(&permutations_type, {
      {"__reduce__", permutations_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", permutations_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&combinations_type, "itertools.combinations", sizeof(Combinatoric),
                     combinations_next, combinations_new,
                     "Return successive r-length combinations of elements in the iterable.\n\n"
                     "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
  add_methods(&combinations_type, {
      {"__reduce__", combinations_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", combinations_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&cwr_type, "itertools.combinations_with_replacement", sizeof(Combinatoric),
                     cwr_next, cwr_new,
                     "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\n"
                     "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");
  add_methods(&cwr_type, {
      {"__reduce__", combinations_reduce, kMethodInstance, kReduceDoc},
      {"__setstate__", cwr_setstate, kMethodInstance, kSetstateDoc},
  });
  init_iterator_type(&pairwise_type, "itertools.pairwise", sizeof(Pairwise), pairwise_next,
                     pairwise_new,
                     "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
                     "    s -> (s0,s1), (s1,s2), (s2, s3), ...");
}

}  // namespace

Module* create_itertools_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_itertools_types();
  module = make_module(intern("itertools"));
  add_functions(module, {{"tee", itertools_tee, kMethodInstance,
                          "Returns a tuple of n independent iterators."}});
  for (Type* type : {&accumulate_type, &chain_type, &combinations_type, &cwr_type,
                     &compress_type, &count_type, &cycle_type, &dropwhile_type,
                     &filterfalse_type, &groupby_type, &islice_type, &pairwise_type,
                     &permutations_type, &product_type, &repeat_type, &starmap_type,
                     &takewhile_type, &zip_longest_type, &grouper_type, &tee_type,
                     &tee_dataobject_type}) {
    dict_set_str(module->dict, type->name, Value::from_object(type));
  }
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Functional tools for creating and using iterators."));
  return module;
}

}  // namespace krait
