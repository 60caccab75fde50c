// The `_collections` module (CPython's Modules/_collectionsmodule.c): deque
// and its iterators, defaultdict, _count_elements and _tuplegetter (the field
// accessors of namedtuple). OrderedDict is left to collections/__init__.py.
#include "modules/collections.h"

#include <cstdint>
#include <string>

#include "objects/class.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
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

Type deque_type, deque_iterator_type, deque_reverse_iterator_type, defaultdict_type,
    tuplegetter_type;

// ---- deque: a ring buffer in scanned memory ----

struct Deque : Object {
  Value* items;
  int64_t capacity;  // a power of two (0 before the first item)
  int64_t head;      // the slot of the leftmost item
  int64_t size;
  int64_t maxlen;    // -1: unbounded
  uint64_t state;    // changes whenever the size changes, for the iterators' checks
};

Deque* as_deque(Value v) { return v.as<Deque>(); }

Value& deque_at(Deque* d, int64_t i) { return d->items[(d->head + i) & (d->capacity - 1)]; }

void deque_reserve(Deque* d, int64_t needed) {
  if (needed <= d->capacity) return;
  int64_t capacity = d->capacity ? d->capacity : 8;
  while (capacity < needed) capacity *= 2;
  Value* items = static_cast<Value*>(gc_alloc(sizeof(Value) * static_cast<size_t>(capacity)));
  for (int64_t i = 0; i < d->size; ++i) items[i] = deque_at(d, i);
  for (int64_t i = d->size; i < capacity; ++i) items[i] = Value::null();
  d->items = items;
  d->capacity = capacity;
  d->head = 0;
}

void push_right(Deque* d, Value item) {
  deque_reserve(d, d->size + 1);
  d->size++;
  deque_at(d, d->size - 1) = item;
  d->state++;
}

void push_left(Deque* d, Value item) {
  deque_reserve(d, d->size + 1);
  d->head = (d->head - 1) & (d->capacity - 1);
  d->size++;
  d->items[d->head] = item;
  d->state++;
}

Value pop_right(Deque* d) {
  Value& slot = deque_at(d, d->size - 1);
  Value item = slot;
  slot = Value::null();
  d->size--;
  d->state++;
  return item;
}

Value pop_left(Deque* d) {
  Value item = d->items[d->head];
  d->items[d->head] = Value::null();
  d->head = (d->head + 1) & (d->capacity - 1);
  d->size--;
  d->state++;
  return item;
}

// append / appendleft with the maxlen rule: a full deque drops from the other end.
void deque_append(Deque* d, Value item) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && d->size >= d->maxlen) pop_left(d);
  push_right(d, item);
}

void deque_appendleft(Deque* d, Value item) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && d->size >= d->maxlen) pop_right(d);
  push_left(d, item);
}

void deque_clear(Deque* d) {
  for (int64_t i = 0; i < d->size; ++i) deque_at(d, i) = Value::null();
  d->size = 0;
  d->head = 0;
  d->state++;
}

// Items to add, read first into a list when the source is the deque itself.
Value extension_source(Deque* d, Value iterable) {
  if (iterable.is(Value::from_object(d))) return Value::from_object(list_from_iterable(iterable));
  return iterable;
}

void deque_extend(Deque* d, Value iterable, bool left) {
  Value iterator = get_iter(extension_source(d, iterable));
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (left) {
      deque_appendleft(d, item);
    } else {
      deque_append(d, item);
    }
  }
}

void deque_rotate(Deque* d, int64_t n) {
  if (d->size <= 1) return;
  n %= d->size;
  if (n < 0) n += d->size;
  if (n == 0) return;
  // Right rotation by n: the last n items move to the front.
  if (d->size == d->capacity) {
    d->head = (d->head - n) & (d->capacity - 1);
    return;
  }
  for (int64_t i = 0; i < n; ++i) {
    Value item = pop_right(d);
    push_left(d, item);
  }
}

[[noreturn]] void mutated_during_iteration() {
  throw_runtime_error("deque mutated during iteration");
}

Value deque_new(Type* type, const Value*, size_t, Tuple*) {
  Deque* d = static_cast<Deque*>(allocate_instance(type));
  d->maxlen = -1;
  return Value::from_object(d);
}

