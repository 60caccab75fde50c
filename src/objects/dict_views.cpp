// The dict views (keys, values, items) and the dict iterators, forward and
// reversed, with CPython's checks for a dict mutated during iteration.
#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/dict_internal.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type dict_keys_type;
Type dict_values_type;
Type dict_items_type;

namespace {

Type dict_keyiterator_type;
Type dict_valueiterator_type;
Type dict_itemiterator_type;
Type dict_reversekeyiterator_type;
Type dict_reversevalueiterator_type;
Type dict_reverseitemiterator_type;

enum class Yield : uint8_t { Keys, Values, Items };

struct DictIterator : Object {
  Dict* dict;           // null once exhausted
  int64_t position;     // the next entry to look at
  int64_t used;         // the dict's size when iteration began; -1 after a size change
  int64_t remaining;    // entries still expected
  Yield yield;
};

Value make_dict_iterator(Type* type, Dict* dict, Yield yield, bool reversed) {
  DictIterator* iterator = static_cast<DictIterator*>(allocate_instance(type));
  iterator->dict = dict;
  iterator->used = static_cast<int64_t>(dict->used);
  iterator->remaining = static_cast<int64_t>(dict->used);
  iterator->position = reversed ? static_cast<int64_t>(dict->entries_used) - 1 : 0;
  iterator->yield = yield;
  return Value::from_object(iterator);
}

Value entry_result(const DictEntry& entry, Yield yield) {
  switch (yield) {
    case Yield::Keys:
      return entry.key;
    case Yield::Values:
      return entry.value;
    case Yield::Items:
      break;
  }
  return Value::from_object(make_tuple({entry.key, entry.value}));
}

[[noreturn]] void changed_size(DictIterator* iterator) {
  iterator->used = -1;
  throw_runtime_error("dictionary changed size during iteration");
}

Value dict_iterator_next(Value self) {
  DictIterator* iterator = self.as<DictIterator>();
  Dict* dict = iterator->dict;
  if (!dict) return Value::null();
  if (iterator->used != static_cast<int64_t>(dict->used)) changed_size(iterator);
  int64_t i = iterator->position;
  int64_t end = static_cast<int64_t>(dict->entries_used);
  while (i < end && dict->entries[i].key.is_null()) ++i;
  if (i >= end) {
    iterator->dict = nullptr;
    return Value::null();
  }
  // Same size but an entry we did not expect: keys were deleted and added.
  if (iterator->remaining == 0) {
    iterator->dict = nullptr;
    throw_runtime_error("dictionary keys changed during iteration");
  }
  iterator->position = i + 1;
  iterator->remaining--;
  return entry_result(dict->entries[i], iterator->yield);
}

Value dict_reverse_iterator_next(Value self) {
  DictIterator* iterator = self.as<DictIterator>();
  Dict* dict = iterator->dict;
  if (!dict) return Value::null();
  if (iterator->used != static_cast<int64_t>(dict->used)) changed_size(iterator);
  int64_t i = iterator->position;
  if (i >= static_cast<int64_t>(dict->entries_used)) i = static_cast<int64_t>(dict->entries_used) - 1;
  while (i >= 0 && dict->entries[i].key.is_null()) --i;
  if (i < 0) {
    iterator->dict = nullptr;
    return Value::null();
  }
  iterator->position = i - 1;
  iterator->remaining--;
  return entry_result(dict->entries[i], iterator->yield);
}

Value iterator_self(Value self) { return self; }

Value dict_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__length_hint__", nargs, kwnames, 0, 0);
  DictIterator* iterator = self.as<DictIterator>();
  if (!iterator->dict || iterator->used != static_cast<int64_t>(iterator->dict->used)) {
    return make_int(0);
  }
  return make_int(iterator->remaining);
}

Type* forward_iterator_type(Yield yield) {
  switch (yield) {
    case Yield::Keys:
      return &dict_keyiterator_type;
    case Yield::Values:
      return &dict_valueiterator_type;
    case Yield::Items:
      break;
  }
  return &dict_itemiterator_type;
}

Type* reverse_iterator_type(Yield yield) {
  switch (yield) {
    case Yield::Keys:
      return &dict_reversekeyiterator_type;
    case Yield::Values:
      return &dict_reversevalueiterator_type;
    case Yield::Items:
      break;
  }
  return &dict_reverseitemiterator_type;
}

