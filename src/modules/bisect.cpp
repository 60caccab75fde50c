// The `_bisect` module (CPython's Modules/_bisectmodule.c): binary search and
// insertion in a sorted sequence, with the optional key function.
#include "modules/bisect.h"

#include <cstdint>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

struct BisectArguments {
  Value sequence;
  Value item;
  int64_t lo;
  int64_t hi;
  Value key;  // None: the items themselves
};

BisectArguments parse(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5] = {Value::null(), Value::null(), Value::null(), Value::null(), Value::null()};
  bind_arguments({name, {"a", "x", "lo", "hi", "key"}, 2, 0, 4}, args, nargs, kwnames, bound);
  BisectArguments parsed{bound[0], bound[1], 0, -1, none()};
  if (!bound[2].is_null()) parsed.lo = ssize_argument(bound[2]);
  if (!bound[3].is_null() && !is_none(bound[3])) parsed.hi = ssize_argument(bound[3]);
  if (!bound[4].is_null()) parsed.key = bound[4];
  if (parsed.lo < 0) throw_value_error("lo must be non-negative");
  if (parsed.hi == -1) parsed.hi = length(parsed.sequence);
  return parsed;
}

// The insertion point of `x` (already passed through the key for insort).
int64_t search(const BisectArguments& a, Value x, bool right) {
  int64_t lo = a.lo;
  int64_t hi = a.hi;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    Value item = getitem(a.sequence, make_int(mid));
    if (!is_none(a.key)) item = call(a.key, {item});
    bool go_left = right ? compare_bool(x, item, CompareOp::Lt)
                         : !compare_bool(item, x, CompareOp::Lt);
    if (go_left) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

Value bisect_left(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  BisectArguments a = parse("bisect_left", args, nargs, kwnames);
  return make_int(search(a, a.item, false));
}

Value bisect_right(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  BisectArguments a = parse("bisect_right", args, nargs, kwnames);
  return make_int(search(a, a.item, true));
}

Value insort(const char* name, const Value* args, size_t nargs, Tuple* kwnames, bool right) {
  BisectArguments a = parse(name, args, nargs, kwnames);
  Value x = is_none(a.key) ? a.item : call(a.key, {a.item});
  int64_t index = search(a, x, right);
  call_method(a.sequence, intern("insert"), {make_int(index), a.item});
  return none();
}

Value insort_left(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return insort("insort_left", args, nargs, kwnames, false);
}

Value insort_right(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return insort("insort_right", args, nargs, kwnames, true);
}

}  // namespace

Module* create_bisect_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_bisect"));
  add_functions(module, {
      {"bisect_right", bisect_right, kMethodInstance,
       "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
       "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
       "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
       "insert just after the rightmost x already there.\n\n"
       "Optional args lo (default 0) and hi (default len(a)) bound the\n"
       "slice of a to be searched."},
      {"insort_right", insort_right, kMethodInstance,
       "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
       "If x is already in a, insert it to the right of the rightmost x.\n\n"
       "Optional args lo (default 0) and hi (default len(a)) bound the\n"
       "slice of a to be searched."},
      {"bisect_left", bisect_left, kMethodInstance,
       "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
       "The return value i is such that all e in a[:i] have e < x, and all e in\n"
       "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
       "insert just before the leftmost x already there.\n\n"
       "Optional args lo (default 0) and hi (default len(a)) bound the\n"
       "slice of a to be searched."},
      {"insort_left", insort_left, kMethodInstance,
       "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
       "If x is already in a, insert it to the left of the leftmost x.\n\n"
       "Optional args lo (default 0) and hi (default len(a)) bound the\n"
       "slice of a to be searched."},
  });
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Bisection algorithms.\n\nThis module provides support for maintaining "
                         "a list in sorted order without\nhaving to sort the list after each "
                         "insertion. For long lists of items with\nexpensive comparison "
                         "operations, this can be an improvement over the more common\napproach.\n"));
  return module;
}

}  // namespace krait
