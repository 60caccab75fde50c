// list, list_iterator and list_reverseiterator (sorting is in list_sort.cpp).
#include "objects/list.h"

#include <algorithm>
#include <string>

#include "objects/container_support.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type list_type;
Type list_iterator_type;
Type list_reverseiterator_type;

namespace {

struct ListIterator : Object {
  List* list;  // null once exhausted
  size_t index;
};

struct ListReverseIterator : Object {
  List* list;  // null once exhausted
  int64_t index;
};

int64_t ssize(const List* list) { return static_cast<int64_t>(list->size); }

// Cleared slots must not keep their old values alive. Out of line: inlined,
// GCC 12 misjudges the bound of the memset it becomes.
[[gnu::noinline]] void clear_slots(Value* from, size_t count) {
  std::fill_n(from, count, Value::null());
}

// Sets the size to `new_size`, reallocating with CPython's over-allocation
// pattern so that appends are amortised O(1). New slots are null.
void list_resize(List* list, size_t new_size) {
  if (list->capacity >= new_size && new_size >= list->capacity / 2) {
    if (new_size < list->size) clear_slots(list->items + new_size, list->size - new_size);
    list->size = new_size;
    return;
  }
  size_t capacity = new_size == 0 ? 0 : (new_size + (new_size >> 3) + 6) & ~size_t{3};
  if (capacity > (SIZE_MAX / 2) / sizeof(Value)) throw_memory_error();
  Value* items = nullptr;
  if (capacity > 0) {
    items = static_cast<Value*>(gc_alloc(capacity * sizeof(Value)));
    std::copy(list->items, list->items + std::min(list->size, new_size), items);
  }
  list->items = items;
  list->capacity = capacity;
  list->size = new_size;
}

// Replaces items [low, high) by the `count` values at `values` (which must
// not point into the list itself).
void list_replace_range(List* list, int64_t low, int64_t high, const Value* values, size_t count) {
  size_t old_size = list->size;
  size_t removed = static_cast<size_t>(high - low);
  size_t new_size = old_size - removed + count;
  if (count > removed) {
    list_resize(list, new_size);
    std::move_backward(list->items + high, list->items + old_size, list->items + new_size);
  } else {
    std::move(list->items + high, list->items + old_size, list->items + low + count);
    list_resize(list, new_size);
  }
  std::copy(values, values + count, list->items + low);
}

// The items of an iterable for slice assignment; `error` is the TypeError
// message for a non-iterable.
gc::vector<Value> assigned_items(Value iterable, const char* error) {
  gc::vector<Value> items;
  if (is_list(iterable)) {
    List* source = iterable.as<List>();
    items.assign(source->items, source->items + source->size);
    return items;
  }
  if (is_tuple(iterable)) {
    Tuple* source = iterable.as<Tuple>();
    items.assign(source->items(), source->items() + source->size);
    return items;
  }
  Type* type = type_of(iterable);
  if (!type->iter && !type->getitem) throw_type_error(error);
  Value iterator = get_iter(iterable);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    items.push_back(item);
  }
  return items;
}

Value list_repr(Value self) {
  List* list = self.as<List>();
  if (list->size == 0) return str_value("[]");
  ReprGuard guard(list);
  if (guard.recursive()) return str_value("[...]");
  std::string text = "[";
  for (size_t i = 0; i < list->size; ++i) {
    if (i > 0) text += ", ";
    Value item = list->items[i];
    text += repr(item)->view();
  }
  text += "]";
  return str_value(text);
}

Value list_richcompare(Value self, Value other, CompareOp op) {
  if (!is_list(other)) return not_implemented();
  List* a = self.as<List>();
  List* b = other.as<List>();
  if (a->size != b->size && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return make_bool(op == CompareOp::Ne);
  }
  size_t i = 0;
  // The comparisons may run Python code that shrinks either list.
  for (; i < a->size && i < b->size; ++i) {
    Value left = a->items[i];
    Value right = b->items[i];
    if (!equals(left, right)) break;
  }
  if (i >= a->size || i >= b->size) {
    return compare(make_int(ssize(a)), make_int(ssize(b)), op);
  }
  if (op == CompareOp::Eq) return make_bool(false);
  if (op == CompareOp::Ne) return make_bool(true);
  return compare(a->items[i], b->items[i], op);
}

