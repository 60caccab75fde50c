// tuple: the items inline after the header.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "runtime/object.h"

namespace krait {

extern Type tuple_type;
extern Type tuple_iterator_type;

struct Tuple : Object {
  size_t size;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value& operator[](size_t i) { return items()[i]; }
};

// A new tuple of `size` items, all null: the caller fills every one before the
// tuple escapes. Size 0 answers the shared empty tuple.
Tuple* make_tuple(size_t size);
Tuple* make_tuple(std::initializer_list<Value> items);
Tuple* make_tuple(const Value* items, size_t size);
// tuple(iterable): the same object for an exact tuple.
Tuple* tuple_from_iterable(Value iterable);
bool is_tuple(Value v);  // tuple or a subclass
inline bool is_exact_tuple(Value v) { return v.is_object() && v.as_object()->type == &tuple_type; }

// hash() of a tuple holding `items`: CPython 3.11's xxHash-based combination.
int64_t tuple_hash(const Value* items, size_t size);

void init_tuple_type();

}  // namespace krait