void deque_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({"deque", {"iterable", "maxlen"}, 0}, args, nargs, kwnames, bound);
  Deque* d = as_deque(self);
  int64_t maxlen = -1;
  if (!bound[1].is_null() && !is_none(bound[1])) {
    if (!is_int(bound[1])) throw_type_error("an integer is required");
    maxlen = index_as_ssize(bound[1]);
    if (maxlen < 0) throw_value_error("maxlen must be non-negative");
  }
  d->maxlen = maxlen;
  if (d->size > 0) deque_clear(d);
  if (!bound[0].is_null()) deque_extend(d, bound[0], false);
}

Deque* new_deque_like(Deque* d) {
  Deque* copy = as_deque(deque_new(&deque_type, nullptr, 0, nullptr));
  copy->maxlen = d->maxlen;
  return copy;
}

// d.copy(): an exact deque copies itself; a subclass is called as
// type(d)(d[, maxlen]).
Value deque_copy_value(Value self) {
  Deque* d = as_deque(self);
  if (type_of(self) == &deque_type) {
    Deque* copy = new_deque_like(d);
    deque_reserve(copy, d->size);
    for (int64_t i = 0; i < d->size; ++i) push_right(copy, deque_at(d, i));
    return Value::from_object(copy);
  }
  Value type = Value::from_object(type_of(self));
  if (d->maxlen < 0) return call(type, {self});
  return call(type, {self, make_int(d->maxlen)});
}

Value deque_method_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.append", nargs, kwnames, 1, 1);
  deque_append(as_deque(self), args[0]);
  return none();
}

Value deque_method_appendleft(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.appendleft", nargs, kwnames, 1, 1);
  deque_appendleft(as_deque(self), args[0]);
  return none();
}

Value deque_method_pop(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.pop", nargs, kwnames, 0, 0);
  Deque* d = as_deque(self);
  if (d->size == 0) throw_index_error("pop from an empty deque");
  return pop_right(d);
}

Value deque_method_popleft(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.popleft", nargs, kwnames, 0, 0);
  Deque* d = as_deque(self);
  if (d->size == 0) throw_index_error("pop from an empty deque");
  return pop_left(d);
}

Value deque_method_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.extend", nargs, kwnames, 1, 1);
  deque_extend(as_deque(self), args[0], false);
  return none();
}

Value deque_method_extendleft(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.extendleft", nargs, kwnames, 1, 1);
  deque_extend(as_deque(self), args[0], true);
  return none();
}

Value deque_method_rotate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.rotate", nargs, kwnames, 0, 1);
  int64_t n = nargs == 1 ? ssize_argument(args[0]) : 1;
  deque_rotate(as_deque(self), n);
  return none();
}

Value deque_method_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.clear", nargs, kwnames, 0, 0);
  deque_clear(as_deque(self));
  return none();
}

Value deque_method_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.copy", nargs, kwnames, 0, 0);
  return deque_copy_value(self);
}

Value deque_method_dunder_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.__copy__", nargs, kwnames, 0, 0);
  return deque_copy_value(self);
}

Value deque_method_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.count", nargs, kwnames, 1, 1);
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  int64_t count = 0;
  for (int64_t i = 0; i < d->size; ++i) {
    if (equals(deque_at(d, i), args[0])) count++;
    if (d->state != state) mutated_during_iteration();
  }
  return make_int(count);
}

// A start/stop bound of deque.index: any __index__ object, negative from the end.
int64_t index_bound(Value v, int64_t size) {
  if (!v.is_small_int() && !type_of(v)->index) {
    throw_type_error("slice indices must be integers or have an __index__ method");
  }
  int64_t bound = index_as_ssize_clamped(v);
  if (bound < 0) {
    bound += size;
    if (bound < 0) bound = 0;
  }
  return bound;
}

Value deque_method_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("deque.index", kwnames);
  check_tuple_arity("index", nargs, 1, 3);
  Deque* d = as_deque(self);
  int64_t start = nargs > 1 ? index_bound(args[1], d->size) : 0;
  int64_t stop = nargs > 2 ? index_bound(args[2], d->size) : d->size;
  if (stop > d->size) stop = d->size;
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; ++i) {
    bool found = equals(deque_at(d, i), args[0]);
    if (d->state != state) mutated_during_iteration();
    if (found) return make_int(i);
  }
  throw_value_error(repr_string(args[0]) + " is not in deque");
}