int64_t list_len(Value self) { return ssize(self.as<List>()); }

bool list_contains(Value self, Value item) {
  List* list = self.as<List>();
  for (size_t i = 0; i < list->size; ++i) {
    if (equals(list->items[i], item)) return true;
  }
  return false;
}

List* list_slice(List* list, int64_t start, int64_t step, int64_t count) {
  List* result = make_list(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) result->items[i] = list->items[start + i * step];
  return result;
}

Value list_getitem(Value self, Value key) {
  List* list = self.as<List>();
  int64_t index;
  if (subscript_index(key, &index)) {
    if (index < 0) index += ssize(list);
    if (index < 0 || index >= ssize(list)) throw_index_error("list index out of range");
    return list->items[index];
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    slice_unpack(key.as<Slice>(), &start, &stop, &step);
    int64_t count = slice_adjust_indices(ssize(list), &start, &stop, step);
    return Value::from_object(list_slice(list, start, step, count));
  }
  throw_type_error("list indices must be integers or slices, not " + type_name(key));
}

void list_assign_slice(List* list, Slice* slice, Value value) {
  int64_t start, stop, step;
  slice_unpack(slice, &start, &stop, &step);
  int64_t count = slice_adjust_indices(ssize(list), &start, &stop, step);
  if (step == 1) {
    if (stop < start) stop = start;
    if (value.is_null()) {
      list_replace_range(list, start, stop, nullptr, 0);
      return;
    }
    gc::vector<Value> items = assigned_items(value, "can only assign an iterable");
    list_replace_range(list, start, stop, items.data(), items.size());
    return;
  }
  if (value.is_null()) {
    if (count <= 0) return;
    if (step < 0) {
      // Delete the same items walking forwards.
      stop = start + 1;
      start = stop + step * (count - 1) - 1;
      step = -step;
    }
    size_t write = static_cast<size_t>(start);
    size_t next_deleted = static_cast<size_t>(start);
    int64_t deleted = 0;
    for (size_t read = static_cast<size_t>(start); read < list->size; ++read) {
      if (deleted < count && read == next_deleted) {
        ++deleted;
        next_deleted += static_cast<size_t>(step);
        continue;
      }
      list->items[write++] = list->items[read];
    }
    list_resize(list, write);
    return;
  }
  gc::vector<Value> items = assigned_items(value, "must assign iterable to extended slice");
  if (static_cast<int64_t>(items.size()) != count) {
    throw_value_error(format("attempt to assign sequence of size %zu to extended slice of size %ld",
                             items.size(), static_cast<long>(count)));
  }
  for (int64_t i = 0; i < count; ++i) list->items[start + i * step] = items[i];
}

void list_setitem(Value self, Value key, Value value) {
  List* list = self.as<List>();
  int64_t index;
  if (subscript_index(key, &index)) {
    if (index < 0) index += ssize(list);
    if (index < 0 || index >= ssize(list)) {
      throw_index_error("list assignment index out of range");
    }
    if (value.is_null()) {
      list_replace_range(list, index, index + 1, nullptr, 0);
    } else {
      list->items[index] = value;
    }
    return;
  }
  if (is_slice(key)) {
    list_assign_slice(list, key.as<Slice>(), value);
    return;
  }
  throw_type_error("list indices must be integers or slices, not " + type_name(key));
}

Value list_concat(Value self, Value other) {
  if (!is_list(other)) {
    throw_type_error("can only concatenate list (not \"" + type_name(other) + "\") to list");
  }
  List* a = self.as<List>();
  List* b = other.as<List>();
  List* result = make_list(a->size + b->size);
  std::copy(a->items, a->items + a->size, result->items);
  std::copy(b->items, b->items + b->size, result->items + a->size);
  return Value::from_object(result);
}

