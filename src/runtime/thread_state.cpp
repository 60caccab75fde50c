#include "runtime/thread_state.h"

#include <gc/gc.h>

#include <pthread.h>

#include <new>
#include <string>

#include "objects/exceptions.h"
#include "runtime/errors.h"
#include "vm/frame.h"

namespace krait {

int recursion_limit = 1000;

namespace {

// The pointer is thread-local (not scanned by the collector); the state it
// points to is uncollectable and scanned, so it stays a root.
thread_local ThreadState* current_thread_state = nullptr;

// Room left for the code that reports the error and for natives that do not check.
constexpr size_t kStackSafetyMargin = 256 * 1024;

// The live states, oldest first; changed only under the GIL.
ThreadState* first_state = nullptr;
ThreadState* last_state = nullptr;
uint64_t next_serial = 1;

}  // namespace

ThreadState* thread_state() {
  if (!current_thread_state) {
    void* memory = GC_MALLOC_UNCOLLECTABLE(sizeof(ThreadState));
    if (!memory) throw_memory_error();
    auto* state = new (memory) ThreadState();
    state->ident = static_cast<unsigned long>(pthread_self());
    state->serial = next_serial++;
    state->is_main = first_state == nullptr;
    state->previous_state = last_state;
    if (last_state) {
      last_state->next_state = state;
    } else {
      first_state = state;
    }
    last_state = state;
    current_thread_state = state;
  }
  return current_thread_state;
}

ThreadState* all_thread_states() { return first_state; }

void destroy_thread_state() {
  ThreadState* state = current_thread_state;
  if (!state) return;
  if (state->previous_state) {
    state->previous_state->next_state = state->next_state;
  } else {
    first_state = state->next_state;
  }
  if (state->next_state) {
    state->next_state->previous_state = state->previous_state;
  } else {
    last_state = state->previous_state;
  }
  free_value_stack(state);
  current_thread_state = nullptr;
  state->~ThreadState();
  GC_FREE(state);
}

void forget_other_thread_states() {
  ThreadState* survivor = current_thread_state;
  for (ThreadState* state = first_state; state;) {
    ThreadState* next = state->next_state;
    if (state != survivor) {
      free_value_stack(state);
      state->~ThreadState();
      GC_FREE(state);
    }
    state = next;
  }
  first_state = last_state = survivor;
  if (survivor) survivor->next_state = survivor->previous_state = nullptr;
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
