// range, range_iterator (C-sized bounds) and longrange_iterator (any size).
#include "objects/range.h"

#include <string>

#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/interpreter.h"

namespace krait {

Type range_type;
Type range_iterator_type;
Type longrange_iterator_type;

namespace {

// `first` and `length` are kept for __reduce__ / __setstate__, which work
// with the index of the next item.
struct RangeIterator : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
  int64_t first;
  int64_t length;
};

struct LongRangeIterator : Object {
  Value next;
  Value step;
  Value remaining;
  Value first;
  Value length;
};

Value zero() { return Value::from_small_int(0); }
Value one() { return Value::from_small_int(1); }
Value add(Value a, Value b) { return binary_op(a, b, BinaryOp::Add); }
Value subtract(Value a, Value b) { return binary_op(a, b, BinaryOp::Subtract); }
Value multiply(Value a, Value b) { return binary_op(a, b, BinaryOp::Multiply); }
bool less(Value a, Value b) { return compare_bool(a, b, CompareOp::Lt); }
bool same_int(Value a, Value b) { return compare_bool(a, b, CompareOp::Eq); }

Value compute_length(Value start, Value stop, Value step) {
  int64_t lo, hi, by;
  if (int_to_int64(start, lo) && int_to_int64(stop, hi) && int_to_int64(step, by)) {
    __int128 low = lo, high = hi, stride = by;
    if (stride < 0) {
      std::swap(low, high);
      stride = -stride;
    }
    if (low >= high) return zero();
    __int128 count = (high - low - 1) / stride + 1;
    return make_int_from_unsigned(static_cast<uint64_t>(count));
  }
  Value low = start, high = stop, stride = step;
  if (int_sign(step) < 0) {
    std::swap(low, high);
    stride = unary_op(step, UnaryOp::Negative);
  }
  if (!less(low, high)) return zero();
  Value span = subtract(subtract(high, low), one());
  return add(binary_op(span, stride, BinaryOp::FloorDivide), one());
}

Range* range_of(Value v) { return v.as<Range>(); }

Value range_repr(Value self) {
  Range* range = range_of(self);
  std::string text = "range(" + int_to_decimal(range->start) + ", " + int_to_decimal(range->stop);
  if (!same_int(range->step, one())) text += ", " + int_to_decimal(range->step);
  text += ")";
  return str_value(text);
}

int64_t range_hash(Value self) {
  Range* range = range_of(self);
  Value fields[3] = {range->length, none(), none()};
  if (int_sign(range->length) != 0) {
    fields[1] = range->start;
    if (!same_int(range->length, one())) fields[2] = range->step;
  }
  return tuple_hash(fields, 3);
}

bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  if (!same_int(a->length, b->length)) return false;
  if (int_sign(a->length) == 0) return true;
  if (!same_int(a->start, b->start)) return false;
  if (same_int(a->length, one())) return true;
  return same_int(a->step, b->step);
}