// The items of `list` repeated `count` times, into `target` (already sized).
void fill_repeated(const Value* items, size_t size, Value* target, size_t total) {
  for (size_t i = 0; i < total; ++i) target[i] = items[i % size];
}

size_t repeated_size(size_t size, int64_t count) {
  if (count <= 0 || size == 0) return 0;
  if (static_cast<uint64_t>(count) > (INT64_MAX / sizeof(Value)) / size) throw_memory_error();
  return size * static_cast<size_t>(count);
}

Value list_repeat(Value self, Value count_value) {
  List* list = self.as<List>();
  size_t total = repeated_size(list->size, index_as_ssize(count_value));
  List* result = make_list(total);
  fill_repeated(list->items, list->size, result->items, total);
  return Value::from_object(result);
}

Value list_inplace_concat(Value self, Value other) {
  list_extend(self.as<List>(), other);
  return self;
}

Value list_inplace_repeat(Value self, Value count_value) {
  if (!count_value.is_small_int() && !type_of(count_value)->index) return not_implemented();
  List* list = self.as<List>();
  size_t size = list->size;
  size_t total = repeated_size(size, index_as_ssize(count_value));
  if (total == 0) {
    list_resize(list, 0);
    return self;
  }
  list_resize(list, total);
  for (size_t i = size; i < total; ++i) list->items[i] = list->items[i - size];
  return self;
}

Value list_iter(Value self) {
  ListIterator* iterator = static_cast<ListIterator*>(allocate_instance(&list_iterator_type));
  iterator->list = self.as<List>();
  return Value::from_object(iterator);
}

Value list_iterator_next(Value self) {
  ListIterator* iterator = self.as<ListIterator>();
  List* list = iterator->list;
  if (!list) return Value::null();
  if (iterator->index < list->size) return list->items[iterator->index++];
  iterator->list = nullptr;
  return Value::null();
}

Value list_reverseiterator_next(Value self) {
  ListReverseIterator* iterator = self.as<ListReverseIterator>();
  List* list = iterator->list;
  if (!list) return Value::null();
  if (iterator->index >= 0 && iterator->index < ssize(list)) {
    return list->items[iterator->index--];
  }
  iterator->list = nullptr;
  return Value::null();
}

Value iterator_self(Value self) { return self; }

Value list_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list_iterator.__length_hint__", nargs, kwnames, 0, 0);
  ListIterator* iterator = self.as<ListIterator>();
  if (!iterator->list || iterator->index >= iterator->list->size) return make_int(0);
  return make_int(static_cast<int64_t>(iterator->list->size - iterator->index));
}

Value list_reverseiterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list_reverseiterator.__length_hint__", nargs, kwnames, 0, 0);
  ListReverseIterator* iterator = self.as<ListReverseIterator>();
  if (!iterator->list || iterator->index >= ssize(iterator->list)) return make_int(0);
  return make_int(iterator->index + 1);
}

Value list_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list_iterator.__reduce__", nargs, kwnames, 0, 0);
  ListIterator* iterator = self.as<ListIterator>();
  if (!iterator->list) {
    return iterator_reduce("iter", Value::from_object(make_list()), Value::null());
  }
  return iterator_reduce("iter", Value::from_object(iterator->list),
                         make_int(static_cast<int64_t>(iterator->index)));
}

Value list_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list_iterator.__setstate__", nargs, kwnames, 1, 1);
  ListIterator* iterator = self.as<ListIterator>();
  int64_t index = iterator_state_index(args[0], 0, iterator->list ? ssize(iterator->list) : 0);
  if (iterator->list) iterator->index = static_cast<size_t>(index);
  return none();
}

