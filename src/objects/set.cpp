// set, frozenset and set_iterator. The table, probing, fill factor and
// growth follow CPython 3.11's Objects/setobject.c so that iteration orders
// and frozenset hashes match.
#include "objects/class.h"
#include "objects/set.h"

#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type set_type;
Type frozenset_type;
Type set_iterator_type;

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The key of a deleted slot; never a Python-visible object.
Object dummy_object{nullptr};
const Value kDummy = Value::from_object(&dummy_object);

struct SetIterator : Object {
  Set* set;           // null once exhausted
  size_t position;
  int64_t used;       // the set's size when iteration began; -1 after a size change
  int64_t remaining;
};

bool is_active(const SetEntry& entry) { return !entry.key.is_null() && !entry.key.is(kDummy); }

SetEntry* allocate_table(size_t size) {
  return static_cast<SetEntry*>(gc_alloc(size * sizeof(SetEntry)));
}

void init_table(Set* set) {
  set->table = allocate_table(kMinSize);
  set->mask = kMinSize - 1;
  set->fill = 0;
  set->used = 0;
}

Set* allocate_set(Type* type) {
  Set* set = static_cast<Set*>(allocate_instance(type));
  init_table(set);
  set->hash = -1;
  return set;
}

// Inserts a key known to be absent into a table without dummies.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      *entry = {key, hash};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          *entry = {key, hash};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void table_resize(Set* set, size_t min_used) {
  size_t size = kMinSize;
  while (size <= min_used) size <<= 1;
  SetEntry* old = set->table;
  size_t old_mask = set->mask;
  SetEntry* table = allocate_table(size);
  set->table = table;
  set->mask = size - 1;
  set->fill = set->used;
  for (size_t i = 0; i <= old_mask; ++i) {
    if (is_active(old[i])) insert_clean(table, set->mask, old[i].key, old[i].hash);
  }
}

bool keys_equal(Value stored, Value key) {
  if (is_exact_str(stored) && is_exact_str(key)) {
    return str_equal(stored.as<Str>(), key.as<Str>());
  }
  return false;
}

// The active entry holding `key`, or null. An __eq__ that mutates the table
// restarts the search.
SetEntry* lookup(Set* set, Value key, int64_t hash) {
restart:
  SetEntry* table = set->table;
  size_t mask = set->mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) return nullptr;
      if (entry->hash == hash) {
        Value stored = entry->key;
        if (stored.is(key) || keys_equal(stored, key)) return entry;
        if (!(is_exact_str(stored) && is_exact_str(key))) {
          bool equal = equals(stored, key);
          if (set->table != table || !entry->key.is(stored)) goto restart;
          if (equal) return entry;
          mask = set->mask;
        }
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void add_entry(Set* set, Value key, int64_t hash) {
restart:
  SetEntry* table = set->table;
  size_t mask = set->mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  SetEntry* free_slot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) goto found_unused;
      if (entry->hash == hash) {
        Value stored = entry->key;
        if (stored.is(key) || keys_equal(stored, key)) return;
        if (!(is_exact_str(stored) && is_exact_str(key))) {
          bool equal = equals(stored, key);
          if (set->table != table || !entry->key.is(stored)) goto restart;
          if (equal) return;
          mask = set->mask;
        }
      } else if (entry->hash == -1) {
        // The last dummy on the probe path is the one reused, as CPython's.
        free_slot = entry;
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  if (free_slot) {
    *free_slot = {key, hash};
    set->used++;
    return;
  }
  *entry = {key, hash};
  set->fill++;
  set->used++;
  if (set->fill * 5 < mask * 3) return;
  table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

bool discard_entry(Set* set, Value key, int64_t hash) {
  SetEntry* entry = lookup(set, key, hash);
  if (!entry) return false;
  *entry = {kDummy, -1};
  set->used--;
  return true;
}

bool contains_entry(Set* set, Value key, int64_t hash) { return lookup(set, key, hash) != nullptr; }

void clear_set(Set* set) { init_table(set); }

// Copies another set in, as CPython's set_merge (one resize up front; the
// table is copied wholesale when the shapes allow).
void merge_set(Set* set, Set* other) {
  if (set == other || other->used == 0) return;
  if ((set->fill + other->used) * 5 >= set->mask * 3) {
    table_resize(set, (set->used + other->used) * 2);
  }
  if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= other->mask; ++i) {
      if (!other->table[i].key.is_null()) set->table[i] = other->table[i];
    }
    set->fill = other->fill;
    set->used = other->used;
    return;
  }
  if (set->fill == 0) {
    set->fill = other->used;
    set->used = other->used;
    for (size_t i = 0; i <= other->mask; ++i) {
      if (is_active(other->table[i])) {
        insert_clean(set->table, set->mask, other->table[i].key, other->table[i].hash);
      }
    }
    return;
  }
  for (size_t i = 0; i <= other->mask; ++i) {
    SetEntry entry = other->table[i];
    if (is_active(entry)) add_entry(set, entry.key, entry.hash);
  }
}

