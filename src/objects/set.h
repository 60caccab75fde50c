// set and frozenset: an open-addressing table with CPython's probing (a
// linear run of LINEAR_PROBES slots, then perturbation), fill factor and
// growth, so that iteration order (for ints in particular) is CPython's.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace krait {

extern Type set_type;
extern Type frozenset_type;
extern Type set_iterator_type;

// A slot is empty (key null, hash 0), active, or a dummy left by a deletion
// (key the dummy marker, hash -1).
struct SetEntry {
  Value key;
  int64_t hash;
};

struct Set : Object {
  SetEntry* table;  // mask + 1 slots
  size_t mask;
  size_t fill;      // active + dummy slots
  size_t used;      // active slots
  size_t finger;    // where pop() resumes its search
  int64_t hash;     // frozenset's cached hash, -1 until computed
};

// A new empty set / frozenset.
Set* make_set();
Set* make_frozenset();
// set(iterable) / frozenset(iterable).
Set* set_from_iterable(Value iterable);
Set* frozenset_from_iterable(Value iterable);

// True for set, frozenset and their subclasses.
bool is_any_set(Value v);
bool is_set(Value v);        // set or a subclass
bool is_frozenset(Value v);  // frozenset or a subclass
inline size_t set_size(const Set* set) { return set->used; }

// The element operations; a set used as a key is looked up as a frozenset
// in contains/discard, as CPython does.
void set_add(Set* set, Value key);
bool set_contains(Set* set, Value key);
bool set_discard(Set* set, Value key);
// Iteration in table order: start with pos = 0; false at the end.
bool set_next(Set* set, size_t& pos, Value& key);
// The same, also giving the stored hash.
bool set_next_hashed(Set* set, size_t& pos, Value& key, int64_t& hash);
// set.update(iterable) for one iterable.
void set_update(Set* set, Value iterable);
// set.difference_update / symmetric_difference_update for one operand.
void set_difference_update(Set* set, Value other);
void set_symmetric_difference_update(Set* set, Value other);
// set.intersection(other) for one operand: a new set of set's base kind.
Set* set_intersection(Set* set, Value other);

void init_set_types();

}  // namespace krait
