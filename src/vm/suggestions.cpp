// CPython 3.11's suggestion search (Python/suggestions.c), reimplemented: the
// same limits, cost weights and tie-breaking (the first candidate at the
// smallest distance wins), so the same names are suggested.
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/traceback.h"

namespace krait {

namespace {

constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

// Bytes are compared as CPython's `char`s, so non-ASCII bytes behave the same.
size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// The candidates' names in `dict` (its keys, in insertion order).
List* dict_key_list(Dict* dict) {
  List* keys = make_list();
  size_t pos = 0;
  Value key;
  Value value;
  while (dict_next(dict, pos, key, value)) list_append(keys, key);
  return keys;
}

Value attribute_error_suggestion(Value exception) {
  Value name = lookup_attr(exception, names.name);
  Value obj = lookup_attr(exception, names.obj);
  if (name.is_null() || obj.is_null() || !is_exact_str(name)) return Value::null();
  Module* builtins = find_builtin_module(names.builtins);
  if (!builtins) return Value::null();
  Value dir = dict_get_str(builtins->dict, intern("dir"));
  if (dir.is_null()) return Value::null();
  Value listing = call(dir, {obj});
  if (!is_list(listing)) return Value::null();
  return closest_name(listing.as<List>(), str_view(name));
}

Value name_error_suggestion(Value exception) {
  Value name = lookup_attr(exception, names.name);
  if (name.is_null() || !is_exact_str(name)) return Value::null();
  Value tb = exception.as<BaseExceptionObject>()->traceback;
  if (tb.is_null() || type_of(tb) != &traceback_type) return Value::null();
  for (;;) {
    Value next = tb.as<Traceback>()->next;
    if (next.is_null() || type_of(next) != &traceback_type) break;
    tb = next;
  }
  FrameObject* frame_object = tb.as<Traceback>()->frame;
  if (!frame_object || !frame_object->frame) return Value::null();
  Frame* frame = frame_object->frame;
  Code* code = frame->code;
  std::string_view wanted = str_view(name);

  // The fast locals (co_varnames), in slot order.
  List* varnames = make_list();
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    if (code->localsplus_kinds[i] & kFastLocal) {
      list_append(varnames, code->localsplus_names->items()[i]);
    }
  }
  Value suggestion = closest_name(varnames, wanted);
  if (!suggestion.is_null()) return suggestion;
  if (frame->globals) {
    suggestion = closest_name(dict_key_list(frame->globals), wanted);
    if (!suggestion.is_null()) return suggestion;
  }
  if (frame->builtins) return closest_name(dict_key_list(frame->builtins), wanted);
  return Value::null();
}

}  // namespace

size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost) {
  // Common prefixes and suffixes cost nothing.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

  // One row of the edit-distance matrix, updated in place: row[i] is the cost
  // of turning the current prefix of b into a[:i+1].
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t b_index = 0; b_index < b.size(); ++b_index) {
    char code = b[b_index];
    size_t diagonal = b_index * kMoveCost;
    result = diagonal;
    size_t minimum = SIZE_MAX;
    for (size_t index = 0; index < a.size(); ++index) {
      size_t substitute = diagonal + substitution_cost(code, a[index]);
      diagonal = row[index];
      size_t insert_delete = std::min(result, diagonal) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[index] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

Value closest_name(List* candidates, std::string_view name) {
  if (candidates->size >= kMaxCandidateItems) return Value::null();
  Value best = Value::null();
  size_t best_distance = SIZE_MAX;
  for (size_t i = 0; i < candidates->size; ++i) {
    Value item = candidates->items[i];
    // A non-str candidate ends the search, as CPython's failed UTF-8 conversion does.
    if (!is_str(item)) return Value::null();
    std::string_view text = str_view(item);
    if (text == name) continue;
    // No more than a third of the characters involved may change, and a
    // candidate must beat the best so far.
    size_t max_distance = (name.size() + text.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t distance = suggestion_distance(name, text, max_distance);
    if (distance > max_distance) continue;
    if (best.is_null() || distance < best_distance) {
      best = item;
      best_distance = distance;
    }
  }
  return best;
}

Value offer_suggestions(Value exception) {
  if (!exception.is_object()) return Value::null();
  Type* type = type_of(exception);
  try {
    if (type == &exc_AttributeError) return attribute_error_suggestion(exception);
    if (type == &exc_NameError) return name_error_suggestion(exception);
  } catch (const PyException&) {
    clear_current_exception();
  }
  return Value::null();
}

}  // namespace krait
