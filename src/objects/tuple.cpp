// tuple and tuple_iterator.
#include "objects/tuple.h"

#include <string>

#include "objects/container_support.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type tuple_type;
Type tuple_iterator_type;

namespace {

// The shared (); a static object, so it exists before start-up runs.
Tuple empty_tuple{{&tuple_type}, 0};

struct TupleIterator : Object {
  Tuple* tuple;  // null once exhausted
  size_t index;
};

Tuple* allocate_tuple(Type* type, size_t size) {
  Tuple* tuple = static_cast<Tuple*>(allocate_instance(type, size));
  tuple->size = size;
  return tuple;
}

Value tuple_repr(Value self) {
  Tuple* tuple = self.as<Tuple>();
  if (tuple->size == 0) return str_value("()");
  ReprGuard guard(tuple);
  if (guard.recursive()) return str_value("(...)");
  std::string text = "(";
  for (size_t i = 0; i < tuple->size; ++i) {
    if (i > 0) text += ", ";
    text += repr((*tuple)[i])->view();
  }
  text += tuple->size == 1 ? ",)" : ")";
  return str_value(text);
}

int64_t tuple_hash_slot(Value self) {
  Tuple* tuple = self.as<Tuple>();
  return tuple_hash(tuple->items(), tuple->size);
}

Value tuple_richcompare(Value self, Value other, CompareOp op) {
  if (!is_tuple(other)) return not_implemented();
  Tuple* a = self.as<Tuple>();
  Tuple* b = other.as<Tuple>();
  size_t i = 0;
  while (i < a->size && i < b->size && equals((*a)[i], (*b)[i])) ++i;
  if (i >= a->size || i >= b->size) {
    return compare(make_int(static_cast<int64_t>(a->size)),
                   make_int(static_cast<int64_t>(b->size)), op);
  }
  if (op == CompareOp::Eq) return make_bool(false);
  if (op == CompareOp::Ne) return make_bool(true);
  return compare((*a)[i], (*b)[i], op);
}

int64_t tuple_len(Value self) { return static_cast<int64_t>(self.as<Tuple>()->size); }

bool tuple_contains(Value self, Value item) {
  Tuple* tuple = self.as<Tuple>();
  for (size_t i = 0; i < tuple->size; ++i) {
    if (equals((*tuple)[i], item)) return true;
  }
  return false;
}

Value tuple_getitem(Value self, Value key) {
  Tuple* tuple = self.as<Tuple>();
  int64_t index;
  if (subscript_index(key, &index)) {
    if (index < 0) index += static_cast<int64_t>(tuple->size);
    if (index < 0 || index >= static_cast<int64_t>(tuple->size)) {
      throw_index_error("tuple index out of range");
    }
    return (*tuple)[static_cast<size_t>(index)];
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    slice_unpack(key.as<Slice>(), &start, &stop, &step);
    int64_t count = slice_adjust_indices(static_cast<int64_t>(tuple->size), &start, &stop, step);
    if (step == 1 && count == static_cast<int64_t>(tuple->size) && is_exact_tuple(self)) {
      return self;
    }
    Tuple* result = make_tuple(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) {
      (*result)[static_cast<size_t>(i)] = (*tuple)[static_cast<size_t>(start + i * step)];
    }
    return Value::from_object(result);
  }
  throw_type_error("tuple indices must be integers or slices, not " + type_name(key));
}

Value tuple_concat(Value self, Value other) {
  if (!is_tuple(other)) {
    throw_type_error("can only concatenate tuple (not \"" + type_name(other) + "\") to tuple");
  }
  Tuple* a = self.as<Tuple>();
  Tuple* b = other.as<Tuple>();
  if (b->size == 0 && is_exact_tuple(self)) return self;
  if (a->size == 0 && is_exact_tuple(other)) return other;
  Tuple* result = make_tuple(a->size + b->size);
  for (size_t i = 0; i < a->size; ++i) (*result)[i] = (*a)[i];
  for (size_t i = 0; i < b->size; ++i) (*result)[a->size + i] = (*b)[i];
  return Value::from_object(result);
}

Value tuple_repeat(Value self, Value count_value) {
  Tuple* tuple = self.as<Tuple>();
  int64_t count = index_as_ssize(count_value);
  if (count <= 0 || tuple->size == 0) return Value::from_object(make_tuple(0));
  if (count == 1 && is_exact_tuple(self)) return self;
  if (static_cast<uint64_t>(count) > (INT64_MAX / sizeof(Value)) / tuple->size) {
    throw_memory_error();
  }
  size_t size = tuple->size * static_cast<size_t>(count);
  Tuple* result = make_tuple(size);
  for (size_t i = 0; i < size; ++i) (*result)[i] = (*tuple)[i % tuple->size];
  return Value::from_object(result);
}

Value tuple_iter(Value self) {
  TupleIterator* iterator =
      static_cast<TupleIterator*>(allocate_instance(&tuple_iterator_type));
  iterator->tuple = self.as<Tuple>();
  return Value::from_object(iterator);
}

Value tuple_iterator_next(Value self) {
  TupleIterator* iterator = self.as<TupleIterator>();
  Tuple* tuple = iterator->tuple;
  if (!tuple) return Value::null();
  if (iterator->index < tuple->size) return (*tuple)[iterator->index++];
  iterator->tuple = nullptr;
  return Value::null();
}

Value tuple_iterator_iter(Value self) { return self; }

Value tuple_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tuple_iterator.__length_hint__", nargs, kwnames, 0, 0);
  TupleIterator* iterator = self.as<TupleIterator>();
  if (!iterator->tuple) return make_int(0);
  return make_int(static_cast<int64_t>(iterator->tuple->size - iterator->index));
}

