#include "runtime/thread_state.h"

#include <gc/gc.h>

#include <new>
#include <string>

#include "objects/exceptions.h"
#include "runtime/errors.h"

namespace krait {

int recursion_limit = 1000;

namespace {

// The pointer is thread-local (not scanned by the collector); the state it
// points to is uncollectable and scanned, so it stays a root.
thread_local ThreadState* current_thread_state = nullptr;

// Room left for the code that reports the error and for natives that do not check.
constexpr size_t kStackSafetyMargin = 256 * 1024;

}  // namespace

ThreadState* thread_state() {
  if (!current_thread_state) {
    void* memory = GC_MALLOC_UNCOLLECTABLE(sizeof(ThreadState));
    if (!memory) throw_memory_error();
    current_thread_state = new (memory) ThreadState();
  }
  return current_thread_state;
}

void set_c_stack_limit(size_t stack_size) {
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  size_t usable = stack_size > 2 * kStackSafetyMargin ? stack_size - kStackSafetyMargin
                                                       : stack_size / 2;
  thread_state()->c_stack_limit = here - usable;
}

bool c_stack_exhausted() {
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  const char* limit = thread_state()->c_stack_limit;
  return limit && here < limit;
}

RecursionGuard::RecursionGuard(const char* where) : state_(thread_state()) {
  if (++state_->recursion_depth > recursion_limit || c_stack_exhausted()) {
    --state_->recursion_depth;
    raise(&exc_RecursionError, std::string("maximum recursion depth exceeded") + where);
  }
}

RecursionGuard::~RecursionGuard() { --state_->recursion_depth; }

}  // namespace krait