Yield view_yield(Value view) {
  Type* type = type_of(view);
  if (type == &dict_keys_type) return Yield::Keys;
  if (type == &dict_values_type) return Yield::Values;
  return Yield::Items;
}

Dict* view_dict(Value view) { return view.as<DictView>()->dict; }

// ---- the views ----

int64_t view_len(Value self) { return static_cast<int64_t>(view_dict(self)->used); }

Value view_iter(Value self) {
  return make_dict_iterator(forward_iterator_type(view_yield(self)), view_dict(self),
                            view_yield(self), false);
}

Value view_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reversed__", nargs, kwnames, 0, 0);
  return make_dict_iterator(reverse_iterator_type(view_yield(self)), view_dict(self),
                            view_yield(self), true);
}

Value view_repr(Value self) {
  ReprGuard guard(self.as_object());
  if (guard.recursive()) return str_value("...");
  List* items = list_from_iterable(self);
  std::string text(type_of(self)->name->view());
  text += "(";
  text += repr(Value::from_object(items))->view();
  text += ")";
  return str_value(text);
}

bool keys_contains(Value self, Value key) { return !dict_get(view_dict(self), key).is_null(); }

bool items_contains(Value self, Value item) {
  if (!is_tuple(item) || item.as<Tuple>()->size != 2) return false;
  Tuple* pair = item.as<Tuple>();
  Value found = dict_get(view_dict(self), (*pair)[0]);
  return !found.is_null() && equals(found, (*pair)[1]);
}

bool is_set_like(Value v) { return is_any_set(v) || is_dict_set_view(v); }

// Every element of `inner` is in `outer`.
bool all_contained_in(Value inner, Value outer) {
  Value iterator = get_iter(inner);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (!contains(outer, item)) return false;
  }
  return true;
}

Value view_richcompare(Value self, Value other, CompareOp op) {
  if (!is_set_like(other)) return not_implemented();
  int64_t left = length(self);
  int64_t right = length(other);
  bool result = false;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      result = left == right && all_contained_in(self, other);
      if (op == CompareOp::Ne) result = !result;
      break;
    case CompareOp::Lt:
      result = left < right && all_contained_in(self, other);
      break;
    case CompareOp::Le:
      result = left <= right && all_contained_in(self, other);
      break;
    case CompareOp::Gt:
      result = left > right && all_contained_in(other, self);
      break;
    case CompareOp::Ge:
      result = left >= right && all_contained_in(other, self);
      break;
  }
  return make_bool(result);
}

// set(view), reading a keys view of an exact dict as the dict itself (so the
// set's layout follows the dict's, as CPython's dictviews_to_set).
Set* view_to_set(Value view) {
  if (type_of(view) == &dict_keys_type && is_exact_dict(Value::from_object(view_dict(view)))) {
    return set_from_iterable(Value::from_object(view_dict(view)));
  }
  return set_from_iterable(view);
}

Value view_sub(Value left, Value right) {
  Set* result = view_to_set(left);
  set_difference_update(result, right);
  return Value::from_object(result);
}

Value view_or(Value left, Value right) {
  Set* result = view_to_set(left);
  set_update(result, right);
  return Value::from_object(result);
}

Value view_xor(Value left, Value right) {
  Set* result = view_to_set(left);
  set_symmetric_difference_update(result, right);
  return Value::from_object(result);
}

Value view_and(Value left, Value right) {
  // The view may be either operand.
  Value self = left;
  Value other = right;
  if (!is_dict_set_view(self)) std::swap(self, other);
  int64_t self_size = length(self);
  if (type_of(other) == &set_type && self_size <= length(other)) {
    return Value::from_object(set_intersection(other.as<Set>(), self));
  }
  if (is_dict_set_view(other) && length(other) > self_size) std::swap(self, other);
  Set* result = make_set();
  bool keys = type_of(self) == &dict_keys_type;
  Value iterator = get_iter(other);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (keys ? keys_contains(self, item) : items_contains(self, item)) set_add(result, item);
  }
  return Value::from_object(result);
}

const char* isdisjoint_name(Value view) {
  return type_of(view) == &dict_keys_type ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
}

Value view_mapping(Value self) {
  return make_mappingproxy(Value::from_object(self.as<DictView>()->dict));
}