Value tuple_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tuple_iterator.__reduce__", nargs, kwnames, 0, 0);
  TupleIterator* iterator = self.as<TupleIterator>();
  if (!iterator->tuple) {
    return iterator_reduce("iter", Value::from_object(make_tuple(0)), Value::null());
  }
  return iterator_reduce("iter", Value::from_object(iterator->tuple),
                         make_int(static_cast<int64_t>(iterator->index)));
}

Value tuple_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("tuple_iterator.__setstate__", nargs, kwnames, 1, 1);
  TupleIterator* iterator = self.as<TupleIterator>();
  int64_t size = iterator->tuple ? static_cast<int64_t>(iterator->tuple->size) : 0;
  int64_t index = iterator_state_index(args[0], 0, size);
  if (iterator->tuple) iterator->index = static_cast<size_t>(index);
  return none();
}

Value tuple_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  // As CPython's tuple.__new__: keywords are refused only when the class
  // keeps tuple's own __init__ (a subclass's __init__ may take some).
  if (type != &tuple_type && type->init != tuple_type.init) kwnames = nullptr;
  check_arguments("tuple", nargs, kwnames, 0, 1);
  if (type == &tuple_type) {
    return Value::from_object(nargs == 0 ? make_tuple(0) : tuple_from_iterable(args[0]));
  }
  Tuple* items = nargs == 0 ? make_tuple(0) : tuple_from_iterable(args[0]);
  Tuple* result = allocate_tuple(type, items->size);
  for (size_t i = 0; i < items->size; ++i) (*result)[i] = (*items)[i];
  return Value::from_object(result);
}

Value tuple_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("tuple.count", nargs, kwnames, 1, 1);
  Tuple* tuple = self.as<Tuple>();
  int64_t count = 0;
  for (size_t i = 0; i < tuple->size; ++i) {
    if (equals((*tuple)[i], args[0])) ++count;
  }
  return make_int(count);
}

