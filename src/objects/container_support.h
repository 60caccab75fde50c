// Helpers shared by the container types (tuple, list, dict, set, range,
// slice, the iterators): recursion-safe reprs and argument checks.
#pragma once

#include <cstddef>

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

// reject_keywords + check_positional in one call.
void check_arguments(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max);

// The number of keyword arguments of a vectorcall.
inline size_t keyword_count(const Tuple* kwnames) { return kwnames ? kwnames->size : 0; }

}  // namespace krait
