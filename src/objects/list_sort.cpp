// list.sort: timsort (natural runs extended by binary insertion to a minimum
// run length, merged under the classic run-stack invariants). Stable, and
// exception-safe: whatever a key function or a comparison raises, the list
// ends up holding a permutation of its items.
#include <algorithm>

#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

struct SortItem {
  Value key;
  Value value;
};

struct Run {
  size_t start;
  size_t length;
};

class TimSort {
 public:
  explicit TimSort(gc::vector<SortItem>& items) : items_(items) {}

  void sort() {
    size_t size = items_.size();
    if (size < 2) return;
    size_t min_run = compute_min_run(size);
    size_t low = 0;
    while (low < size) {
      size_t run = count_run(low, size);
      if (run < min_run) {
        size_t forced = std::min(min_run, size - low);
        binary_insertion_sort(low, low + forced, low + run);
        run = forced;
      }
      runs_.push_back({low, run});
      merge_collapse();
      low += run;
    }
    while (runs_.size() > 1) {
      size_t n = runs_.size() - 2;
      if (n > 0 && runs_[n - 1].length < runs_[n + 1].length) --n;
      merge_at(n);
    }
  }

 private:
  bool less(const SortItem& a, const SortItem& b) {
    return compare_bool(a.key, b.key, CompareOp::Lt);
  }

  static size_t compute_min_run(size_t n) {
    size_t extra = 0;
    while (n >= 64) {
      extra |= n & 1;
      n >>= 1;
    }
    return n + extra;
  }

  // The length of the run at `low`; a strictly descending run is reversed
  // in place (strictness keeps the sort stable).
  size_t count_run(size_t low, size_t high) {
    size_t next = low + 1;
    if (next == high) return 1;
    if (less(items_[next], items_[low])) {
      for (++next; next < high && less(items_[next], items_[next - 1]);) ++next;
      std::reverse(items_.begin() + static_cast<std::ptrdiff_t>(low),
                   items_.begin() + static_cast<std::ptrdiff_t>(next));
    } else {
      for (++next; next < high && !less(items_[next], items_[next - 1]);) ++next;
    }
    return next - low;
  }

  // Sorts [low, high) whose prefix [low, sorted) is already sorted. Each
  // item's place is found by comparisons alone before anything moves.
  void binary_insertion_sort(size_t low, size_t high, size_t sorted) {
    for (size_t i = sorted; i < high; ++i) {
      SortItem pivot = items_[i];
      size_t left = low;
      size_t right = i;
      while (left < right) {
        size_t middle = left + (right - left) / 2;
        if (less(pivot, items_[middle])) {
          right = middle;
        } else {
          left = middle + 1;
        }
      }
      for (size_t j = i; j > left; --j) items_[j] = items_[j - 1];
      items_[left] = pivot;
    }
  }

  void merge_collapse() {
    while (runs_.size() > 1) {
      size_t n = runs_.size() - 2;
      if ((n > 0 && runs_[n - 1].length <= runs_[n].length + runs_[n + 1].length) ||
          (n > 1 && runs_[n - 2].length <= runs_[n - 1].length + runs_[n].length)) {
        if (runs_[n - 1].length < runs_[n + 1].length) --n;
        merge_at(n);
      } else if (runs_[n].length <= runs_[n + 1].length) {
        merge_at(n);
      } else {
        break;
      }
    }
  }

  // Merges runs n and n + 1. The left run moves to a buffer; if a
  // comparison raises, the buffer's rest fills the gap it left.
  void merge_at(size_t n) {
    Run& left = runs_[n];
    Run& right = runs_[n + 1];
    size_t low = left.start;
    size_t middle = right.start;
    size_t high = right.start + right.length;
    buffer_.assign(items_.begin() + static_cast<std::ptrdiff_t>(low),
                   items_.begin() + static_cast<std::ptrdiff_t>(middle));
    size_t from_buffer = 0;
    size_t from_right = middle;
    size_t dest = low;
    try {
      while (from_buffer < buffer_.size() && from_right < high) {
        if (less(items_[from_right], buffer_[from_buffer])) {
          items_[dest++] = items_[from_right++];
        } else {
          items_[dest++] = buffer_[from_buffer++];
        }
      }
    } catch (PyException&) {
      std::copy(buffer_.begin() + static_cast<std::ptrdiff_t>(from_buffer), buffer_.end(),
                items_.begin() + static_cast<std::ptrdiff_t>(dest));
      throw;
    }
    std::copy(buffer_.begin() + static_cast<std::ptrdiff_t>(from_buffer), buffer_.end(),
              items_.begin() + static_cast<std::ptrdiff_t>(dest));
    left.length += right.length;
    runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(n) + 1);
  }

  gc::vector<SortItem>& items_;
  gc::vector<SortItem> buffer_;
  std::vector<Run> runs_;
};

// While sorting, the list shows as empty with this (never written) storage:
// any mutation replaces it, which is how a modification is detected.
Value sorting_marker[1];

}  // namespace

void list_sort(List* list, Value key, bool reverse) {
  size_t size = list->size;
  size_t capacity = list->capacity;
  Value* saved = list->items;
  list->items = sorting_marker;
  list->size = 0;
  list->capacity = 0;

  gc::vector<SortItem> items;
  items.reserve(size);
  bool has_key = !key.is_null() && !is_none(key);
  auto restore = [&]() {
    for (size_t i = 0; i < items.size(); ++i) saved[i] = items[i].value;
    bool modified = list->items != sorting_marker || list->size != 0;
    list->items = saved;
    list->size = size;
    list->capacity = capacity;
    return modified;
  };
  try {
    for (size_t i = 0; i < size; ++i) {
      Value value = saved[i];
      items.push_back({has_key ? call(key, {value}) : value, value});
    }
    // Reversing before and after keeps equal items in their original order.
    if (reverse) std::reverse(items.begin(), items.end());
    TimSort(items).sort();
    if (reverse) std::reverse(items.begin(), items.end());
  } catch (PyException&) {
    restore();
    throw;
  }
  if (restore()) throw_value_error("list modified during sort");
}

}  // namespace krait