Type* base_kind(Type* type) {
  if (type == &set_type || type == &frozenset_type) return type;
  return is_subtype(type, &set_type) ? &set_type : &frozenset_type;
}

// A new set of the base kind of `type` holding `iterable` (null: empty).
Set* new_of_kind(Type* type, Value iterable) {
  Set* result = allocate_set(base_kind(type));
  if (!iterable.is_null()) set_update(result, iterable);
  return result;
}

Set* copy_of(Set* set) { return new_of_kind(set->type, Value::from_object(set)); }

Value as_value(Set* set) { return Value::from_object(set); }

// hash(key), retried as frozenset(key) for an unhashable set key.
template <class Operation>
auto with_set_key_fallback(Value key, Operation operation) {
  int64_t key_hash;
  try {
    key_hash = hash(key);
  } catch (PyException&) {
    if (!is_set(key) || !current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    Value frozen = as_value(frozenset_from_iterable(key));
    return operation(frozen, hash(frozen));
  }
  return operation(key, key_hash);
}

bool iterable_contains(Set* set, Value key) {
  return contains_entry(set, key, hash(key));
}

// ---- the operations on whole sets ----

Set* difference(Set* set, Value other) {
  size_t other_size;
  if (is_any_set(other)) {
    other_size = other.as<Set>()->used;
  } else if (is_exact_dict(other)) {
    other_size = dict_size(other.as<Dict>());
  } else {
    Set* result = copy_of(set);
    set_difference_update(result, other);
    return result;
  }
  // Much larger than the other operand: copying and removing is cheaper.
  if ((set->used >> 2) > other_size) {
    Set* result = copy_of(set);
    set_difference_update(result, other);
    return result;
  }
  Set* result = new_of_kind(set->type, Value::null());
  for (size_t i = 0; i <= set->mask; ++i) {
    SetEntry entry = set->table[i];
    if (!is_active(entry)) continue;
    bool found = is_exact_dict(other)
                     ? !dict_get_hashed(other.as<Dict>(), entry.key, entry.hash).is_null()
                     : contains_entry(other.as<Set>(), entry.key, entry.hash);
    if (!found) add_entry(result, entry.key, entry.hash);
  }
  return result;
}

Set* symmetric_difference(Set* set, Value other) {
  Set* result = new_of_kind(set->type, other);
  set_symmetric_difference_update(result, as_value(set));
  return result;
}

bool is_subset(Set* set, Value other) {
  if (!is_any_set(other)) return is_subset(set, as_value(set_from_iterable(other)));
  Set* superset = other.as<Set>();
  if (set->used > superset->used) return false;
  for (size_t i = 0; i <= set->mask; ++i) {
    SetEntry entry = set->table[i];
    if (is_active(entry) && !contains_entry(superset, entry.key, entry.hash)) return false;
  }
  return true;
}

bool is_superset(Set* set, Value other) {
  if (is_any_set(other)) return is_subset(other.as<Set>(), as_value(set));
  Value iterator = get_iter(other);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (!iterable_contains(set, item)) return false;
  }
  return true;
}