Value list_reverseiterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list_reverseiterator.__reduce__", nargs, kwnames, 0, 0);
  ListReverseIterator* iterator = self.as<ListReverseIterator>();
  if (!iterator->list) {
    return iterator_reduce("iter", Value::from_object(make_list()), Value::null());
  }
  return iterator_reduce("reversed", Value::from_object(iterator->list), make_int(iterator->index));
}

Value list_reverseiterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list_reverseiterator.__setstate__", nargs, kwnames, 1, 1);
  ListReverseIterator* iterator = self.as<ListReverseIterator>();
  int64_t index = iterator_state_index(args[0], -1, iterator->list ? ssize(iterator->list) - 1 : -1);
  if (iterator->list) iterator->index = index;
  return none();
}

// list.__getitem__ is a method of its own in CPython (METH_O), not the
// slot wrapper: its argument errors name it.
Value list_method_getitem(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list.__getitem__", nargs, kwnames, 1, 1);
  return list_getitem(self, args[0]);
}

Value list_new(Type* type, const Value*, size_t, Tuple*) {
  List* list = static_cast<List*>(allocate_instance(type));
  return Value::from_object(list);
}

void list_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  // As CPython's list.__init__: keywords are refused only when the class
  // keeps list's own __new__ (a subclass's __new__ may take some).
  Type* type = type_of(self);
  if (type != &list_type && type->new_instance != list_new) kwnames = nullptr;
  check_arguments("list", nargs, kwnames, 0, 1);
  List* list = self.as<List>();
  list_resize(list, 0);
  if (nargs == 1) list_extend(list, args[0]);
}

Value list_method_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list.append", nargs, kwnames, 1, 1);
  list_append(self.as<List>(), args[0]);
  return none();
}

Value list_method_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list.extend", nargs, kwnames, 1, 1);
  list_extend(self.as<List>(), args[0]);
  return none();
}

Value list_method_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("list.insert", nargs, kwnames, 2, 2);
  List* list = self.as<List>();
  int64_t where = ssize_argument(args[0]);
  int64_t size = ssize(list);
  if (where < 0) {
    where += size;
    if (where < 0) where = 0;
  }
  if (where > size) where = size;
  Value item = args[1];
  list_replace_range(list, where, where, &item, 1);
  return none();
}

Value list_method_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("list.pop", nargs, kwnames, 0, 1);
  List* list = self.as<List>();
  int64_t index = nargs == 1 ? ssize_argument(args[0]) : -1;
  if (list->size == 0) throw_index_error("pop from empty list");
  if (index < 0) index += ssize(list);
  if (index < 0 || index >= ssize(list)) throw_index_error("pop index out of range");
  Value item = list->items[index];
  list_replace_range(list, index, index + 1, nullptr, 0);
  return item;
}

Value list_method_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list.remove", nargs, kwnames, 1, 1);
  List* list = self.as<List>();
  for (size_t i = 0; i < list->size; ++i) {
    if (equals(list->items[i], args[0])) {
      // The comparison may have shrunk the list.
      if (i < list->size) {
        int64_t at = static_cast<int64_t>(i);
        list_replace_range(list, at, at + 1, nullptr, 0);
      }
      return none();
    }
  }
  throw_value_error("list.remove(x): x not in list");
}

Value list_method_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list.clear", nargs, kwnames, 0, 0);
  list_resize(self.as<List>(), 0);
  return none();
}

Value list_method_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list.copy", nargs, kwnames, 0, 0);
  List* list = self.as<List>();
  return Value::from_object(make_list(list->items, list->size));
}

Value list_method_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("list.index", nargs, kwnames, 1, 3);
  List* list = self.as<List>();
  int64_t start = nargs > 1 ? search_bound(args[1], ssize(list)) : 0;
  int64_t stop = nargs > 2 ? search_bound(args[2], ssize(list)) : ssize(list);
  for (int64_t i = start; i < stop && i < ssize(list); ++i) {
    if (equals(list->items[i], args[0])) return make_int(i);
  }
  throw_value_error(repr_string(args[0]) + " is not in list");
}

