// The generic iterators and the iterator-producing builtins: the sequence
// iterator behind the __getitem__ fallback of iter(), callable_iterator for
// iter(f, sentinel), and the enumerate, zip, map, filter and reversed types.
// Each container's own iterator (list_iterator, dict_keyiterator …) lives with
// its container.
#pragma once

#include "runtime/object.h"

namespace krait {

extern Type sequence_iterator_type;  // "iterator"
extern Type callable_iterator_type;
extern Type enumerate_type;
extern Type zip_type;
extern Type map_type;
extern Type filter_type;
extern Type reversed_type;

// iter(seq) for an object with __getitem__ but no __iter__: calls
// seq[0], seq[1] … until IndexError or StopIteration.
Value make_sequence_iterator(Value sequence);
// iter(callable, sentinel).
Value make_callable_iterator(Value callable, Value sentinel);

void init_iterator_types();

}  // namespace krait
