// "Did you mean" suggestions for AttributeError and NameError, as CPython
// 3.11's _Py_Offer_Suggestions computes them when it prints a traceback.
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct List;

// The suggestion for `exception` (a str), or null when there is none: only an
// exact AttributeError (from dir() of its .obj) or an exact NameError (from
// the names of the frame of its last traceback entry: fast locals, then
// globals, then builtins) gets one. Never raises.
Value offer_suggestions(Value exception);

// The closest of `candidates` (a list of str) to `name`, or null: CPython's
// calculate_suggestions (at most 750 candidates, a weighted Levenshtein
// distance within a third of the characters involved).
Value closest_name(List* candidates, std::string_view name);

// CPython's weighted Levenshtein distance (a case flip costs 1, any other
// edit 2), answering `max_cost + 1` once the distance is known to exceed it.
size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost);

}  // namespace krait
