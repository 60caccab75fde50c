// The global interpreter lock (DESIGN §5): one thread at a time runs Python
// code or touches Python objects. The holder hands the lock over at the
// interpreter's safe points (check_interrupts_and_budget) once another thread
// has waited a whole switch interval (sys.setswitchinterval), and releases it
// around blocking system calls with a ReleaseGil guard.
//
// Until the first extra thread starts, the lock is not used at all: the only
// thread holds it implicitly and a ReleaseGil guard costs a branch.
#pragma once

#include <atomic>
#include <cerrno>

namespace krait {

struct ThreadState;

// Set by a thread that has waited a switch interval for the lock; the holder
// sees it at its next safe point and calls gil_yield.
extern std::atomic<bool> gil_drop_request;

// sys.getswitchinterval()/setswitchinterval(), in seconds.
double gil_switch_interval();
void gil_set_switch_interval(double seconds);

// True once a second thread has been started: the lock is in use from then on.
bool gil_in_use();
// Called (holding the lock) before the first extra thread starts.
void gil_start_using();

// Blocks until this thread holds the lock.
void gil_acquire();
// Gives the lock up (the caller holds it).
void gil_release();
// At a safe point with gil_drop_request set: lets a waiting thread run, then
// takes the lock back.
void gil_yield();

// Interpreter exit (after threading._shutdown): from now on only the calling
// thread takes the lock; daemon threads wanting it wait for ever.
void gil_begin_finalizing();

// Releases the lock for the guard's lifetime, around a call that may block
// (a lock wait, sleep, a read or write on a pipe or socket …):
//
//   int count;
//   { ReleaseGil unlocked; count = ::read(fd, buffer, size); }
//
// While released, the code must not touch Python objects, allocate from the
// collector (gc_alloc's free lists are shared by all threads) or raise a
// Python exception: copy what the call needs into plain C++ memory first and
// build results after the guard ends. (signal.h's blocking_call, through
// which the OS modules make their blocking calls, is the place for one.)
class ReleaseGil {
 public:
  ReleaseGil() : released_(gil_in_use()) {
    if (released_) gil_release();
  }
  // errno survives the re-acquisition, for the caller to inspect.
  ~ReleaseGil() {
    if (released_) {
      int saved_errno = errno;
      gil_acquire();
      errno = saved_errno;
    }
  }
  ReleaseGil(const ReleaseGil&) = delete;
  ReleaseGil& operator=(const ReleaseGil&) = delete;

 private:
  bool released_;
};

}  // namespace krait