int64_t frozenset_hash_of(Set* set) {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  // XOR is order-independent; empty and dummy slots cancel out in CPython's
  // formulation, so only active entries are folded in.
  uint64_t acc = 0;
  for (size_t i = 0; i <= set->mask; ++i) {
    if (is_active(set->table[i])) acc ^= shuffle(static_cast<uint64_t>(set->table[i].hash));
  }
  acc ^= (static_cast<uint64_t>(set->used) + 1) * 1927868237ull;
  acc ^= (acc >> 11) ^ (acc >> 25);
  acc = acc * 69069u + 907133923ull;
  if (acc == static_cast<uint64_t>(-1)) acc = 590923713ull;
  return static_cast<int64_t>(acc);
}

// ---- slots ----

Value set_repr(Value self) {
  Set* set = self.as<Set>();
  std::string name(type_of(self)->name->view());
  ReprGuard guard(set);
  if (guard.recursive()) return str_value(name + "(...)");
  if (set->used == 0) return str_value(name + "()");
  List* items = list_from_iterable(self);
  Str* list_text = repr(Value::from_object(items));
  std::string_view inner = list_text->view().substr(1, list_text->size - 2);
  std::string text;
  if (type_of(self) == &set_type) {
    text = "{" + std::string(inner) + "}";
  } else {
    text = name + "({" + std::string(inner) + "})";
  }
  return str_value(text);
}

int64_t frozenset_hash_slot(Value self) {
  Set* set = self.as<Set>();
  if (set->hash == -1) set->hash = frozenset_hash_of(set);
  return set->hash;
}

Value set_richcompare(Value self, Value other, CompareOp op) {
  if (!is_any_set(other)) return not_implemented();
  Set* a = self.as<Set>();
  Set* b = other.as<Set>();
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      bool equal = a->used == b->used;
      if (equal && is_frozenset(self) && is_frozenset(other) && a->hash != -1 && b->hash != -1 &&
          a->hash != b->hash) {
        equal = false;
      }
      if (equal) equal = is_subset(a, other);
      return make_bool(op == CompareOp::Eq ? equal : !equal);
    }
    case CompareOp::Le:
      return make_bool(is_subset(a, other));
    case CompareOp::Ge:
      return make_bool(is_superset(a, other));
    case CompareOp::Lt:
      return make_bool(a->used < b->used && is_subset(a, other));
    case CompareOp::Gt:
      return make_bool(a->used > b->used && is_superset(a, other));
  }
  return not_implemented();
}

int64_t set_len(Value self) { return static_cast<int64_t>(self.as<Set>()->used); }

bool set_contains_slot(Value self, Value key) { return set_contains(self.as<Set>(), key); }

Value set_iter(Value self) {
  Set* set = self.as<Set>();
  SetIterator* iterator = static_cast<SetIterator*>(allocate_instance(&set_iterator_type));
  iterator->set = set;
  iterator->used = static_cast<int64_t>(set->used);
  iterator->remaining = static_cast<int64_t>(set->used);
  return Value::from_object(iterator);
}

Value set_iterator_next(Value self) {
  SetIterator* iterator = self.as<SetIterator>();
  Set* set = iterator->set;
  if (!set) return Value::null();
  if (iterator->used != static_cast<int64_t>(set->used)) {
    iterator->used = -1;
    throw_runtime_error("Set changed size during iteration");
  }
  size_t i = iterator->position;
  while (i <= set->mask && !is_active(set->table[i])) ++i;
  if (i > set->mask) {
    iterator->set = nullptr;
    return Value::null();
  }
  iterator->position = i + 1;
  iterator->remaining--;
  return set->table[i].key;
}

Value iterator_self(Value self) { return self; }

