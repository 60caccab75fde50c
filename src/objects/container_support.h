// Helpers shared by the container types (tuple, list, dict, set, range,
// slice, the iterators): recursion-safe reprs and argument checks.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/tuple.h"
#include "runtime/object.h"

namespace krait {

// Marks a container whose repr is being built, so that a container reached
// again inside its own repr prints as `[...]` / `{...}`, as CPython's
// Py_ReprEnter. The in-progress list is a static gc::vector (a root).
class ReprGuard {
 public:
  explicit ReprGuard(Object* object);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  // True when `object` was already being printed further up.
  bool recursive() const { return !entered_; }

 private:
  Object* object_;
  bool entered_;
};

// Makes a native type unhashable as CPython does (`__hash__ = None`): the
// hash slot is cleared after init_static_type inherited object's.
void make_unhashable(Type* type);

// For a native type CPython gives no tp_new: calling it raises "cannot
// create 'T' instances" (Py_TPFLAGS_DISALLOW_INSTANTIATION) instead of
// inheriting object's constructor. Call after init_static_type.
inline void disallow_instantiation(Type* type) { type->new_instance = nullptr; }

// The setter of a field CPython exposes as a read-only member (range.start,
// slice.stop, property.fget …): AttributeError "readonly attribute".
void readonly_member_set(Value self, Value value);

// reject_keywords + check_positional in one call.
void check_arguments(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max);

// A Py_ssize_t argument converted as CPython's argument clinic does: any
// __index__ object; OverflowError "Python int too large to convert to C
// ssize_t" when it does not fit.
int64_t ssize_argument(Value v);

// The builtins module's attribute `name` (e.g. "iter" for an iterator's
// __reduce__, as CPython's _PyEval_GetBuiltin).
Value builtin_named(const char* name);

// An iterator's __reduce__: (builtins.<factory>, (source,)) and the state as
// third item unless it is null.
Value iterator_reduce(const char* factory, Value source, Value state);

// The argument of an index-keeping iterator's __setstate__: an int (no
// __index__), as CPython's PyLong_AsSsize_t, clamped to [low, high].
int64_t iterator_state_index(Value state, int64_t low, int64_t high);

// As check_arguments for a method whose keyword error names its owner
// ("dict.pop() takes no keyword arguments") but whose count error does not
// ("pop expected at least 1 argument, got 0"), as CPython's argument clinic.
void check_method_arguments(const char* qualified_name, size_t nargs, Tuple* kwnames, size_t min,
                            size_t max);

// The number of keyword arguments of a vectorcall.
inline size_t keyword_count(const Tuple* kwnames) { return kwnames ? kwnames->size : 0; }

}  // namespace krait
