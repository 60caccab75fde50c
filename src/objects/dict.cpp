// dict: the compact, insertion-ordered hash table (CPython's layout and
// semantics; Objects/dictobject.c is the behaviour followed).
#include "objects/dict.h"

#include <cstring>
#include <string>

#include "objects/class.h"
#include "objects/container_support.h"
#include "objects/dict_internal.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type dict_type;

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinSize = 8;
constexpr int kPerturbShift = 5;

size_t usable_for(size_t table_size) { return table_size * 2 / 3; }

// The smallest table (a power of two, at least kMinSize) whose usable
// fraction holds `entries`.
size_t table_size_for(size_t entries) {
  size_t size = kMinSize;
  while (usable_for(size) < entries) size <<= 1;
  return size;
}

// Finds a free index slot for `hash` in a table without dummies or with
// them (either kind of slot will do for a key known to be absent).
size_t free_slot(const Dict* dict, int64_t hash) {
  size_t mask = dict->mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  while (dict->indices[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the table with `size` index slots (a power of two), dropping
// deleted entries.
void dict_resize(Dict* dict, size_t size) {
  size_t capacity = usable_for(size);
  int32_t* indices = static_cast<int32_t*>(gc_alloc_atomic(size * sizeof(int32_t)));
  std::memset(indices, 0xFF, size * sizeof(int32_t));  // every slot kEmpty
  DictEntry* fresh = static_cast<DictEntry*>(gc_alloc(capacity * sizeof(DictEntry)));
  DictEntry* old = dict->entries;
  size_t count = 0;
  for (size_t i = 0; i < dict->entries_used; ++i) {
    if (!old[i].key.is_null()) fresh[count++] = old[i];
  }
  dict->indices = indices;
  dict->entries = fresh;
  dict->mask = size - 1;
  dict->entries_used = count;
  dict->entries_capacity = capacity;
  for (size_t i = 0; i < count; ++i) {
    indices[free_slot(dict, fresh[i].hash)] = static_cast<int32_t>(i);
  }
}

// The entry number holding `key`, or -1. `slot` receives the key's index
// slot when found, else the slot an insertion should use. An __eq__ that
// mutates the dict restarts the search, as CPython does.
int64_t lookup(Dict* dict, Value key, int64_t hash, size_t* slot) {
restart:
  if (!dict->indices) return -1;
  int32_t* indices = dict->indices;
  DictEntry* entries = dict->entries;
  size_t mask = dict->mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  size_t first_dummy = SIZE_MAX;
  for (;;) {
    int32_t ix = indices[i];
    if (ix == kEmpty) {
      *slot = first_dummy != SIZE_MAX ? first_dummy : i;
      return -1;
    }
    if (ix == kDummy) {
      if (first_dummy == SIZE_MAX) first_dummy = i;
    } else {
      Value candidate = entries[ix].key;
      if (candidate.is(key)) {
        *slot = i;
        return ix;
      }
      if (entries[ix].hash == hash) {
        if (is_exact_str(candidate) && is_exact_str(key)) {
          if (str_equal(candidate.as<Str>(), key.as<Str>())) {
            *slot = i;
            return ix;
          }
        } else {
          bool equal = equals(candidate, key);
          if (dict->indices != indices || dict->entries != entries ||
              !entries[ix].key.is(candidate)) {
            goto restart;
          }
          if (equal) {
            *slot = i;
            return ix;
          }
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void insert_new(Dict* dict, Value key, int64_t hash, Value value, size_t slot) {
  if (!dict->indices || dict->entries_used == dict->entries_capacity) {
    // CPython's growth rate: an index table of at least three times the live entries.
    size_t size = kMinSize;
    while (size < dict->used * 3) size <<= 1;
    dict_resize(dict, size);
    slot = free_slot(dict, hash);
  }
  size_t ix = dict->entries_used++;
  dict->entries[ix] = {key, value, hash};
  dict->indices[slot] = static_cast<int32_t>(ix);
  dict->used++;
  dict->version++;
}

void delete_at(Dict* dict, size_t slot, int64_t ix) {
  dict->indices[slot] = kDummy;
  dict->entries[ix] = {Value::null(), Value::null(), 0};
  dict->used--;
  dict->version++;
}

// The index slot of entry `ix` (which is live).
size_t slot_of_entry(const Dict* dict, size_t ix) {
  size_t mask = dict->mask;
  size_t perturb = static_cast<size_t>(dict->entries[ix].hash);
  size_t i = perturb & mask;
  while (dict->indices[i] != static_cast<int32_t>(ix)) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// ---- repr, comparison, mapping slots ----

Value dict_repr(Value self) {
  Dict* dict = self.as<Dict>();
  if (dict->used == 0) return str_value("{}");
  ReprGuard guard(dict);
  if (guard.recursive()) return str_value("{...}");
  std::string text = "{";
  bool first = true;
  for (size_t i = 0; i < dict->entries_used; ++i) {
    DictEntry entry = dict->entries[i];
    if (entry.key.is_null()) continue;
    if (!first) text += ", ";
    first = false;
    text += repr(entry.key)->view();
    text += ": ";
    text += repr(entry.value)->view();
  }
  text += "}";
  return str_value(text);
}

bool dict_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return false;
  for (size_t i = 0; i < a->entries_used; ++i) {
    DictEntry entry = a->entries[i];
    if (entry.key.is_null()) continue;
    Value other = dict_get_hashed(b, entry.key, entry.hash);
    if (other.is_null() || !equals(entry.value, other)) return false;
  }
  return true;
}

Value dict_richcompare(Value self, Value other, CompareOp op) {
  if (!is_dict(other) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
  bool equal = dict_equal(self.as<Dict>(), other.as<Dict>());
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t dict_len(Value self) { return static_cast<int64_t>(self.as<Dict>()->used); }

bool dict_contains(Value self, Value key) { return !dict_get(self.as<Dict>(), key).is_null(); }

Value dict_getitem(Value self, Value key) {
  Dict* dict = self.as<Dict>();
  Value value = dict_get(dict, key);
  if (!value.is_null()) return value;
  Type* type = type_of(self);
  if (type != &dict_type) {
    Value missing = call_special(self, names.dunder_missing, {key});
    if (!missing.is_null()) return missing;
  }
  throw_key_error(key);
}

void dict_setitem(Value self, Value key, Value value) {
  Dict* dict = self.as<Dict>();
  if (value.is_null()) {
    if (!dict_delete(dict, key)) throw_key_error(key);
    return;
  }
  dict_set(dict, key, value);
}

// ---- construction and update ----

// One element of dict(iterable_of_pairs) as a key and a value.
void merge_pair(Dict* dict, Value item, size_t index, bool override_existing) {
  Value pair = item;
  if (!is_list(item) && !is_tuple(item)) {
    Type* type = type_of(item);
    if (!type->iter && !type->getitem) {
      throw_type_error(
          format("cannot convert dictionary update sequence element #%zu to a sequence", index));
    }
    pair = Value::from_object(tuple_from_iterable(item));
  }
  size_t size = is_list(pair) ? pair.as<List>()->size : pair.as<Tuple>()->size;
  const Value* items = is_list(pair) ? pair.as<List>()->items : pair.as<Tuple>()->items();
  if (size != 2) {
    throw_value_error(format("dictionary update sequence element #%zu has length %zu; 2 is required",
                             index, size));
  }
  Value key = items[0];
  Value value = items[1];
  if (override_existing) {
    dict_set(dict, key, value);
  } else if (dict_get(dict, key).is_null()) {
    dict_set(dict, key, value);
  }
}

void merge_from_pairs(Dict* dict, Value iterable) {
  Value iterator = get_iter(iterable);
  size_t index = 0;
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    merge_pair(dict, item, index++, true);
  }
}

// dict(arg) / d.update(arg) / d |= arg.
void update_from_argument(Dict* dict, Value arg) {
  if (is_exact_dict(arg)) {
    dict_merge(dict, arg, true);
    return;
  }
  if (!lookup_attr(arg, names.keys).is_null()) {
    dict_merge(dict, arg, true);
    return;
  }
  merge_from_pairs(dict, arg);
}

void update_from_call(const char* name, Dict* dict, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  check_positional(name, nargs, 0, 1);
  if (nargs == 1) update_from_argument(dict, args[0]);
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    dict_set(dict, (*kwnames)[i], args[nargs + i]);
  }
}

Value dict_new(Type* type, const Value*, size_t, Tuple*) {
  return Value::from_object(allocate_instance(type));
}

void dict_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  update_from_call("dict", self.as<Dict>(), args, nargs, kwnames);
}

Value dict_or(Value left, Value right) {
  if (!is_dict(left) || !is_dict(right)) return not_implemented();
  Dict* result = dict_copy(left.as<Dict>());
  update_from_argument(result, right);
  return Value::from_object(result);
}

Value dict_inplace_or(Value self, Value other) {
  update_from_argument(self.as<Dict>(), other);
  return self;
}

// ---- methods ----

Value dict_method_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("dict.get", nargs, kwnames, 1, 2);
  Value value = dict_get(self.as<Dict>(), args[0]);
  if (!value.is_null()) return value;
  return nargs == 2 ? args[1] : none();
}

Value dict_method_setdefault(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("dict.setdefault", nargs, kwnames, 1, 2);
  Dict* dict = self.as<Dict>();
  int64_t key_hash = hash(args[0]);
  // One probe, as CPython's: __hash__ and __eq__ run once.
  size_t slot = 0;
  int64_t ix = lookup(dict, args[0], key_hash, &slot);
  if (ix >= 0) return dict->entries[ix].value;
  Value fallback = nargs == 2 ? args[1] : none();
  insert_new(dict, args[0], key_hash, fallback, slot);
  return fallback;
}

Value dict_method_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_method_arguments("dict.pop", nargs, kwnames, 1, 2);
  // An empty dict answers without hashing the key, as CPython's.
  Value value = self.as<Dict>()->used == 0 ? Value::null() : dict_pop(self.as<Dict>(), args[0]);
  if (!value.is_null()) return value;
  if (nargs == 2) return args[1];
  throw_key_error(args[0]);
}

Value dict_method_popitem(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.popitem", nargs, kwnames, 0, 0);
  Dict* dict = self.as<Dict>();
  if (dict->used == 0) throw_key_error(str_value("popitem(): dictionary is empty"));
  size_t ix = dict->entries_used - 1;
  while (dict->entries[ix].key.is_null()) --ix;
  DictEntry entry = dict->entries[ix];
  delete_at(dict, slot_of_entry(dict, ix), static_cast<int64_t>(ix));
  // The last entries are free again: LIFO order continues from here.
  dict->entries_used = ix;
  return Value::from_object(make_tuple({entry.key, entry.value}));
}

Value make_view(Type* type, Value dict) {
  DictView* view = static_cast<DictView*>(allocate_instance(type));
  view->dict = dict.as<Dict>();
  return Value::from_object(view);
}

Value dict_method_keys(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.keys", nargs, kwnames, 0, 0);
  return make_view(&dict_keys_type, self);
}

Value dict_method_values(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.values", nargs, kwnames, 0, 0);
  return make_view(&dict_values_type, self);
}

Value dict_method_items(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.items", nargs, kwnames, 0, 0);
  return make_view(&dict_items_type, self);
}

Value dict_method_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  update_from_call("update", self.as<Dict>(), args, nargs, kwnames);
  return none();
}

Value dict_method_fromkeys(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("dict.fromkeys", kwnames);
  check_arguments("fromkeys", nargs, kwnames, 1, 2);
  Value value = nargs == 2 ? args[1] : none();
  Value result = call(cls, nullptr, 0);
  // Into a new plain dict, the keys of a plain dict or set keep their stored hashes.
  if (is_exact_dict(result) && dict_size(result.as<Dict>()) == 0) {
    Dict* target = result.as<Dict>();
    Value key, ignored;
    int64_t key_hash;
    size_t pos = 0;
    if (is_exact_dict(args[0])) {
      while (dict_next_hashed(args[0].as<Dict>(), pos, key, ignored, key_hash)) {
        dict_set_hashed(target, key, key_hash, value);
      }
      return result;
    }
    Type* type = type_of(args[0]);
    if (type == &set_type || type == &frozenset_type) {
      while (set_next_hashed(args[0].as<Set>(), pos, key, key_hash)) {
        dict_set_hashed(target, key, key_hash, value);
      }
      return result;
    }
  }
  Value iterator = get_iter(args[0]);
  bool exact = is_exact_dict(result);
  for (Value key = iter_next(iterator); !key.is_null(); key = iter_next(iterator)) {
    if (exact) {
      dict_set(result.as<Dict>(), key, value);
    } else {
      setitem(result, key, value);
    }
  }
  return result;
}

Value dict_method_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.clear", nargs, kwnames, 0, 0);
  dict_clear(self.as<Dict>());
  return none();
}

Value dict_method_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.copy", nargs, kwnames, 0, 0);
  return Value::from_object(dict_copy(self.as<Dict>()));
}

Value dict_method_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("dict.__sizeof__", nargs, kwnames, 0, 0);
  Dict* dict = self.as<Dict>();
  size_t size = 48;
  if (dict->indices) {
    size += 32 + (dict->mask + 1) + dict->entries_capacity * 24;
  }
  return make_int(static_cast<int64_t>(size));
}

}  // namespace