void deque_delete_at(Deque* d, int64_t index) {
  deque_rotate(d, -index);
  pop_left(d);
  deque_rotate(d, index);
}

Value deque_method_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (keyword_count(kwnames)) reject_keywords("deque.insert", kwnames);
  if (nargs != 2) throw_type_error(format("insert() takes exactly 2 arguments (%zu given)", nargs));
  Deque* d = as_deque(self);
  int64_t index = ssize_argument(args[0]);
  if (d->maxlen >= 0 && d->size >= d->maxlen) {
    throw_index_error("deque already at its maximum size");
  }
  int64_t n = d->size;
  if (index >= n) {
    deque_append(d, args[1]);
  } else if (index <= -n || index == 0) {
    deque_appendleft(d, args[1]);
  } else {
    if (index < 0) index += n;
    deque_rotate(d, -index);
    deque_appendleft(d, args[1]);
    deque_rotate(d, index);
  }
  return none();
}

Value deque_method_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.remove", nargs, kwnames, 1, 1);
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  for (int64_t i = 0; i < d->size; ++i) {
    bool found = equals(deque_at(d, i), args[0]);
    if (d->state != state) throw_index_error("deque mutated during iteration");
    if (found) {
      deque_delete_at(d, i);
      return none();
    }
  }
  throw_value_error(repr_string(args[0]) + " is not in deque");
}

Value deque_method_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.reverse", nargs, kwnames, 0, 0);
  Deque* d = as_deque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(deque_at(d, i), deque_at(d, j));
  return none();
}

Value deque_iterator_of(Value self, Type* type);

Value deque_method_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.__reduce__", nargs, kwnames, 0, 0);
  Deque* d = as_deque(self);
  Value state = object_state(self);
  Value iterator = get_iter(self);
  Value args = d->maxlen < 0
                   ? Value::from_object(make_tuple(0))
                   : Value::from_object(make_tuple(
                         {Value::from_object(make_tuple(0)), make_int(d->maxlen)}));
  return Value::from_object(
      make_tuple({Value::from_object(type_of(self)), args, state, iterator}));
}

Value deque_method_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.__reversed__", nargs, kwnames, 0, 0);
  return deque_iterator_of(self, &deque_reverse_iterator_type);
}

Value deque_method_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("deque.__sizeof__", nargs, kwnames, 0, 0);
  Deque* d = as_deque(self);
  return make_int(static_cast<int64_t>(type_of(self)->basic_size) +
                  d->capacity * static_cast<int64_t>(sizeof(Value)));
}

Value deque_maxlen(Value self) {
  Deque* d = as_deque(self);
  return d->maxlen < 0 ? none() : make_int(d->maxlen);
}

int64_t deque_len(Value self) { return as_deque(self)->size; }

bool deque_contains(Value self, Value item) {
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  for (int64_t i = 0; i < d->size; ++i) {
    bool found = equals(deque_at(d, i), item);
    if (d->state != state) mutated_during_iteration();
    if (found) return true;
  }
  return false;
}

int64_t deque_index_argument(Deque* d, Value key) {
  if (!key.is_small_int() && !type_of(key)->index) {
    throw_type_error("sequence index must be integer, not '" + type_name(key) + "'");
  }
  int64_t index = index_as_ssize(key);
  if (index < 0) index += d->size;
  if (index < 0 || index >= d->size) throw_index_error("deque index out of range");
  return index;
}

Value deque_getitem(Value self, Value key) {
  Deque* d = as_deque(self);
  return deque_at(d, deque_index_argument(d, key));
}

void deque_setitem(Value self, Value key, Value value) {
  Deque* d = as_deque(self);
  int64_t index = deque_index_argument(d, key);
  if (value.is_null()) {
    deque_delete_at(d, index);
  } else {
    deque_at(d, index) = value;
  }
}

Value deque_repr(Value self) {
  Deque* d = as_deque(self);
  std::string name(type_of(self)->name->view());
  ReprGuard guard(d);
  if (guard.recursive()) return str_value("[...]");
  List* items = list_from_iterable(self);
  std::string text = name + "(" + repr_string(Value::from_object(items));
  if (d->maxlen >= 0) text += ", maxlen=" + std::to_string(d->maxlen);
  return str_value(text + ")");
}