Value range_richcompare(Value self, Value other, CompareOp op) {
  if (type_of(other) != &range_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return not_implemented();
  }
  bool equal = range_equal(range_of(self), range_of(other));
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t range_len(Value self) {
  int64_t length;
  if (!int_to_int64(range_of(self)->length, length)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return length;
}

bool range_bool(Value self) { return int_sign(range_of(self)->length) != 0; }

// `value` (an int) is one of the range's items.
bool contains_int(Range* range, Value value) {
  int64_t start, stop, step, v;
  if (int_to_int64(range->start, start) && int_to_int64(range->stop, stop) &&
      int_to_int64(range->step, step) && int_to_int64(value, v)) {
    if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
    __int128 offset = static_cast<__int128>(v) - start;
    return offset % step == 0;
  }
  if (int_sign(range->step) > 0) {
    if (less(value, range->start) || !less(value, range->stop)) return false;
  } else {
    if (less(range->start, value) || !less(range->stop, value)) return false;
  }
  Value offset = subtract(value, range->start);
  return int_sign(binary_op(offset, range->step, BinaryOp::Remainder)) == 0;
}

bool is_plain_int(Value v) { return is_exact_int(v) || type_of(v) == &bool_type; }

bool range_contains(Value self, Value item) {
  if (is_plain_int(item)) return contains_int(range_of(self), int_exact(item));
  Value iterator = get_iter(self);
  for (Value value = iter_next(iterator); !value.is_null(); value = iter_next(iterator)) {
    if (equals(value, item)) return true;
  }
  return false;
}

Value range_getitem(Value self, Value key) {
  Range* range = range_of(self);
  if (is_slice(key)) {
    Value start, stop, step;
    slice_long_indices(key.as<Slice>(), range->length, &start, &stop, &step);
    Value new_start = add(range->start, multiply(start, range->step));
    Value new_stop = add(range->start, multiply(stop, range->step));
    Value new_step = multiply(step, range->step);
    return Value::from_object(make_range(new_start, new_stop, new_step));
  }
  if (!key.is_small_int() && !type_of(key)->index) {
    throw_type_error("range indices must be integers or slices, not " + type_name(key));
  }
  Value index = index_value(key);
  if (int_sign(index) < 0) index = add(index, range->length);
  if (int_sign(index) < 0 || !less(index, range->length)) {
    throw_index_error("range object index out of range");
  }
  return add(range->start, multiply(index, range->step));
}

// An iterator over `count` items from `first` by `step`, C-sized when all fits.
Value make_range_iterator(Value first, Value step, Value count) {
  int64_t from, by, remaining;
  if (int_to_int64(first, from) && int_to_int64(step, by) && int_to_int64(count, remaining)) {
    __int128 end = static_cast<__int128>(from) + static_cast<__int128>(by) * remaining;
    if (end >= INT64_MIN && end <= INT64_MAX) {
      RangeIterator* iterator =
          static_cast<RangeIterator*>(allocate_instance(&range_iterator_type));
      iterator->next = from;
      iterator->step = by;
      iterator->remaining = remaining;
      iterator->first = from;
      iterator->length = remaining;
      return Value::from_object(iterator);
    }
  }
  LongRangeIterator* iterator =
      static_cast<LongRangeIterator*>(allocate_instance(&longrange_iterator_type));
  iterator->next = first;
  iterator->step = step;
  iterator->remaining = count;
  iterator->first = first;
  iterator->length = count;
  return Value::from_object(iterator);
}

Value range_iter(Value self) {
  Range* range = range_of(self);
  return make_range_iterator(range->start, range->step, range->length);
}

Value range_iterator_next(Value self) {
  RangeIterator* iterator = self.as<RangeIterator>();
  if (iterator->remaining <= 0) return Value::null();
  // A native loop over a range (sum(range(n))) makes no backward jumps: it
  // answers to interrupts and the instruction budget here, now and then.
  if ((iterator->remaining & 1023) == 0) check_interrupts_and_budget(thread_state());
  int64_t value = iterator->next;
  iterator->next = value + iterator->step;
  iterator->remaining--;
  return make_int(value);
}

Value longrange_iterator_next(Value self) {
  LongRangeIterator* iterator = self.as<LongRangeIterator>();
  if (int_sign(iterator->remaining) <= 0) return Value::null();
  check_interrupts_and_budget(thread_state());
  Value value = iterator->next;
  iterator->next = add(value, iterator->step);
  iterator->remaining = subtract(iterator->remaining, one());
  return value;
}

Value iterator_self(Value self) { return self; }

Value range_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("range_iterator.__length_hint__", nargs, kwnames, 0, 0);
  return make_int(self.as<RangeIterator>()->remaining);
}

Value longrange_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("longrange_iterator.__length_hint__", nargs, kwnames, 0, 0);
  return self.as<LongRangeIterator>()->remaining;
}

// (iter, (range(first, first + length * step, step),), index), as CPython.
Value range_iterator_state(Value first, Value step, Value length, Value index) {
  Value stop = add(first, multiply(length, step));
  Value range = Value::from_object(make_range(first, stop, step));
  return iterator_reduce("iter", range, index);
}

Value range_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("range_iterator.__reduce__", nargs, kwnames, 0, 0);
  RangeIterator* iterator = self.as<RangeIterator>();
  return range_iterator_state(make_int(iterator->first), make_int(iterator->step),
                              make_int(iterator->length),
                              make_int(iterator->length - iterator->remaining));
}

Value range_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("range_iterator.__setstate__", nargs, kwnames, 1, 1);
  RangeIterator* iterator = self.as<RangeIterator>();
  int64_t index;
  if (!int_to_int64(index_value(args[0]), index)) {
    throw_overflow_error("Python int too large to convert to C long");
  }
  index = index < 0 ? 0 : index > iterator->length ? iterator->length : index;
  iterator->remaining = iterator->length - index;
  iterator->next = iterator->first + index * iterator->step;
  return none();
}

Value longrange_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("longrange_iterator.__reduce__", nargs, kwnames, 0, 0);
  LongRangeIterator* iterator = self.as<LongRangeIterator>();
  return range_iterator_state(iterator->first, iterator->step, iterator->length,
                              subtract(iterator->length, iterator->remaining));
}

Value longrange_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("longrange_iterator.__setstate__", nargs, kwnames, 1, 1);
  LongRangeIterator* iterator = self.as<LongRangeIterator>();
  Value index = index_value(args[0]);
  if (int_sign(index) < 0) index = zero();
  if (less(iterator->length, index)) index = iterator->length;
  iterator->remaining = subtract(iterator->length, index);
  iterator->next = add(iterator->first, multiply(index, iterator->step));
  return none();
}