// ---- the C++ interface ----

Dict* make_dict(size_t expected) {
  // Allocated directly: type dicts are made before dict_type is readied.
  Dict* dict = static_cast<Dict*>(gc_alloc(sizeof(Dict)));
  dict->type = &dict_type;
  if (expected > 0) dict_resize(dict, table_size_for(expected));
  return dict;
}

Value dict_get_hashed(Dict* dict, Value key, int64_t hash) {
  size_t slot;
  int64_t ix = lookup(dict, key, hash, &slot);
  return ix < 0 ? Value::null() : dict->entries[ix].value;
}

Value dict_get(Dict* dict, Value key) {
  if (is_exact_str(key)) return dict_get_str(dict, key.as<Str>());
  int64_t key_hash = hash(key);
  if (dict->used == 0) return Value::null();
  return dict_get_hashed(dict, key, key_hash);
}

Value dict_get_str(Dict* dict, Str* key) {
  if (dict->used == 0) return Value::null();
  int64_t key_hash = key->hash != -1 ? key->hash : str_hash(key);
  const int32_t* indices = dict->indices;
  const DictEntry* entries = dict->entries;
  size_t mask = dict->mask;
  size_t perturb = static_cast<size_t>(key_hash);
  size_t i = perturb & mask;
  Value wanted = Value::from_object(key);
  for (;;) {
    int32_t ix = indices[i];
    if (ix == kEmpty) return Value::null();
    if (ix >= 0) {
      const DictEntry& entry = entries[ix];
      if (entry.key.is(wanted)) return entry.value;
      if (entry.hash == key_hash) {
        // A key of another type with the same hash needs the full protocol.
        if (!is_exact_str(entry.key)) return dict_get_hashed(dict, wanted, key_hash);
        if (str_equal(entry.key.as<Str>(), key)) return entry.value;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void dict_set_hashed(Dict* dict, Value key, int64_t hash, Value value) {
  size_t slot = 0;
  int64_t ix = lookup(dict, key, hash, &slot);
  if (ix >= 0) {
    dict->entries[ix].value = value;
    dict->version++;
    return;
  }
  insert_new(dict, key, hash, value, slot);
}

void dict_set(Dict* dict, Value key, Value value) {
  int64_t key_hash = is_exact_str(key) ? str_hash(key.as<Str>()) : hash(key);
  dict_set_hashed(dict, key, key_hash, value);
}

void dict_set_str(Dict* dict, Str* key, Value value) {
  dict_set_hashed(dict, Value::from_object(key), str_hash(key), value);
}

Value dict_pop(Dict* dict, Value key) {
  int64_t key_hash = hash(key);
  if (dict->used == 0) return Value::null();
  size_t slot;
  int64_t ix = lookup(dict, key, key_hash, &slot);
  if (ix < 0) return Value::null();
  Value value = dict->entries[ix].value;
  delete_at(dict, slot, ix);
  return value;
}

bool dict_delete(Dict* dict, Value key) { return !dict_pop(dict, key).is_null(); }

bool dict_next_hashed(Dict* dict, size_t& pos, Value& key, Value& value, int64_t& hash) {
  while (pos < dict->entries_used) {
    const DictEntry& entry = dict->entries[pos++];
    if (entry.key.is_null()) continue;
    key = entry.key;
    value = entry.value;
    hash = entry.hash;
    return true;
  }
  return false;
}

bool dict_next(Dict* dict, size_t& pos, Value& key, Value& value) {
  int64_t ignored;
  return dict_next_hashed(dict, pos, key, value, ignored);
}

void dict_clear(Dict* dict) {
  dict->indices = nullptr;
  dict->entries = nullptr;
  dict->mask = 0;
  dict->entries_used = 0;
  dict->entries_capacity = 0;
  dict->used = 0;
  dict->version++;
}

void dict_update(Dict* dict, Value other) { update_from_argument(dict, other); }

void dict_merge(Dict* dict, Value other, bool override_existing) {
  // A dict whose iteration is dict's own can be read entry by entry.
  if (is_dict(other) && type_of(other)->iter == dict_type.iter) {
    Dict* source = other.as<Dict>();
    if (source == dict || source->used == 0) return;
    if (dict->used == 0 && !dict->indices) dict_resize(dict, table_size_for(source->used));
    size_t count = source->entries_used;
    for (size_t i = 0; i < count; ++i) {
      DictEntry entry = source->entries[i];
      if (entry.key.is_null()) continue;
      if (override_existing || dict_get_hashed(dict, entry.key, entry.hash).is_null()) {
        dict_set_hashed(dict, entry.key, entry.hash, entry.value);
      }
      // A key's __eq__ may change the source meanwhile.
      if (source->entries_used != count) throw_runtime_error("dict mutated during update");
    }
    return;
  }
  // As CPython's PyMapping_Keys: the keys are listed before any is read.
  Value keys = call_method(other, names.keys, {});
  Value iterator;
  try {
    iterator = get_iter(keys);
  } catch (PyException&) {
    if (!current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    throw_type_error(type_name(other) + ".keys() returned a non-iterable (type " +
                     type_name(keys) + ")");
  }
  List* key_list = make_list();
  for (Value key = iter_next(iterator); !key.is_null(); key = iter_next(iterator)) {
    list_append(key_list, key);
  }
  for (size_t i = 0; i < key_list->size; ++i) {
    Value key = key_list->items[i];
    if (!override_existing && !dict_get(dict, key).is_null()) continue;
    dict_set(dict, key, getitem(other, key));
  }
}

Dict* dict_copy(Dict* source) {
  Dict* copy = make_dict();
  if (source->used == 0) return copy;
  if (source->used == source->entries_used) {
    // No holes: the arrays can be duplicated as they are.
    size_t table_bytes = (source->mask + 1) * sizeof(int32_t);
    copy->indices = static_cast<int32_t*>(gc_alloc_atomic(table_bytes));
    std::memcpy(copy->indices, source->indices, table_bytes);
    copy->entries = static_cast<DictEntry*>(gc_alloc(source->entries_capacity * sizeof(DictEntry)));
    std::memcpy(static_cast<void*>(copy->entries), source->entries,
                source->entries_used * sizeof(DictEntry));
    copy->mask = source->mask;
    copy->entries_used = source->entries_used;
    copy->entries_capacity = source->entries_capacity;
    copy->used = source->used;
    return copy;
  }
  dict_merge(copy, Value::from_object(source), true);
  return copy;
}

bool is_dict(Value v) {
  return v.is_object() && (v.as_object()->type->flags & kTypeDictSubclass);
}

void init_dict_type() {
  dict_type.repr = dict_repr;
  dict_type.richcompare = dict_richcompare;
  dict_type.len = dict_len;
  dict_type.contains = dict_contains;
  dict_type.getitem = dict_getitem;
  dict_type.setitem = dict_setitem;
  dict_type.iter = dict_iter;
  dict_type.number[static_cast<int>(BinaryOp::Or)] = dict_or;
  dict_type.inplace[static_cast<int>(BinaryOp::Or)] = dict_inplace_or;
  dict_type.new_instance = dict_new;
  dict_type.init = dict_init;
  init_static_type(&dict_type, "dict", nullptr, sizeof(Dict),
                   kTypeBaseType | kTypeImmutable | kTypeDictSubclass | kTypeMapping);
  make_unhashable(&dict_type);
  add_methods(&dict_type, {
      {"__sizeof__", dict_method_sizeof},
      {"get", dict_method_get},
      {"setdefault", dict_method_setdefault},
      {"pop", dict_method_pop},
      {"popitem", dict_method_popitem},
      {"keys", dict_method_keys},
      {"items", dict_method_items},
      {"values", dict_method_values},
      {"update", dict_method_update},
      {"fromkeys", dict_method_fromkeys, kMethodClass},
      {"clear", dict_method_clear},
      {"copy", dict_method_copy},
  });
  init_dict_views();
}

}  // namespace krait
