// range: start, stop, step and length as ints of any size, with int64 fast
// paths for iteration, indexing and containment.
#pragma once

#include "runtime/object.h"

namespace krait {

extern Type range_type;
extern Type range_iterator_type;
extern Type longrange_iterator_type;

struct Range : Object {
  Value start;   // exact ints
  Value stop;
  Value step;    // never zero
  Value length;
};

// range(start, stop, step) for exact ints (ValueError for a zero step).
Range* make_range(Value start, Value stop, Value step);

void init_range_types();

}  // namespace krait