Value range_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("range", nargs, kwnames, 1, 3);
  if (nargs == 1) return Value::from_object(make_range(zero(), index_value(args[0]), one()));
  Value start = index_value(args[0]);
  Value stop = index_value(args[1]);
  Value step = nargs == 3 ? index_value(args[2]) : one();
  return Value::from_object(make_range(start, stop, step));
}

Value range_method_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("range.__reversed__", nargs, kwnames, 0, 0);
  Range* range = range_of(self);
  Value last = add(range->start, multiply(subtract(range->length, one()), range->step));
  return make_range_iterator(last, unary_op(range->step, UnaryOp::Negative), range->length);
}

Value range_method_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("range.count", nargs, kwnames, 1, 1);
  if (is_plain_int(args[0])) return make_int(contains_int(range_of(self), int_exact(args[0])));
  int64_t count = 0;
  Value iterator = get_iter(self);
  for (Value value = iter_next(iterator); !value.is_null(); value = iter_next(iterator)) {
    if (equals(value, args[0])) ++count;
  }
  return make_int(count);
}

Value range_method_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("range.index", nargs, kwnames, 1, 1);
  Range* range = range_of(self);
  if (is_plain_int(args[0])) {
    Value value = int_exact(args[0]);
    if (!contains_int(range, value)) throw_value_error(repr_string(args[0]) + " is not in range");
    return binary_op(subtract(value, range->start), range->step, BinaryOp::FloorDivide);
  }
  int64_t index = 0;
  Value iterator = get_iter(self);
  for (Value value = iter_next(iterator); !value.is_null(); value = iter_next(iterator), ++index) {
    if (equals(value, args[0])) return make_int(index);
  }
  throw_value_error("sequence.index(x): x not in sequence");
}

Value range_method_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("range.__reduce__", nargs, kwnames, 0, 0);
  Range* range = range_of(self);
  Value fields = Value::from_object(make_tuple({range->start, range->stop, range->step}));
  return Value::from_object(make_tuple({Value::from_object(&range_type), fields}));
}

Value range_get_start(Value self) { return range_of(self)->start; }
Value range_get_stop(Value self) { return range_of(self)->stop; }
Value range_get_step(Value self) { return range_of(self)->step; }

}  // namespace

Range* make_range(Value start, Value stop, Value step) {
  if (int_sign(step) == 0) throw_value_error("range() arg 3 must not be zero");
  Range* range = static_cast<Range*>(allocate_instance(&range_type));
  range->start = start;
  range->stop = stop;
  range->step = step;
  range->length = compute_length(start, stop, step);
  return range;
}

void init_range_types() {
  range_type.repr = range_repr;
  range_type.hash = range_hash;
  range_type.richcompare = range_richcompare;
  range_type.len = range_len;
  range_type.boolean = range_bool;
  range_type.contains = range_contains;
  range_type.getitem = range_getitem;
  range_type.iter = range_iter;
  range_type.new_instance = range_new;
  init_static_type(&range_type, "range", nullptr, sizeof(Range), kTypeImmutable | kTypeSequence);
  set_type_doc(&range_type,
               "range(stop) -> range object\n"
               "range(start, stop[, step]) -> range object\n\n"
               "Return an object that produces a sequence of integers from start (inclusive)\n"
               "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
               "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
               "These are exactly the valid indices for a list of 4 elements.\n"
               "When step is given, it specifies the increment (or decrement).");
  add_methods(&range_type, {
      {"__reversed__", range_method_reversed},
      {"__reduce__", range_method_reduce},
      {"count", range_method_count},
      {"index", range_method_index},
  });
  add_getsets(&range_type, {
      {"start", range_get_start, readonly_member_set},
      {"stop", range_get_stop, readonly_member_set},
      {"step", range_get_step, readonly_member_set},
  });

  range_iterator_type.iter = iterator_self;
  range_iterator_type.next = range_iterator_next;
  init_static_type(&range_iterator_type, "range_iterator", nullptr, sizeof(RangeIterator),
                   kTypeImmutable);
  disallow_instantiation(&range_iterator_type);
  add_methods(&range_iterator_type, {
      {"__length_hint__", range_iterator_length_hint},
      {"__reduce__", range_iterator_reduce},
      {"__setstate__", range_iterator_setstate},
  });
  longrange_iterator_type.iter = iterator_self;
  longrange_iterator_type.next = longrange_iterator_next;
  init_static_type(&longrange_iterator_type, "longrange_iterator", nullptr,
                   sizeof(LongRangeIterator), kTypeImmutable);
  disallow_instantiation(&longrange_iterator_type);
  add_methods(&longrange_iterator_type, {
      {"__length_hint__", longrange_iterator_length_hint},
      {"__reduce__", longrange_iterator_reduce},
      {"__setstate__", longrange_iterator_setstate},
  });
}

}  // namespace krait