Value list_method_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("list.count", nargs, kwnames, 1, 1);
  List* list = self.as<List>();
  int64_t count = 0;
  for (size_t i = 0; i < list->size; ++i) {
    if (equals(list->items[i], args[0])) ++count;
  }
  return make_int(count);
}

Value list_method_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list.reverse", nargs, kwnames, 0, 0);
  List* list = self.as<List>();
  std::reverse(list->items, list->items + list->size);
  return none();
}

Value list_method_sort(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 0) throw_type_error("sort() takes no positional arguments");
  Value bound[2];
  bind_arguments(Signature{"sort", {"key", "reverse"}, 0, 0, 0}, args, nargs, kwnames, bound);
  bool reverse = !bound[1].is_null() && truthy(index_value(bound[1]));
  list_sort(self.as<List>(), bound[0], reverse);
  return none();
}

Value list_method_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list.__reversed__", nargs, kwnames, 0, 0);
  List* list = self.as<List>();
  ListReverseIterator* iterator =
      static_cast<ListReverseIterator*>(allocate_instance(&list_reverseiterator_type));
  iterator->list = list;
  iterator->index = ssize(list) - 1;
  return Value::from_object(iterator);
}

Value list_method_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("list.__sizeof__", nargs, kwnames, 0, 0);
  // CPython's layout: a 40-byte header plus the allocated item pointers.
  return make_int(40 + static_cast<int64_t>(self.as<List>()->capacity * sizeof(Value)));
}

}  // namespace

List* make_list(size_t size) {
  // Allocated directly: type objects get lists before list_type is readied.
  List* list = static_cast<List*>(gc_alloc(sizeof(List)));
  list->type = &list_type;
  if (size > 0) list_resize(list, size);
  return list;
}

List* make_list(const Value* items, size_t size) {
  List* list = make_list(size);
  std::copy(items, items + size, list->items);
  return list;
}

List* list_from_iterable(Value iterable) {
  List* list = make_list();
  list_extend(list, iterable);
  return list;
}

void list_append(List* list, Value item) {
  size_t size = list->size;
  if (size < list->capacity) {
    list->items[size] = item;
    list->size = size + 1;
    return;
  }
  list_resize(list, size + 1);
  list->items[size] = item;
}

void list_extend(List* list, Value iterable) {
  // Only exact lists and tuples are read directly: a subclass may
  // override __iter__. A list extended by itself iterates a copy first
  // (CPython's PySequence_Fast).
  if (iterable.is(Value::from_object(list)) && !is_exact_list(iterable)) {
    List* copy = make_list();
    list_extend(copy, iterable);
    iterable = Value::from_object(copy);
  }
  if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
    // Reading by index handles list.extend(list) itself.
    bool from_list = is_list(iterable);
    size_t count = from_list ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
    size_t old_size = list->size;
    list_resize(list, old_size + count);
    const Value* source = from_list ? iterable.as<List>()->items : iterable.as<Tuple>()->items();
    std::copy(source, source + count, list->items + old_size);
    return;
  }
  Value iterator = get_iter(iterable);
  // CPython sizes the list from the length hint first, so a bad
  // __length_hint__ raises here.
  int64_t hint = length_hint(iterable, 8);
  size_t size = list->size;
  if (hint > 0 && static_cast<uint64_t>(hint) < (SIZE_MAX / 4) / sizeof(Value)) {
    list_resize(list, size + static_cast<size_t>(hint));
    list->size = size;  // the reserved slots stay null
  }
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    list_append(list, item);
  }
  // Give back what the hint over-reserved, as CPython's list_extend.
  if (list->size < list->capacity) list_resize(list, list->size);
}

bool is_list(Value v) {
  return v.is_object() && (v.as_object()->type->flags & kTypeListSubclass);
}