Value deque_richcompare(Value self, Value other, CompareOp op) {
  if (!is_instance_of(other, &deque_type)) return not_implemented();
  Deque* a = as_deque(self);
  Deque* b = as_deque(other);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && a->size != b->size) {
    return make_bool(op == CompareOp::Ne);
  }
  uint64_t state_a = a->state;
  uint64_t state_b = b->state;
  int64_t i = 0;
  for (; i < a->size && i < b->size; ++i) {
    Value left = deque_at(a, i);
    Value right = deque_at(b, i);
    bool same = equals(left, right);
    if (a->state != state_a || b->state != state_b) mutated_during_iteration();
    if (!same) break;
  }
  if (i >= a->size || i >= b->size) return compare(make_int(a->size), make_int(b->size), op);
  if (op == CompareOp::Eq) return make_bool(false);
  if (op == CompareOp::Ne) return make_bool(true);
  return compare(deque_at(a, i), deque_at(b, i), op);
}

Value deque_concat(Value self, Value other) {
  if (!is_instance_of(other, &deque_type)) {
    throw_type_error("can only concatenate deque (not \"" + type_name(other) + "\") to deque");
  }
  Value copy = deque_copy_value(self);
  deque_extend(as_deque(copy), other, false);
  return copy;
}

Value deque_inplace_add(Value self, Value other) {
  deque_extend(as_deque(self), other, false);
  return self;
}

Value deque_inplace_multiply(Value self, Value other) {
  if (!other.is_small_int() && !type_of(other)->index) return not_implemented();
  Deque* d = as_deque(self);
  int64_t count = index_as_ssize(other);
  int64_t n = d->size;
  if (count <= 0 || n == 0) {
    deque_clear(d);
    return self;
  }
  List* items = list_from_iterable(self);
  for (int64_t round = 1; round < count; ++round) {
    // Past maxlen every further round only rotates the same items through.
    if (d->maxlen >= 0 && round * n >= d->maxlen + n) break;
    for (int64_t i = 0; i < n; ++i) deque_append(d, items->items[i]);
  }
  return self;
}

Value deque_repeat(Value self, Value count) {
  Value copy = deque_copy_value(self);
  return deque_inplace_multiply(copy, count);
}

// ---- the deque iterators ----

struct DequeIterator : Object {
  Deque* deque;
  int64_t index;      // logical position of the next item
  int64_t remaining;  // items still to produce
  uint64_t state;
};

Value deque_iterator_of(Value self, Type* type) {
  Deque* d = as_deque(self);
  DequeIterator* it = static_cast<DequeIterator*>(allocate_instance(type));
  it->deque = d;
  it->state = d->state;
  it->remaining = d->size;
  it->index = type == &deque_iterator_type ? 0 : d->size - 1;
  return Value::from_object(it);
}

Value deque_iter(Value self) { return deque_iterator_of(self, &deque_iterator_type); }

Value deque_iterator_next(Value self) {
  DequeIterator* it = self.as<DequeIterator>();
  Deque* d = it->deque;
  if (d->state != it->state) {
    it->remaining = 0;
    mutated_during_iteration();
  }
  if (it->remaining <= 0) return Value::null();
  Value item = deque_at(d, it->index);
  it->remaining--;
  if (type_of(self) == &deque_reverse_iterator_type) {
    it->index--;
  } else {
    it->index++;
  }
  return item;
}

Value iterator_self(Value self) { return self; }

Value deque_iterator_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = type == &deque_iterator_type ? "_deque_iterator" : "_deque_reverse_iterator";
  check_arguments(name, nargs, kwnames, 1, 2);
  if (!is_instance_of(args[0], &deque_type)) {
    throw_type_error(format("%s() argument 1 must be collections.deque, not %s", name,
                            type_name(args[0]).c_str()));
  }
  Value it = deque_iterator_of(args[0], type);
  if (nargs == 2) {
    int64_t skip = ssize_argument(args[1]);
    DequeIterator* iterator = it.as<DequeIterator>();
    for (int64_t i = 0; i < skip && iterator->remaining > 0; ++i) deque_iterator_next(it);
  }
  return it;
}

