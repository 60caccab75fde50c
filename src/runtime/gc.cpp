#include "runtime/gc.h"

#include <cstring>

#include "runtime/errors.h"

namespace krait {

namespace {

// The collector's warnings (e.g. on a huge allocation) would reach the
// program's stderr; the MemoryError raised instead is the report.
void ignore_gc_warning(char*, GC_word) {}

}  // namespace

void gc_init() {
  static bool initialised = false;
  if (initialised) return;
  initialised = true;
  GC_set_all_interior_pointers(1);
  GC_INIT();
  GC_set_warn_proc(ignore_gc_warning);
  // A heap of tens of MiB from the start cuts collections by orders of
  // magnitude on allocation-heavy loops (DESIGN §10).
  GC_expand_hp(64u << 20);
}

void* gc_alloc(size_t bytes) {
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