void init_list_type() {
  list_type.repr = list_repr;
  list_type.richcompare = list_richcompare;
  list_type.len = list_len;
  list_type.contains = list_contains;
  list_type.getitem = list_getitem;
  list_type.setitem = list_setitem;
  list_type.iter = list_iter;
  list_type.concat = list_concat;
  list_type.repeat = list_repeat;
  list_type.inplace[static_cast<int>(BinaryOp::Add)] = list_inplace_concat;
  list_type.inplace[static_cast<int>(BinaryOp::Multiply)] = list_inplace_repeat;
  list_type.new_instance = list_new;
  list_type.init = list_init;
  init_static_type(&list_type, "list", nullptr, sizeof(List),
                   kTypeBaseType | kTypeImmutable | kTypeListSubclass | kTypeSequence);
  set_type_text_signature(&list_type, "(iterable=(), /)");
  make_unhashable(&list_type);
  set_type_doc(&list_type,
               "Built-in mutable sequence.\n\n"
               "If no argument is given, the constructor creates a new empty list.\n"
               "The argument must be an iterable if specified.");
  add_methods(&list_type, {
      {"__getitem__", list_method_getitem, kMethodInstance, "x.__getitem__(y) <==> x[y]"},
      {"__reversed__", list_method_reversed, kMethodInstance,
       "Return a reverse iterator over the list."},
      {"__sizeof__", list_method_sizeof, kMethodInstance,
       "Return the size of the list in memory, in bytes."},
      {"clear", list_method_clear, kMethodInstance,
       "Remove all items from list."},
      {"copy", list_method_copy, kMethodInstance,
       "Return a shallow copy of the list."},
      {"append", list_method_append, kMethodInstance,
       "Append object to the end of the list."},
      {"insert", list_method_insert, kMethodInstance,
       "Insert object before index."},
      {"extend", list_method_extend, kMethodInstance,
       "Extend list by appending elements from the iterable."},
      {"pop", list_method_pop, kMethodInstance,
       "Remove and return item at index (default last).\n"
       "\n"
       "Raises IndexError if list is empty or index is out of range."},
      {"remove", list_method_remove, kMethodInstance,
       "Remove first occurrence of value.\n"
       "\n"
       "Raises ValueError if the value is not present."},
      {"index", list_method_index, kMethodInstance,
       "Return first index of value.\n"
       "\n"
       "Raises ValueError if the value is not present."},
      {"count", list_method_count, kMethodInstance,
       "Return number of occurrences of value."},
      {"reverse", list_method_reverse, kMethodInstance,
       "Reverse *IN PLACE*."},
      {"sort", list_method_sort, kMethodInstance,
       "Sort the list in ascending order and return None.\n"
       "\n"
       "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
       "order of two equal elements is maintained).\n"
       "\n"
       "If a key function is given, apply it once to each list item and sort them,\n"
       "ascending or descending, according to their function values.\n"
       "\n"
       "The reverse flag can be set to sort in descending order."},
  });

  list_iterator_type.iter = iterator_self;
  list_iterator_type.next = list_iterator_next;
  init_static_type(&list_iterator_type, "list_iterator", nullptr, sizeof(ListIterator),
                   kTypeImmutable);
  disallow_instantiation(&list_iterator_type);
  add_methods(&list_iterator_type, {
      {"__length_hint__", list_iterator_length_hint},
      {"__reduce__", list_iterator_reduce},
      {"__setstate__", list_iterator_setstate},
  });
  list_reverseiterator_type.iter = iterator_self;
  list_reverseiterator_type.next = list_reverseiterator_next;
  init_static_type(&list_reverseiterator_type, "list_reverseiterator", nullptr,
                   sizeof(ListReverseIterator), kTypeImmutable);
  disallow_instantiation(&list_reverseiterator_type);
  add_methods(&list_reverseiterator_type, {
      {"__length_hint__", list_reverseiterator_length_hint},
      {"__reduce__", list_reverseiterator_reduce},
      {"__setstate__", list_reverseiterator_setstate},
  });
}

}  // namespace krait
