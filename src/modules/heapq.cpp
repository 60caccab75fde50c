// The `_heapq` module (CPython's Modules/_heapqmodule.c): the heap
// operations on a list, min-heaps and the private max-heap helpers.
#include "modules/heapq.h"

#include <cstdint>
#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

// a < b for the min-heap, b < a for the max-heap; the list must keep its size.
bool heap_less(List* heap, size_t size, Value a, Value b, bool max_heap) {
  bool less = max_heap ? compare_bool(b, a, CompareOp::Lt) : compare_bool(a, b, CompareOp::Lt);
  if (heap->size != size) throw_runtime_error("list changed size during iteration");
  return less;
}

// Moves the item at `pos` towards the root while it is smaller than its parent.
void sift_down(List* heap, size_t start, size_t pos, bool max_heap) {
  size_t size = heap->size;
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!heap_less(heap, size, heap->items[pos], heap->items[parent], max_heap)) break;
    std::swap(heap->items[pos], heap->items[parent]);
    pos = parent;
  }
}

// Moves the smaller child up until a leaf is reached, then sifts the item
// that was at `pos` back down into place (fewer comparisons on average).
void sift_up(List* heap, size_t pos, bool max_heap) {
  size_t end = heap->size;
  size_t start = pos;
  size_t limit = end >> 1;
  while (pos < limit) {
    size_t child = 2 * pos + 1;
    if (child + 1 < end &&
        !heap_less(heap, end, heap->items[child], heap->items[child + 1], max_heap)) {
      child++;
    }
    std::swap(heap->items[child], heap->items[pos]);
    pos = child;
  }
  sift_down(heap, start, pos, max_heap);
}

List* heap_argument(const char* function, Value v, bool sole) {
  if (!is_list(v)) {
    throw_type_error(format("%s() argument %smust be list, not %s", function, sole ? "" : "1 ",
                            type_name(v).c_str()));
  }
  return v.as<List>();
}

Value heappush(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("heappush", nargs, kwnames, 2, 2);
  List* heap = heap_argument("heappush", args[0], false);
  list_append(heap, args[1]);
  sift_down(heap, 0, heap->size - 1, false);
  return none();
}

Value pop_root(const char* function, const Value* args, size_t nargs, Tuple* kwnames,
               bool max_heap) {
  check_arguments(function, nargs, kwnames, 1, 1);
  List* heap = heap_argument(function + 7, args[0], true);
  if (heap->size == 0) throw_index_error("index out of range");
  Value last = heap->items[--heap->size];
  heap->items[heap->size] = Value::null();
  if (heap->size == 0) return last;
  Value result = heap->items[0];
  heap->items[0] = last;
  sift_up(heap, 0, max_heap);
  return result;
}

Value heappop(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return pop_root("_heapq.heappop", args, nargs, kwnames, false);
}

Value heappop_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return pop_root("_heapq._heappop_max", args, nargs, kwnames, true);
}

Value replace_root(const char* function, const Value* args, size_t nargs, Tuple* kwnames,
                   bool max_heap) {
  check_arguments(function, nargs, kwnames, 2, 2);
  List* heap = heap_argument(function, args[0], false);
  if (heap->size == 0) throw_index_error("index out of range");
  Value result = heap->items[0];
  heap->items[0] = args[1];
  sift_up(heap, 0, max_heap);
  return result;
}

Value heapreplace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return replace_root("heapreplace", args, nargs, kwnames, false);
}

Value heapreplace_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return replace_root("_heapreplace_max", args, nargs, kwnames, true);
}

Value heappushpop(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("heappushpop", nargs, kwnames, 2, 2);
  List* heap = heap_argument("heappushpop", args[0], false);
  Value item = args[1];
  if (heap->size == 0) return item;
  if (!compare_bool(heap->items[0], item, CompareOp::Lt)) return item;
  if (heap->size == 0) throw_index_error("index out of range");
  Value result = heap->items[0];
  heap->items[0] = item;
  sift_up(heap, 0, false);
  return result;
}

Value heapify_list(const char* function, const Value* args, size_t nargs, Tuple* kwnames,
                   bool max_heap) {
  check_arguments(function, nargs, kwnames, 1, 1);
  List* heap = heap_argument(function + 7, args[0], true);
  for (size_t i = heap->size / 2; i-- > 0;) sift_up(heap, i, max_heap);
  return none();
}

Value heapify(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return heapify_list("_heapq.heapify", args, nargs, kwnames, false);
}

Value heapify_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return heapify_list("_heapq._heapify_max", args, nargs, kwnames, true);
}

}  // namespace

Module* create_heapq_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_heapq"));
  add_functions(module, {
      {"heappush", heappush, kMethodInstance,
       "Push item onto heap, maintaining the heap invariant."},
      {"heappushpop", heappushpop, kMethodInstance,
       "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
       "The combined action runs more efficiently than heappush() followed by\n"
       "a separate call to heappop()."},
      {"heappop", heappop, kMethodInstance,
       "Pop the smallest item off the heap, maintaining the heap invariant."},
      {"heapreplace", heapreplace, kMethodInstance,
       "Pop and return the current smallest value, and add the new item.\n\n"
       "This is more efficient than heappop() followed by heappush(), and can be\n"
       "more appropriate when using a fixed-size heap.  Note that the value\n"
       "returned may be larger than item!  That constrains reasonable uses of\n"
       "this routine unless written as part of a conditional replacement:\n\n"
       "    if item > heap[0]:\n        item = heapreplace(heap, item)"},
      {"heapify", heapify, kMethodInstance,
       "Transform list into a heap, in-place, in O(len(heap)) time."},
      {"_heappop_max", heappop_max, kMethodInstance, "Maxheap variant of heappop."},
      {"_heapreplace_max", heapreplace_max, kMethodInstance, "Maxheap variant of heapreplace."},
      {"_heapify_max", heapify_max, kMethodInstance, "Maxheap variant of heapify."},
  });
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Heap queue algorithm (a.k.a. priority queue).\n\n"
                         "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
                         "all k, counting elements from 0.  For the sake of comparison,\n"
                         "non-existing elements are considered to be infinite.  The interesting\n"
                         "property of a heap is that a[0] is always its smallest element.\n"));
  dict_set_str(module->dict, intern("__about__"),
               str_value("Heap queues"));
  return module;
}

}  // namespace krait