Value set_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set_iterator.__length_hint__", nargs, kwnames, 0, 0);
  SetIterator* iterator = self.as<SetIterator>();
  if (!iterator->set || iterator->used != static_cast<int64_t>(iterator->set->used)) {
    return make_int(0);
  }
  return make_int(iterator->remaining);
}

// (iter, (list of what is left,)), from a copy so the iterator keeps its place.
Value set_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set_iterator.__reduce__", nargs, kwnames, 0, 0);
  SetIterator* original = self.as<SetIterator>();
  SetIterator* copy = static_cast<SetIterator*>(allocate_instance(&set_iterator_type));
  copy->set = original->set;
  copy->position = original->position;
  copy->used = original->used;
  copy->remaining = original->remaining;
  List* rest = make_list();
  for (Value item = set_iterator_next(Value::from_object(copy)); !item.is_null();
       item = set_iterator_next(Value::from_object(copy))) {
    list_append(rest, item);
  }
  return iterator_reduce("iter", Value::from_object(rest), Value::null());
}

bool both_sets(Value a, Value b) { return is_any_set(a) && is_any_set(b); }

Value set_or(Value a, Value b) {
  if (!both_sets(a, b)) return not_implemented();
  Set* result = copy_of(a.as<Set>());
  if (!a.is(b)) set_update(result, b);
  return as_value(result);
}

Value set_and(Value a, Value b) {
  if (!both_sets(a, b)) return not_implemented();
  return as_value(set_intersection(a.as<Set>(), b));
}

Value set_sub(Value a, Value b) {
  if (!both_sets(a, b)) return not_implemented();
  return as_value(difference(a.as<Set>(), b));
}

Value set_xor(Value a, Value b) {
  if (!both_sets(a, b)) return not_implemented();
  return as_value(symmetric_difference(a.as<Set>(), b));
}

Value set_inplace_or(Value self, Value other) {
  if (!is_any_set(other)) return not_implemented();
  set_update(self.as<Set>(), other);
  return self;
}

// Replaces the contents of `set` by those of `other` (intersection_update).
void take_contents(Set* set, Set* other) {
  set->table = other->table;
  set->mask = other->mask;
  set->fill = other->fill;
  set->used = other->used;
  set->finger = 0;
}

Value set_inplace_and(Value self, Value other) {
  if (!is_any_set(other)) return not_implemented();
  take_contents(self.as<Set>(), set_intersection(self.as<Set>(), other));
  return self;
}

Value set_inplace_sub(Value self, Value other) {
  if (!is_any_set(other)) return not_implemented();
  set_difference_update(self.as<Set>(), other);
  return self;
}

Value set_inplace_xor(Value self, Value other) {
  if (!is_any_set(other)) return not_implemented();
  set_symmetric_difference_update(self.as<Set>(), other);
  return self;
}

Value set_new(Type* type, const Value*, size_t, Tuple*) {
  return as_value(allocate_set(type));
}

void set_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set", nargs, kwnames, 0, 1);
  Set* set = self.as<Set>();
  if (set->fill > 0) clear_set(set);
  if (nargs == 1) set_update(set, args[0]);
}

Value frozenset_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("frozenset", nargs, kwnames, 0, 1);
  if (type == &frozenset_type && nargs == 1 && type_of(args[0]) == &frozenset_type) {
    return args[0];
  }
  Set* set = allocate_set(type);
  if (nargs == 1) set_update(set, args[0]);
  return as_value(set);
}

// ---- methods ----

Value method_add(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set.add", nargs, kwnames, 1, 1);
  set_add(self.as<Set>(), args[0]);
  return none();
}

Value method_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set.remove", nargs, kwnames, 1, 1);
  if (!set_discard(self.as<Set>(), args[0])) throw_key_error(args[0]);
  return none();
}

Value method_discard(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set.discard", nargs, kwnames, 1, 1);
  set_discard(self.as<Set>(), args[0]);
  return none();
}