Value view_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments(isdisjoint_name(self), nargs, kwnames, 1, 1);
  Value other = args[0];
  if (self.is(other)) return make_bool(view_len(self) == 0);
  // Iterate over the smaller operand when the other's size is known.
  if (is_set_like(other)) {
    Value small = self;
    Value big = other;
    if (length(other) < view_len(self)) std::swap(small, big);
    Value iterator = get_iter(small);
    for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
      if (contains(big, item)) return make_bool(false);
    }
    return make_bool(true);
  }
  Value iterator = get_iter(other);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (contains(self, item)) return make_bool(false);
  }
  return make_bool(true);
}

void init_view_type(Type* type, const char* name, ContainsFn contains_slot, bool set_like) {
  type->repr = view_repr;
  type->len = view_len;
  type->iter = view_iter;
  type->contains = contains_slot;
  if (set_like) {
    type->richcompare = view_richcompare;
    type->number[static_cast<int>(BinaryOp::Subtract)] = view_sub;
    type->number[static_cast<int>(BinaryOp::And)] = view_and;
    type->number[static_cast<int>(BinaryOp::Or)] = view_or;
    type->number[static_cast<int>(BinaryOp::Xor)] = view_xor;
  }
  init_static_type(type, name, nullptr, sizeof(DictView), kTypeImmutable);
  disallow_instantiation(type);
  add_getsets(type, {{"mapping", view_mapping, nullptr,
                      "dictionary that this view refers to"}});
  if (set_like) {
    make_unhashable(type);
    add_methods(type, {{"isdisjoint", view_isdisjoint}, {"__reversed__", view_reversed}});
  } else {
    add_methods(type, {{"__reversed__", view_reversed}});
  }
}

// (iter, (list of what is left,)): a copy of the iterator is run, so the
// iterator itself does not advance.
Value dict_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  DictIterator* original = self.as<DictIterator>();
  DictIterator* copy = static_cast<DictIterator*>(allocate_instance(type_of(self)));
  copy->dict = original->dict;
  copy->position = original->position;
  copy->used = original->used;
  copy->remaining = original->remaining;
  copy->yield = original->yield;
  IterNextFn next = type_of(self)->next;
  List* rest = make_list();
  for (Value item = next(Value::from_object(copy)); !item.is_null();
       item = next(Value::from_object(copy))) {
    list_append(rest, item);
  }
  return iterator_reduce("iter", Value::from_object(rest), Value::null());
}

void init_iterator_type(Type* type, const char* name, IterNextFn next) {
  type->iter = iterator_self;
  type->next = next;
  init_static_type(type, name, nullptr, sizeof(DictIterator), kTypeImmutable);
  disallow_instantiation(type);
  add_methods(type, {
      {"__length_hint__", dict_iterator_length_hint},
      {"__reduce__", dict_iterator_reduce},
  });
}

}  // namespace

bool is_dict_set_view(Value v) {
  Type* type = type_of(v);
  return type == &dict_keys_type || type == &dict_items_type;
}

Value dict_iter(Value self) {
  return make_dict_iterator(&dict_keyiterator_type, self.as<Dict>(), Yield::Keys, false);
}

namespace {

Value dict_method_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.__reversed__", nargs, kwnames, 0, 0);
  return make_dict_iterator(&dict_reversekeyiterator_type, self.as<Dict>(), Yield::Keys, true);
}

}  // namespace

void init_dict_views() {
  add_methods(&dict_type, {{"__reversed__", dict_method_reversed}});
  init_view_type(&dict_keys_type, "dict_keys", keys_contains, true);
  init_view_type(&dict_values_type, "dict_values", nullptr, false);
  init_view_type(&dict_items_type, "dict_items", items_contains, true);
  init_iterator_type(&dict_keyiterator_type, "dict_keyiterator", dict_iterator_next);
  init_iterator_type(&dict_valueiterator_type, "dict_valueiterator", dict_iterator_next);
  init_iterator_type(&dict_itemiterator_type, "dict_itemiterator", dict_iterator_next);
  init_iterator_type(&dict_reversekeyiterator_type, "dict_reversekeyiterator",
                     dict_reverse_iterator_next);
  init_iterator_type(&dict_reversevalueiterator_type, "dict_reversevalueiterator",
                     dict_reverse_iterator_next);
  init_iterator_type(&dict_reverseitemiterator_type, "dict_reverseitemiterator",
                     dict_reverse_iterator_next);
}

}  // namespace krait
