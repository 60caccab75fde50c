#include "runtime/gc.h"

#include <gc/gc_inline.h>
#include <gc/gc_mark.h>

#include <cstring>

#include "modules/weakref.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace krait {

bool gc_finalizers_pending = false;

namespace {

// The collector's warnings (e.g. on a huge allocation) would reach the
// program's stderr; the MemoryError raised instead is the report.
void ignore_gc_warning(char*, GC_word) {}

// Called by the collector (inside an allocation) when it has queued
// finalisers, and when a collection starts (it may clear weak references).
void note_pending_finalizers() { gc_finalizers_pending = true; }

}  // namespace

void gc_init() {
  static bool initialised = false;
  if (initialised) return;
  initialised = true;
  GC_set_all_interior_pointers(1);
  GC_INIT();
  GC_set_warn_proc(ignore_gc_warning);
  // Finalisers (__del__) run Python code: never inside an allocation, only
  // when the interpreter reaches a safe point (run_pending_finalizers).
  GC_set_finalize_on_demand(1);
  GC_set_finalizer_notifier(note_pending_finalizers);
  GC_set_start_callback(note_pending_finalizers);
  // A heap of tens of MiB from the start cuts collections by orders of
  // magnitude on allocation-heavy loops (DESIGN §10).
  GC_expand_hp(64u << 20);
}

size_t run_pending_finalizers() {
  // A __del__ that reaches a safe point itself must not start the queue again.
  ThreadState* state = thread_state();
  if (state->running_finalizers) return 0;
  state->running_finalizers = true;
  gc_finalizers_pending = false;
  size_t dead = 0;
  // __del__ first, then weak reference callbacks, as CPython's deallocation.
  while (GC_should_invoke_finalizers()) dead += static_cast<size_t>(GC_invoke_finalizers());
  dead += process_cleared_weakrefs();
  state->running_finalizers = false;
  return dead;
}

namespace {

// Free lists of small scanned blocks, one per size in granules, refilled a
// batch at a time by the collector: the common allocation is a pop, without
// the collector's call and thread-local lookup. Static, hence roots: a block
// waiting here stays allocated (its link is its first word, which the
// collector scans). Python code allocates only while holding the interpreter
// lock, so one set of lists serves every thread.
void* small_free_lists[GC_TINY_FREELISTS];

// Blocks as the collector sizes them with interior pointers on: one byte
// more than asked (a pointer just past the end still names the block).
inline size_t granules_for(size_t bytes) { return (bytes + GC_GRANULE_BYTES) / GC_GRANULE_BYTES; }

}  // namespace

void* gc_alloc(size_t bytes) {
  size_t granules = granules_for(bytes);
  if (__builtin_expect(granules < GC_TINY_FREELISTS, 1)) {
    void** list = &small_free_lists[granules];
    void* block = *list;
    if (__builtin_expect(!block, 0)) {
      // The batch's size is taken as is (no extra byte added): whole granules.
      GC_generic_malloc_many(granules * GC_GRANULE_BYTES, GC_I_NORMAL, list);
      block = *list;
      if (!block) throw_memory_error();
    }
    *list = *static_cast<void**>(block);
    *static_cast<void**>(block) = nullptr;
    return block;
  }
  void* block = GC_MALLOC(bytes);
  if (!block) throw_memory_error();
  return block;
}

void* gc_alloc_atomic(size_t bytes) {
  void* block = GC_MALLOC_ATOMIC(bytes);
  if (!block) throw_memory_error();
  return block;
}

void* gc_realloc(void* block, size_t bytes) {
  void* grown = GC_REALLOC(block, bytes);
  if (!grown && bytes) throw_memory_error();
  return grown;
}

}  // namespace krait