Value method_pop(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set.pop", nargs, kwnames, 0, 0);
  Set* set = self.as<Set>();
  if (set->used == 0) throw_key_error(str_value("pop from an empty set"));
  size_t i = set->finger & set->mask;
  while (!is_active(set->table[i])) i = i == set->mask ? 0 : i + 1;
  Value key = set->table[i].key;
  set->table[i] = {kDummy, -1};
  set->used--;
  set->finger = i + 1;
  return key;
}

Value method_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set.clear", nargs, kwnames, 0, 0);
  clear_set(self.as<Set>());
  return none();
}

Value method_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set.copy", nargs, kwnames, 0, 0);
  if (type_of(self) == &frozenset_type) return self;
  return as_value(copy_of(self.as<Set>()));
}

Value method_union(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set.union", kwnames);
  Set* result = copy_of(self.as<Set>());
  for (size_t i = 0; i < nargs; ++i) {
    if (!args[i].is(self)) set_update(result, args[i]);
  }
  return as_value(result);
}

Value method_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set.update", kwnames);
  for (size_t i = 0; i < nargs; ++i) set_update(self.as<Set>(), args[i]);
  return none();
}

Set* intersection_of_all(Value self, const Value* args, size_t nargs) {
  if (nargs == 0) return copy_of(self.as<Set>());
  Set* result = self.as<Set>();
  for (size_t i = 0; i < nargs; ++i) result = set_intersection(result, args[i]);
  return result;
}

Value method_intersection(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set.intersection", kwnames);
  return as_value(intersection_of_all(self, args, nargs));
}

Value method_intersection_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set.intersection_update", kwnames);
  take_contents(self.as<Set>(), intersection_of_all(self, args, nargs));
  return none();
}

Value method_difference(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set.difference", kwnames);
  if (nargs == 0) return as_value(copy_of(self.as<Set>()));
  Set* result = difference(self.as<Set>(), args[0]);
  for (size_t i = 1; i < nargs; ++i) set_difference_update(result, args[i]);
  return as_value(result);
}

Value method_difference_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set.difference_update", kwnames);
  for (size_t i = 0; i < nargs; ++i) set_difference_update(self.as<Set>(), args[i]);
  return none();
}

Value method_symmetric_difference(Value self, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
  check_arguments("set.symmetric_difference", nargs, kwnames, 1, 1);
  return as_value(symmetric_difference(self.as<Set>(), args[0]));
}

Value method_symmetric_difference_update(Value self, const Value* args, size_t nargs,
                                         Tuple* kwnames) {
  check_arguments("set.symmetric_difference_update", nargs, kwnames, 1, 1);
  set_symmetric_difference_update(self.as<Set>(), args[0]);
  return none();
}

Value method_issubset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set.issubset", nargs, kwnames, 1, 1);
  return make_bool(is_subset(self.as<Set>(), args[0]));
}

Value method_issuperset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set.issuperset", nargs, kwnames, 1, 1);
  return make_bool(is_superset(self.as<Set>(), args[0]));
}

Value method_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("set.isdisjoint", nargs, kwnames, 1, 1);
  Set* set = self.as<Set>();
  Value other = args[0];
  if (other.is(self)) return make_bool(set->used == 0);
  if (is_any_set(other)) {
    Set* small = set;
    Set* big = other.as<Set>();
    if (big->used < small->used) std::swap(small, big);
    for (size_t i = 0; i <= small->mask; ++i) {
      SetEntry entry = small->table[i];
      if (is_active(entry) && contains_entry(big, entry.key, entry.hash)) return make_bool(false);
    }
    return make_bool(true);
  }
  Value iterator = get_iter(other);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (iterable_contains(set, item)) return make_bool(false);
  }
  return make_bool(true);
}

Value method_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set.__reduce__", nargs, kwnames, 0, 0);
  Value items = Value::from_object(list_from_iterable(self));
  Value state = object_state(self);
  return Value::from_object(make_tuple({Value::from_object(type_of(self)),
                                        Value::from_object(make_tuple({items})), state}));
}