Value deque_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__length_hint__", nargs, kwnames, 0, 0);
  return make_int(self.as<DequeIterator>()->remaining);
}

Value deque_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  DequeIterator* it = self.as<DequeIterator>();
  Value args = Value::from_object(make_tuple(
      {Value::from_object(it->deque), make_int(it->deque->size - it->remaining)}));
  return Value::from_object(make_tuple({Value::from_object(type_of(self)), args}));
}

// ---- defaultdict ----

struct DefaultDict : Dict {
  Value default_factory;  // None: no default
};

Value defaultdict_factory(Value self) {
  Value factory = self.as<DefaultDict>()->default_factory;
  return factory.is_null() ? none() : factory;
}

void defaultdict_set_factory(Value self, Value value) {
  self.as<DefaultDict>()->default_factory = value.is_null() ? none() : value;
}

void defaultdict_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value factory = none();
  if (nargs > 0) {
    factory = args[0];
    if (!is_none(factory) && !is_callable(factory)) {
      throw_type_error("first argument must be callable or None");
    }
    args++;
    nargs--;
  }
  self.as<DefaultDict>()->default_factory = factory;
  dict_type.init(self, args, nargs, kwnames);
}

Value defaultdict_missing(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__missing__", nargs, kwnames, 1, 1);
  Value factory = defaultdict_factory(self);
  if (is_none(factory)) throw_key_error(args[0]);
  Value value = call(factory, nullptr, 0);
  setitem(self, args[0], value);
  return value;
}

Value defaultdict_copy_value(Value self) {
  return call(Value::from_object(type_of(self)), {defaultdict_factory(self), self});
}

Value defaultdict_method_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("copy", nargs, kwnames, 0, 0);
  return defaultdict_copy_value(self);
}

Value defaultdict_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Value factory = defaultdict_factory(self);
  Value args = is_none(factory) ? Value::from_object(make_tuple(0))
                                : Value::from_object(make_tuple({factory}));
  Value items = call_method(self, intern("items"), {});
  return Value::from_object(make_tuple(
      {Value::from_object(type_of(self)), args, none(), none(), get_iter(items)}));
}

Value defaultdict_repr(Value self) {
  std::string dict_text(dict_type.repr(self).as<Str>()->view());
  Value factory = defaultdict_factory(self);
  std::string factory_text;
  if (is_none(factory)) {
    factory_text = "None";
  } else {
    ReprGuard guard(factory.as_object());
    factory_text = guard.recursive() ? "..." : repr_string(factory);
  }
  return str_value(std::string(type_of(self)->name->view()) + "(" + factory_text + ", " +
                   dict_text + ")");
}

Value defaultdict_or(Value left, Value right) {
  Value self = is_instance_of(left, &defaultdict_type) ? left : right;
  Value other = self.is(left) ? right : left;
  if (!is_dict(other)) return not_implemented();
  Value result = call(Value::from_object(type_of(self)), {defaultdict_factory(self), left});
  dict_update(result.as<Dict>(), right);
  return result;
}

// ---- _count_elements ----

Value count_elements(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("_count_elements", nargs, kwnames, 2, 2);
  Value mapping = args[0];
  Value iterator = get_iter(args[1]);
  Value one = Value::from_small_int(1);
  if (is_exact_dict(mapping)) {
    Dict* dict = mapping.as<Dict>();
    for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
      int64_t item_hash = hash(item);
      Value old = dict_get_hashed(dict, item, item_hash);
      dict_set_hashed(dict, item, item_hash, old.is_null() ? one : binary_op(old, one, BinaryOp::Add));
    }
    return none();
  }
  Value get = getattr(mapping, intern("get"));
  Value zero = Value::from_small_int(0);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    Value old = call(get, {item, zero});
    setitem(mapping, item, binary_op(old, one, BinaryOp::Add));
  }
  return none();
}

// ---- _tuplegetter ----

struct TupleGetter : Object {
  int64_t index;
  Value doc;
};

Value tuplegetter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("_tuplegetter", nargs, kwnames, 2, 2);
  TupleGetter* getter = static_cast<TupleGetter*>(allocate_instance(type));
  getter->index = ssize_argument(args[0]);
  getter->doc = args[1];
  return Value::from_object(getter);
}

