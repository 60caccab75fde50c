// slice: the object and the index arithmetic of every sequence subscript.
#include "objects/slice.h"

#include <string>

#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type slice_type;

namespace {

constexpr int64_t kSsizeMax = INT64_MAX;
constexpr int64_t kSsizeMin = INT64_MIN;

bool has_index(Value v) { return v.is_small_int() || type_of(v)->index; }

// _PyEval_SliceIndex: None leaves `out` alone; an int is clamped to Py_ssize_t.
void slice_field(Value v, int64_t* out) {
  if (is_none(v)) return;
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return;
  }
  if (!has_index(v)) {
    throw_type_error("slice indices must be integers or None or have an __index__ method");
  }
  *out = index_as_ssize_clamped(v);
}

Value slice_repr(Value self) {
  Slice* slice = self.as<Slice>();
  std::string text = "slice(";
  text += repr(slice->start)->view();
  text += ", ";
  text += repr(slice->stop)->view();
  text += ", ";
  text += repr(slice->step)->view();
  text += ")";
  return str_value(text);
}

Value slice_richcompare(Value self, Value other, CompareOp op) {
  if (!is_slice(other)) return not_implemented();
  if (self.is(other) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return make_bool(op == CompareOp::Eq);
  }
  Slice* a = self.as<Slice>();
  Slice* b = other.as<Slice>();
  Value left = Value::from_object(make_tuple({a->start, a->stop, a->step}));
  Value right = Value::from_object(make_tuple({b->start, b->stop, b->step}));
  return compare(left, right, op);
}

Value slice_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("slice", nargs, kwnames, 1, 3);
  if (nargs == 1) return Value::from_object(make_slice(none(), args[0], none()));
  return Value::from_object(make_slice(args[0], args[1], nargs == 3 ? args[2] : none()));
}

Value slice_indices(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("slice.indices", nargs, kwnames, 1, 1);
  Value length = index_value(args[0]);
  if (int_sign(length) < 0) throw_value_error("length should not be negative");
  Value start, stop, step;
  slice_long_indices(self.as<Slice>(), length, &start, &stop, &step);
  return Value::from_object(make_tuple({start, stop, step}));
}

Value slice_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Slice* slice = self.as<Slice>();
  Value fields = Value::from_object(make_tuple({slice->start, slice->stop, slice->step}));
  return Value::from_object(make_tuple({Value::from_object(&slice_type), fields}));
}

Value slice_get_start(Value self) { return self.as<Slice>()->start; }
Value slice_get_stop(Value self) { return self.as<Slice>()->stop; }
Value slice_get_step(Value self) { return self.as<Slice>()->step; }

}  // namespace

Slice* make_slice(Value start, Value stop, Value step) {
  Slice* slice = static_cast<Slice*>(allocate_instance(&slice_type));
  slice->start = start;
  slice->stop = stop;
  slice->step = step;
  return slice;
}

void slice_unpack(Slice* slice, int64_t* start, int64_t* stop, int64_t* step) {
  *step = 1;
  slice_field(slice->step, step);
  if (!is_none(slice->step) && *step == 0) throw_value_error("slice step cannot be zero");
  // -step must not overflow when the step is reversed.
  if (*step < -kSsizeMax) *step = -kSsizeMax;
  *start = *step < 0 ? kSsizeMax : 0;
  slice_field(slice->start, start);
  *stop = *step < 0 ? kSsizeMin : kSsizeMax;
  slice_field(slice->stop, stop);
}

int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

void slice_long_indices(Slice* slice, Value length, Value* start, Value* stop, Value* step) {
  auto index_field = [](Value v) {
    if (!has_index(v)) {
      throw_type_error("slice indices must be integers or None or have an __index__ method");
    }
    return index_value(v);
  };
  auto add = [](Value a, Value b) { return binary_op(a, b, BinaryOp::Add); };
  auto less = [](Value a, Value b) { return compare_bool(a, b, CompareOp::Lt); };
  *step = is_none(slice->step) ? Value::from_small_int(1) : index_field(slice->step);
  if (int_sign(*step) == 0) throw_value_error("slice step cannot be zero");
  bool backwards = int_sign(*step) < 0;
  Value lower = backwards ? Value::from_small_int(-1) : Value::from_small_int(0);
  Value upper = backwards ? add(length, lower) : length;
  auto bound = [&](Value field, Value fallback) {
    if (is_none(field)) return fallback;
    Value at = index_field(field);
    if (int_sign(at) < 0) {
      at = add(at, length);
      if (less(at, lower)) at = lower;
    } else if (less(upper, at)) {
      at = upper;
    }
    return at;
  };
  *start = bound(slice->start, backwards ? upper : lower);
  *stop = bound(slice->stop, backwards ? lower : upper);
}

bool subscript_index(Value key, int64_t* out) {
  if (key.is_small_int()) {
    *out = key.as_small_int();
    return true;
  }
  if (!type_of(key)->index) return false;
  if (!int_to_int64(index_value(key), *out)) {
    raise(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
  }
  return true;
}

int64_t search_bound(Value v, int64_t length) {
  int64_t bound;
  if (v.is_small_int()) {
    bound = v.as_small_int();
  } else if (has_index(v)) {
    bound = index_as_ssize_clamped(v);
  } else {
    throw_type_error("slice indices must be integers or have an __index__ method");
  }
  if (bound < 0) {
    bound += length;
    if (bound < 0) bound = 0;
  }
  return bound;
}

void init_slice_type() {
  slice_type.repr = slice_repr;
  slice_type.richcompare = slice_richcompare;
  slice_type.new_instance = slice_new;
  init_static_type(&slice_type, "slice", nullptr, sizeof(Slice), kTypeImmutable);
  make_unhashable(&slice_type);
  set_type_doc(&slice_type,
               "slice(stop)\n"
               "slice(start, stop[, step])\n\n"
               "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).");
  add_methods(&slice_type, {
      {"indices", slice_indices, kMethodInstance,
       "S.indices(len) -> (start, stop, stride)\n\n"
       "Assuming a sequence of length len, calculate the start and stop\n"
       "indices, and the stride length of the extended slice described by\n"
       "S. Out of bounds indices are clipped in a manner consistent with the\n"
       "handling of normal slices."},
      {"__reduce__", slice_reduce},
  });
  add_getsets(&slice_type, {
      {"start", slice_get_start, readonly_member_set},
      {"stop", slice_get_stop, readonly_member_set},
      {"step", slice_get_step, readonly_member_set},
  });
}

}  // namespace krait