Value method_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("set.__sizeof__", nargs, kwnames, 0, 0);
  Set* set = self.as<Set>();
  // CPython's layout: a 200-byte object with an inline 8-slot table.
  size_t size = 200 + (set->mask + 1 > kMinSize ? (set->mask + 1) * 16 : 0);
  return make_int(static_cast<int64_t>(size));
}

void init_common_slots(Type* type) {
  type->repr = set_repr;
  type->richcompare = set_richcompare;
  type->len = set_len;
  type->contains = set_contains_slot;
  type->iter = set_iter;
  type->number[static_cast<int>(BinaryOp::Or)] = set_or;
  type->number[static_cast<int>(BinaryOp::And)] = set_and;
  type->number[static_cast<int>(BinaryOp::Subtract)] = set_sub;
  type->number[static_cast<int>(BinaryOp::Xor)] = set_xor;
}

}  // namespace

Set* make_set() { return allocate_set(&set_type); }
Set* make_frozenset() { return allocate_set(&frozenset_type); }

Set* set_from_iterable(Value iterable) {
  Set* set = make_set();
  set_update(set, iterable);
  return set;
}

Set* frozenset_from_iterable(Value iterable) {
  Set* set = make_frozenset();
  set_update(set, iterable);
  return set;
}

bool is_any_set(Value v) { return is_set(v) || is_frozenset(v); }
bool is_set(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &set_type); }
bool is_frozenset(Value v) {
  return v.is_object() && is_subtype(v.as_object()->type, &frozenset_type);
}

void set_add(Set* set, Value key) { add_entry(set, key, hash(key)); }

bool set_contains(Set* set, Value key) {
  return with_set_key_fallback(key, [set](Value k, int64_t h) { return contains_entry(set, k, h); });
}

bool set_discard(Set* set, Value key) {
  return with_set_key_fallback(key, [set](Value k, int64_t h) { return discard_entry(set, k, h); });
}

bool set_next(Set* set, size_t& pos, Value& key) {
  int64_t hash;
  return set_next_hashed(set, pos, key, hash);
}

bool set_next_hashed(Set* set, size_t& pos, Value& key, int64_t& hash) {
  while (pos <= set->mask) {
    const SetEntry& entry = set->table[pos++];
    if (is_active(entry)) {
      key = entry.key;
      hash = entry.hash;
      return true;
    }
  }
  return false;
}

void set_update(Set* set, Value iterable) {
  if (is_any_set(iterable)) {
    merge_set(set, iterable.as<Set>());
    return;
  }
  if (is_exact_dict(iterable)) {
    Dict* dict = iterable.as<Dict>();
    size_t size = dict_size(dict);
    if ((set->fill + size) * 5 >= set->mask * 3) table_resize(set, (set->used + size) * 2);
    size_t pos = 0;
    Value key, value;
    int64_t key_hash;
    while (dict_next_hashed(dict, pos, key, value, key_hash)) add_entry(set, key, key_hash);
    return;
  }
  Value iterator = get_iter(iterable);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    set_add(set, item);
  }
}

void set_difference_update(Set* set, Value other) {
  if (other.is(as_value(set))) {
    clear_set(set);
    return;
  }
  if (is_any_set(other)) {
    Set* removed = other.as<Set>();
    // A much larger operand: only the common elements matter.
    if ((removed->used >> 3) > set->used) removed = set_intersection(set, other);
    for (size_t i = 0; i <= removed->mask; ++i) {
      SetEntry entry = removed->table[i];
      if (is_active(entry)) discard_entry(set, entry.key, entry.hash);
    }
  } else {
    Value iterator = get_iter(other);
    for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
      set_discard(set, item);
    }
  }
  // More than a quarter dummies: rebuild without them.
  if (set->fill - set->used <= set->mask / 4) return;
  table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