Value tuplegetter_get(Value descr, Value instance, Value) {
  TupleGetter* getter = descr.as<TupleGetter>();
  if (instance.is_null() || is_none(instance)) return descr;
  if (!is_tuple(instance)) {
    throw_type_error(format("descriptor for index '%ld' for tuple subclasses doesn't apply to '%s' object",
                            static_cast<long>(getter->index), type_name(instance).c_str()));
  }
  Tuple* tuple = instance.as<Tuple>();
  if (getter->index < 0 || static_cast<size_t>(getter->index) >= tuple->size) {
    throw_index_error("tuple index out of range");
  }
  return (*tuple)[static_cast<size_t>(getter->index)];
}

void tuplegetter_set(Value, Value, Value value) {
  raise(&exc_AttributeError, value.is_null() ? "can't delete attribute" : "can't set attribute");
}

Value tuplegetter_doc(Value self) { return self.as<TupleGetter>()->doc; }
void tuplegetter_set_doc(Value self, Value value) {
  self.as<TupleGetter>()->doc = value.is_null() ? none() : value;
}

Value tuplegetter_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  TupleGetter* getter = self.as<TupleGetter>();
  return Value::from_object(make_tuple(
      {Value::from_object(type_of(self)),
       Value::from_object(make_tuple({make_int(getter->index), getter->doc}))}));
}

// ---- the module ----

