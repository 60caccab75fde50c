// dict: insertion-ordered hash table in CPython's compact layout (DESIGN §7):
// a sparse index table pointing into a dense array of entries kept in
// insertion order. Deleting leaves a hole in the entries (compacted on the
// next resize) and a "dummy" in the index so that probe chains stay intact.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace krait {

extern Type dict_type;
extern Type dict_keys_type;
extern Type dict_values_type;
extern Type dict_items_type;

struct DictEntry {
  Value key;  // null: deleted
  Value value;
  int64_t hash;
};

struct Dict : Object {
  int32_t* indices;       // mask + 1 slots (GC-atomic): an entry number, or kEmpty / kDummy
  DictEntry* entries;     // entries_capacity slots, the first entries_used of them in use
  size_t mask;            // index table size - 1; 0 with no table yet
  size_t entries_used;    // entries consumed, deleted ones included
  size_t entries_capacity;
  size_t used;            // live entries
  uint64_t version;       // changes on every mutation (for caches)
};

// The view objects d.keys(), d.values(), d.items().
struct DictView : Object {
  Dict* dict;
};

Dict* make_dict(size_t expected = 0);
// The value for `key`, or null when absent. May raise (unhashable key, an
// __eq__ that raises).
Value dict_get(Dict* dict, Value key);
// The same with the key's hash already computed.
Value dict_get_hashed(Dict* dict, Value key, int64_t hash);
// The same for a str key: no hashing beyond the cached hash, and no
// allocation; str keys compare by pointer, then hash, then contents.
Value dict_get_str(Dict* dict, Str* key);
void dict_set(Dict* dict, Value key, Value value);
void dict_set_hashed(Dict* dict, Value key, int64_t hash, Value value);
void dict_set_str(Dict* dict, Str* key, Value value);
// Removes `key`; false when it was absent.
bool dict_delete(Dict* dict, Value key);
// Removes `key` and answers its value; null when it was absent.
Value dict_pop(Dict* dict, Value key);
inline size_t dict_size(const Dict* dict) { return dict->used; }
// Iteration in insertion order: start with pos = 0; false at the end.
bool dict_next(Dict* dict, size_t& pos, Value& key, Value& value);
// The same, also giving the stored hash.
bool dict_next_hashed(Dict* dict, size_t& pos, Value& key, Value& value, int64_t& hash);
void dict_clear(Dict* dict);
// dict.update(other) for a dict, a mapping (keys()) or an iterable of pairs.
void dict_update(Dict* dict, Value other);
// Merges a dict or a mapping (an object with keys()); existing keys are
// replaced only when `override_existing`.
void dict_merge(Dict* dict, Value other, bool override_existing);
Dict* dict_copy(Dict* dict);
bool is_dict(Value v);  // dict or a subclass
inline bool is_exact_dict(Value v) { return v.is_object() && v.as_object()->type == &dict_type; }
// True for the dict_keys and dict_items views (the set-like ones).
bool is_dict_set_view(Value v);

void init_dict_type();

}  // namespace krait