void set_symmetric_difference_update(Set* set, Value other) {
  if (other.is(as_value(set))) {
    clear_set(set);
    return;
  }
  if (is_exact_dict(other)) {
    Dict* dict = other.as<Dict>();
    size_t pos = 0;
    Value key, value;
    int64_t key_hash;
    while (dict_next_hashed(dict, pos, key, value, key_hash)) {
      if (!discard_entry(set, key, key_hash)) add_entry(set, key, key_hash);
    }
    return;
  }
  Set* source = is_any_set(other) ? other.as<Set>() : set_from_iterable(other);
  for (size_t i = 0; i <= source->mask; ++i) {
    SetEntry entry = source->table[i];
    if (!is_active(entry)) continue;
    if (!discard_entry(set, entry.key, entry.hash)) add_entry(set, entry.key, entry.hash);
  }
}

Set* set_intersection(Set* set, Value other) {
  if (other.is(as_value(set))) return copy_of(set);
  Set* result = new_of_kind(set->type, Value::null());
  if (is_any_set(other)) {
    Set* probed = set;
    Set* walked = other.as<Set>();
    if (walked->used > probed->used) std::swap(probed, walked);
    for (size_t i = 0; i <= walked->mask; ++i) {
      SetEntry entry = walked->table[i];
      if (is_active(entry) && contains_entry(probed, entry.key, entry.hash)) {
        add_entry(result, entry.key, entry.hash);
      }
    }
    return result;
  }
  Value iterator = get_iter(other);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    int64_t item_hash = hash(item);
    if (contains_entry(set, item, item_hash)) add_entry(result, item, item_hash);
  }
  return result;
}

void init_set_types() {
  init_common_slots(&set_type);
  set_type.inplace[static_cast<int>(BinaryOp::Or)] = set_inplace_or;
  set_type.inplace[static_cast<int>(BinaryOp::And)] = set_inplace_and;
  set_type.inplace[static_cast<int>(BinaryOp::Subtract)] = set_inplace_sub;
  set_type.inplace[static_cast<int>(BinaryOp::Xor)] = set_inplace_xor;
  set_type.new_instance = set_new;
  set_type.init = set_init;
  init_static_type(&set_type, "set", nullptr, sizeof(Set), kTypeBaseType | kTypeImmutable);
  make_unhashable(&set_type);
  add_methods(&set_type, {
      {"add", method_add},
      {"clear", method_clear},
      {"copy", method_copy},
      {"discard", method_discard},
      {"difference", method_difference},
      {"difference_update", method_difference_update},
      {"intersection", method_intersection},
      {"intersection_update", method_intersection_update},
      {"isdisjoint", method_isdisjoint},
      {"issubset", method_issubset},
      {"issuperset", method_issuperset},
      {"pop", method_pop},
      {"__reduce__", method_reduce},
      {"remove", method_remove},
      {"__sizeof__", method_sizeof},
      {"symmetric_difference", method_symmetric_difference},
      {"symmetric_difference_update", method_symmetric_difference_update},
      {"union", method_union},
      {"update", method_update},
  });

  init_common_slots(&frozenset_type);
  frozenset_type.hash = frozenset_hash_slot;
  frozenset_type.new_instance = frozenset_new;
  init_static_type(&frozenset_type, "frozenset", nullptr, sizeof(Set),
                   kTypeBaseType | kTypeImmutable);
  add_methods(&frozenset_type, {
      {"copy", method_copy},
      {"difference", method_difference},
      {"intersection", method_intersection},
      {"isdisjoint", method_isdisjoint},
      {"issubset", method_issubset},
      {"issuperset", method_issuperset},
      {"__reduce__", method_reduce},
      {"__sizeof__", method_sizeof},
      {"symmetric_difference", method_symmetric_difference},
      {"union", method_union},
  });

  set_iterator_type.iter = iterator_self;
  set_iterator_type.next = set_iterator_next;
  init_static_type(&set_iterator_type, "set_iterator", nullptr, sizeof(SetIterator),
                   kTypeImmutable);
  disallow_instantiation(&set_iterator_type);
  add_methods(&set_iterator_type, {
      {"__length_hint__", set_iterator_length_hint},
      {"__reduce__", set_iterator_reduce},
  });
}

}  // namespace krait