void init_collections_types() {
  deque_type.new_instance = deque_new;
  deque_type.init = deque_init;
  deque_type.repr = deque_repr;
  deque_type.richcompare = deque_richcompare;
  deque_type.iter = deque_iter;
  deque_type.len = deque_len;
  deque_type.contains = deque_contains;
  deque_type.getitem = deque_getitem;
  deque_type.setitem = deque_setitem;
  deque_type.concat = deque_concat;
  deque_type.repeat = deque_repeat;
  deque_type.inplace[static_cast<int>(BinaryOp::Add)] = deque_inplace_add;
  deque_type.inplace[static_cast<int>(BinaryOp::Multiply)] = deque_inplace_multiply;
  init_static_type(&deque_type, "collections.deque", nullptr, sizeof(Deque),
                   kTypeBaseType | kTypeSequence | kTypeWeakrefable);
  make_unhashable(&deque_type);
  set_type_doc(&deque_type, "deque([iterable[, maxlen]]) --> deque object\n\n"
                            "A list-like sequence optimized for data accesses near its endpoints.");
  add_methods(&deque_type, {
      {"append", deque_method_append, kMethodInstance, "Add an element to the right side of the deque."},
      {"appendleft", deque_method_appendleft, kMethodInstance, "Add an element to the left side of the deque."},
      {"clear", deque_method_clear, kMethodInstance, "Remove all elements from the deque."},
      {"__copy__", deque_method_dunder_copy, kMethodInstance, "Return a shallow copy of a deque."},
      {"copy", deque_method_copy, kMethodInstance, "Return a shallow copy of a deque."},
      {"count", deque_method_count, kMethodInstance, "D.count(value) -> integer -- return number of occurrences of value"},
      {"extend", deque_method_extend, kMethodInstance, "Extend the right side of the deque with elements from the iterable"},
      {"extendleft", deque_method_extendleft, kMethodInstance, "Extend the left side of the deque with elements from the iterable"},
      {"index", deque_method_index, kMethodInstance, "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present."},
      {"insert", deque_method_insert, kMethodInstance, "D.insert(index, object) -- insert object before index"},
      {"pop", deque_method_pop, kMethodInstance, "Remove and return the rightmost element."},
      {"popleft", deque_method_popleft, kMethodInstance, "Remove and return the leftmost element."},
      {"__reduce__", deque_method_reduce, kMethodInstance, "Return state information for pickling."},
      {"remove", deque_method_remove, kMethodInstance, "D.remove(value) -- remove first occurrence of value."},
      {"__reversed__", deque_method_reversed, kMethodInstance, "D.__reversed__() -- return a reverse iterator over the deque"},
      {"reverse", deque_method_reverse, kMethodInstance, "D.reverse() -- reverse *IN PLACE*"},
      {"rotate", deque_method_rotate, kMethodInstance, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
      {"__sizeof__", deque_method_sizeof, kMethodInstance, "D.__sizeof__() -- size of D in memory, in bytes"},
      {"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"},
  });
  add_getsets(&deque_type, {{"maxlen", deque_maxlen, nullptr, "maximum size of a deque or None if unbounded"}});

  for (Type* type : {&deque_iterator_type, &deque_reverse_iterator_type}) {
    type->iter = iterator_self;
    type->next = deque_iterator_next;
    type->new_instance = deque_iterator_new;
  }
  init_static_type(&deque_iterator_type, "_collections._deque_iterator", nullptr,
                   sizeof(DequeIterator), 0);
  init_static_type(&deque_reverse_iterator_type, "_collections._deque_reverse_iterator", nullptr,
                   sizeof(DequeIterator), 0);
  for (Type* type : {&deque_iterator_type, &deque_reverse_iterator_type}) {
    add_methods(type, {
        {"__length_hint__", deque_iterator_length_hint, kMethodInstance,
         "Private method returning an estimate of len(list(it))."},
        {"__reduce__", deque_iterator_reduce, kMethodInstance,
         "Return state information for pickling."},
    });
  }

  defaultdict_type.init = defaultdict_init;
  defaultdict_type.repr = defaultdict_repr;
  defaultdict_type.number[static_cast<int>(BinaryOp::Or)] = defaultdict_or;
  init_static_type(&defaultdict_type, "collections.defaultdict", &dict_type, sizeof(DefaultDict),
                   kTypeBaseType | kTypeWeakrefable);
  set_type_doc(&defaultdict_type,
               "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
               "The default factory is called without arguments to produce\n"
               "a new value when a key is not present, in __getitem__ only.\n"
               "A defaultdict compares equal to a dict with the same items.\n"
               "All remaining arguments are treated the same as if they were\n"
               "passed to the dict constructor, including keyword arguments.\n");
  add_methods(&defaultdict_type, {
      {"__missing__", defaultdict_missing, kMethodInstance,
       "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
       "  if self.default_factory is None: raise KeyError((key,))\n"
       "  self[key] = value = self.default_factory()\n  return value\n"},
      {"copy", defaultdict_method_copy, kMethodInstance, "D.copy() -> a shallow copy of D."},
      {"__copy__", defaultdict_method_copy, kMethodInstance, "D.copy() -> a shallow copy of D."},
      {"__reduce__", defaultdict_reduce, kMethodInstance, "Return state information for pickling."},
  });
  add_getsets(&defaultdict_type, {{"default_factory", defaultdict_factory, defaultdict_set_factory,
                                   "Factory for default value called by __missing__()."}});

  tuplegetter_type.new_instance = tuplegetter_new;
  tuplegetter_type.descr_get = tuplegetter_get;
  tuplegetter_type.descr_set = tuplegetter_set;
  init_static_type(&tuplegetter_type, "_collections._tuplegetter", nullptr, sizeof(TupleGetter),
                   0);
  add_methods(&tuplegetter_type, {{"__reduce__", tuplegetter_reduce}});
  add_getsets(&tuplegetter_type, {{"__doc__", tuplegetter_doc, tuplegetter_set_doc}});
}

}  // namespace

Module* create_collections_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_collections_types();
  module = make_module(intern("_collections"));
  add_functions(module, {{"_count_elements", count_elements, kMethodInstance,
                          "Count elements in the iterable, updating the mapping"}});
  dict_set_str(module->dict, intern("deque"), Value::from_object(&deque_type));
  dict_set_str(module->dict, intern("defaultdict"), Value::from_object(&defaultdict_type));
  dict_set_str(module->dict, intern("_deque_iterator"), Value::from_object(&deque_iterator_type));
  dict_set_str(module->dict, intern("_deque_reverse_iterator"),
               Value::from_object(&deque_reverse_iterator_type));
  dict_set_str(module->dict, intern("_tuplegetter"), Value::from_object(&tuplegetter_type));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("High performance data structures.\n- deque:        ordered collection "
                         "accessible from endpoints only\n- defaultdict:  dict subclass with a "
                         "default value factory\n"));
  return module;
}

}  // namespace krait
