#include "runtime/gil.h"

#include <pthread.h>
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstdint>

#include "runtime/thread_state.h"

namespace krait {

std::atomic<bool> gil_drop_request{false};

namespace {

// Plain pthread objects with static initialisers: no destructors run at exit
// while daemon threads still wait on them.
pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
// Signalled when the lock is released (waiters for the lock).
pthread_cond_t gil_released = PTHREAD_COND_INITIALIZER;
// Signalled when a thread takes the lock (a forced switch waits for it).
pthread_cond_t gil_taken = PTHREAD_COND_INITIALIZER;
pthread_condattr_t monotonic_attributes;

// The state below is guarded by gil_mutex.
bool locked = true;           // the starting thread holds the lock
uint64_t switch_number = 0;   // counts the takings of the lock
bool finalizing = false;      // interpreter exit: only finalizing_thread may run
pthread_t finalizing_thread;

std::atomic<bool> in_use{false};
std::atomic<double> switch_interval{0.005};

timespec deadline_after(double seconds) {
  // An absurd interval (inf included) still makes a representable deadline.
  if (!(seconds < 1e6)) seconds = 1e6;
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double whole = std::floor(seconds);
  now.tv_sec += static_cast<time_t>(whole);
  now.tv_nsec += static_cast<long>((seconds - whole) * 1e9);
  if (now.tv_nsec >= 1000000000L) {
    now.tv_sec += 1;
    now.tv_nsec -= 1000000000L;
  }
  return now;
}

bool may_take() {
  return !locked && (!finalizing || pthread_equal(pthread_self(), finalizing_thread));
}

}  // namespace

double gil_switch_interval() { return switch_interval.load(std::memory_order_relaxed); }

void gil_set_switch_interval(double seconds) {
  switch_interval.store(seconds, std::memory_order_relaxed);
}

bool gil_in_use() { return in_use.load(std::memory_order_relaxed); }

namespace {

// In the child of a fork only the forking thread (which held the lock)
// lives on: the lock's state is made fresh, and the dead threads' states go.
void after_fork_in_child() {
  pthread_mutex_init(&gil_mutex, nullptr);
  pthread_cond_init(&gil_released, &monotonic_attributes);
  pthread_cond_init(&gil_taken, nullptr);
  locked = true;
  finalizing = false;
  gil_drop_request.store(false, std::memory_order_relaxed);
  forget_other_thread_states();
}

}  // namespace

void gil_start_using() {
  if (in_use.load(std::memory_order_relaxed)) return;
  pthread_atfork(nullptr, nullptr, after_fork_in_child);
  // The waits for the lock time out on the monotonic clock.
  pthread_condattr_init(&monotonic_attributes);
  pthread_condattr_setclock(&monotonic_attributes, CLOCK_MONOTONIC);
  pthread_cond_destroy(&gil_released);
  pthread_cond_init(&gil_released, &monotonic_attributes);
  in_use.store(true, std::memory_order_relaxed);
}

void gil_acquire() {
  pthread_mutex_lock(&gil_mutex);
  while (!may_take()) {
    uint64_t seen = switch_number;
    timespec deadline = deadline_after(gil_switch_interval());
    int waited = pthread_cond_timedwait(&gil_released, &gil_mutex, &deadline);
    // A whole interval without the holder letting go: ask it to.
    if (waited == ETIMEDOUT && locked && switch_number == seen) {
      gil_drop_request.store(true, std::memory_order_relaxed);
    }
  }
  locked = true;
  ++switch_number;
  gil_drop_request.store(false, std::memory_order_relaxed);
  pthread_cond_broadcast(&gil_taken);
  pthread_mutex_unlock(&gil_mutex);
}

void gil_release() {
  pthread_mutex_lock(&gil_mutex);
  locked = false;
  pthread_cond_signal(&gil_released);
  pthread_mutex_unlock(&gil_mutex);
}

void gil_yield() {
  pthread_mutex_lock(&gil_mutex);
  bool forced = gil_drop_request.load(std::memory_order_relaxed);
  uint64_t seen = switch_number;
  locked = false;
  pthread_cond_signal(&gil_released);
  // The waiter that asked must get the lock before this thread takes it back.
  if (forced && !finalizing) {
    while (switch_number == seen) pthread_cond_wait(&gil_taken, &gil_mutex);
  }
  pthread_mutex_unlock(&gil_mutex);
  gil_acquire();
}

void gil_begin_finalizing() {
  pthread_mutex_lock(&gil_mutex);
  finalizing = true;
  finalizing_thread = pthread_self();
  pthread_mutex_unlock(&gil_mutex);
}

}  // namespace krait
