// list: a growable array of values in scanned GC memory.
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace krait {

extern Type list_type;
extern Type list_iterator_type;
extern Type list_reverseiterator_type;

struct List : Object {
  size_t size;
  size_t capacity;
  Value* items;
};

List* make_list(size_t size = 0);  // `size` null items for the caller to fill
List* make_list(const Value* items, size_t size);
// list(iterable): always a new list.
List* list_from_iterable(Value iterable);
void list_append(List* list, Value item);
// list.extend(iterable)
void list_extend(List* list, Value iterable);
// list.sort(key=key, reverse=reverse); `key` null or None for no key.
// Stable (timsort); ValueError "list modified during sort" if the key or a
// comparison changed the list.
void list_sort(List* list, Value key, bool reverse);
bool is_list(Value v);  // list or a subclass
inline bool is_exact_list(Value v) { return v.is_object() && v.as_object()->type == &list_type; }

void init_list_type();

}  // namespace krait
