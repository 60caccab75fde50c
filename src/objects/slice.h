// slice objects and the index arithmetic every sequence type shares
// (CPython's PySlice_Unpack / PySlice_AdjustIndices and subscript indices).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait {

extern Type slice_type;

struct Slice : Object {
  Value start;
  Value stop;
  Value step;
};

Slice* make_slice(Value start, Value stop, Value step);
inline bool is_slice(Value v) { return v.is_object() && v.as_object()->type == &slice_type; }

// Reads a slice's fields as clamped Py_ssize_t values (None gives the
// extremes for the step's direction). ValueError "slice step cannot be zero";
// TypeError for fields without __index__.
void slice_unpack(Slice* slice, int64_t* start, int64_t* stop, int64_t* step);
// Clips start/stop to a sequence of `length` items and answers the number of
// items the slice selects.
int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step);

// The clamped start, stop and step of `slice` over `length` (a non-negative
// int) items, as ints of any size (CPython's _PySlice_GetLongIndices).
void slice_long_indices(Slice* slice, Value length, Value* start, Value* stop, Value* step);

// A subscript that is an index: false when `key` has no __index__ (the caller
// raises its own "indices must be integers or slices" TypeError); an int too
// large for Py_ssize_t raises IndexError "cannot fit 'int' into an
// index-sized integer", as CPython's sequence subscripts do.
bool subscript_index(Value key, int64_t* out);

// The start/stop arguments of index(): an __index__ value clamped to
// Py_ssize_t (TypeError "slice indices must be integers or have an __index__
// method"), then made relative to a sequence of `length` items.
int64_t search_bound(Value v, int64_t length);

void init_slice_type();

}  // namespace krait