Value tuple_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("tuple.index", nargs, kwnames, 1, 3);
  Tuple* tuple = self.as<Tuple>();
  int64_t length = static_cast<int64_t>(tuple->size);
  int64_t start = nargs > 1 ? search_bound(args[1], length) : 0;
  int64_t stop = nargs > 2 ? search_bound(args[2], length) : length;
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(tuple->size); ++i) {
    if (equals((*tuple)[static_cast<size_t>(i)], args[0])) return make_int(i);
  }
  throw_value_error("tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tuple.__getnewargs__", nargs, kwnames, 0, 0);
  Tuple* tuple = self.as<Tuple>();
  Value copy = Value::from_object(make_tuple(tuple->items(), tuple->size));
  return Value::from_object(make_tuple({copy}));
}

}  // namespace

Tuple* make_tuple(size_t size) {
  if (size == 0) return &empty_tuple;
  // Allocated directly: tuples are made (bases, mro) before tuple_type is readied.
  Tuple* tuple = static_cast<Tuple*>(gc_alloc(sizeof(Tuple) + size * sizeof(Value)));
  tuple->type = &tuple_type;
  tuple->size = size;
  return tuple;
}

Tuple* make_tuple(std::initializer_list<Value> items) {
  return make_tuple(items.begin(), items.size());
}

Tuple* make_tuple(const Value* items, size_t size) {
  Tuple* tuple = make_tuple(size);
  for (size_t i = 0; i < size; ++i) (*tuple)[i] = items[i];
  return tuple;
}

Tuple* tuple_from_iterable(Value iterable) {
  if (is_exact_tuple(iterable)) return iterable.as<Tuple>();
  if (is_exact_list(iterable)) {
    List* list = iterable.as<List>();
    return make_tuple(list->items, list->size);
  }
  gc::vector<Value> items;
  Value iterator = get_iter(iterable);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    items.push_back(item);
  }
  return make_tuple(items.data(), items.size());
}

bool is_tuple(Value v) {
  return v.is_object() && (v.as_object()->type->flags & kTypeTupleSubclass);
}

int64_t tuple_hash(const Value* items, size_t size) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < size; ++i) {
    uint64_t lane = static_cast<uint64_t>(hash(items[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  // The length term keeps hash(()) at its historical value.
  acc += size ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

void init_tuple_type() {
  tuple_type.repr = tuple_repr;
  tuple_type.hash = tuple_hash_slot;
  tuple_type.richcompare = tuple_richcompare;
  tuple_type.len = tuple_len;
  tuple_type.contains = tuple_contains;
  tuple_type.getitem = tuple_getitem;
  tuple_type.iter = tuple_iter;
  tuple_type.concat = tuple_concat;
  tuple_type.repeat = tuple_repeat;
  tuple_type.new_instance = tuple_new;
  tuple_type.item_size = sizeof(Value);
  init_static_type(&tuple_type, "tuple", nullptr, sizeof(Tuple),
                   kTypeBaseType | kTypeImmutable | kTypeTupleSubclass | kTypeSequence);
  set_type_text_signature(&tuple_type, "(iterable=(), /)");
  set_type_doc(&tuple_type,
               "Built-in immutable sequence.\n\n"
               "If no argument is given, the constructor returns an empty tuple.\n"
               "If iterable is specified the tuple is initialized from iterable's items.\n\n"
               "If the argument is a tuple, the return value is the same object.");
  add_methods(&tuple_type, {
      {"__getnewargs__", tuple_getnewargs},
      {"index", tuple_index},
      {"count", tuple_count},
  });

  tuple_iterator_type.iter = tuple_iterator_iter;
  tuple_iterator_type.next = tuple_iterator_next;
  init_static_type(&tuple_iterator_type, "tuple_iterator", nullptr, sizeof(TupleIterator),
                   kTypeImmutable);
  disallow_instantiation(&tuple_iterator_type);
  add_methods(&tuple_iterator_type, {
      {"__length_hint__", tuple_iterator_length_hint},
      {"__reduce__", tuple_iterator_reduce},
      {"__setstate__", tuple_iterator_setstate},
  });
}

}  // namespace krait
