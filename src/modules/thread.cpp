// The `_thread` module (CPython's Modules/_threadmodule.c).
//
// Locks are POSIX semaphores: a wait releases the GIL, and a signal makes it
// return early (EINTR), so that Ctrl-C interrupts lock.acquire() in the main
// thread as in CPython. A new thread gets its own ThreadState (value stack,
// exception state, frame chain) and runs with the GIL; at its end its
// sentinel locks are released (threading.Thread.join waits on them) and its
// thread-local data is dropped.
#include "modules/thread.h"

#include <gc/gc.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>

#include "modules/signal.h"
#include "modules/sys.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/traceback_print.h"

namespace krait {

namespace {

// Sanitizer builds need far more stack per native frame.
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kDefaultThreadStackSize = size_t{512} << 20;
#else
constexpr size_t kDefaultThreadStackSize = size_t{256} << 20;
#endif
// The least stack a thread is given whatever stack_size() asked for: Krait's
// native frames are larger than CPython's.
constexpr size_t kLeastThreadStackSize = size_t{1} << 20;
// stack_size() refuses less, as CPython's THREAD_STACK_MIN.
constexpr int64_t kStackSizeMinimum = 32768;
// _thread.TIMEOUT_MAX in whole seconds: the largest timeout in nanoseconds
// that fits an int64_t (CPython's PY_TIMEOUT_MAX microseconds, rounded down).
constexpr double kTimeoutMax = 9223372036.0;

size_t requested_stack_size = 0;  // stack_size(); 0: the default (guarded by the GIL)

unsigned long current_ident() { return static_cast<unsigned long>(pthread_self()); }

// --- timeouts and semaphore waits -------------------------------------------

// A timeout argument as nanoseconds (CPython's _PyTime_FromSecondsObject).
int64_t timeout_nanoseconds(Value timeout) {
  const char* too_large = "timestamp too large to convert to C _PyTime_t";
  if (timeout.is_double() || is_instance_of(timeout, &float_type)) {
    double seconds = float_value(timeout);
    if (std::isnan(seconds)) throw_value_error("Invalid value NaN (not a number)");
    double nanoseconds = std::ceil(seconds * 1e9);
    if (!(nanoseconds >= -9223372036854775808.0 && nanoseconds < 9223372036854775808.0)) {
      throw_overflow_error(too_large);
    }
    return static_cast<int64_t>(nanoseconds);
  }
  Value integer = index_value(timeout);
  int64_t seconds;
  if (!int_to_int64(integer, seconds) || seconds > INT64_MAX / 1000000000 ||
      seconds < INT64_MIN / 1000000000) {
    throw_overflow_error(too_large);
  }
  return seconds * 1000000000;
}

// blocking/timeout of acquire() as one timeout: -1 waits for ever, 0 only tries.
int64_t acquire_timeout(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({name, {"blocking", "timeout"}, 0}, args, nargs, kwnames, bound);
  bool blocking = true;
  if (!bound[0].is_null()) {
    int64_t flag = index_as_long(bound[0]);
    if (flag > INT32_MAX || flag < INT32_MIN) {
      throw_overflow_error(flag > 0 ? "signed integer is greater than maximum"
                                    : "signed integer is less than minimum");
    }
    blocking = flag != 0;
  }
  constexpr int64_t kUnset = -1000000000;
  int64_t timeout = bound[1].is_null() ? kUnset : timeout_nanoseconds(bound[1]);
  if (!blocking && timeout != kUnset) {
    throw_value_error("can't specify a timeout for a non-blocking call");
  }
  if (timeout < 0 && timeout != kUnset) throw_value_error("timeout value must be positive");
  if (!blocking) return 0;
  return timeout == kUnset ? -1 : timeout;
}

timespec monotonic_deadline(int64_t nanoseconds) {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  int64_t total = static_cast<int64_t>(now.tv_nsec) + nanoseconds % 1000000000;
  now.tv_sec += static_cast<time_t>(nanoseconds / 1000000000 + total / 1000000000);
  now.tv_nsec = static_cast<long>(total % 1000000000);
  return now;
}

// Takes the semaphore, waiting up to `timeout` ns (-1: for ever) with the GIL
// released. A signal ends the wait early; a pending KeyboardInterrupt is then
// raised in the main thread, else the wait goes on to the same deadline.
bool acquire_semaphore(sem_t* semaphore, int64_t timeout) {
  if (sem_trywait(semaphore) == 0) return true;
  if (timeout == 0) return false;
  timespec deadline{};
  if (timeout > 0) deadline = monotonic_deadline(timeout);
  while (true) {
    int result;
    int error;
    {
      ReleaseGil unlocked;
      result = timeout < 0 ? sem_wait(semaphore)
                           : sem_clockwait(semaphore, CLOCK_MONOTONIC, &deadline);
      error = errno;
    }
    if (result == 0) return true;
    if (error != EINTR) return false;
    if (interrupt_pending != 0) handle_pending_events(thread_state());
  }
}

// --- lock -------------------------------------------------------------------

struct LockObject : Object {
  sem_t semaphore;
  bool locked;
};

Type lock_type;

LockObject* as_lock(Value self) { return static_cast<LockObject*>(self.as_object()); }

LockObject* make_lock() {
  auto* lock = static_cast<LockObject*>(allocate_instance(&lock_type));
  sem_init(&lock->semaphore, 0, 1);
  return lock;
}

Value lock_acquire(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t timeout = acquire_timeout("acquire", args, nargs, kwnames);
  LockObject* lock = as_lock(self);
  bool acquired = acquire_semaphore(&lock->semaphore, timeout);
  if (acquired) lock->locked = true;
  return make_bool(acquired);
}

void release_lock(LockObject* lock) {
  if (!lock->locked) throw_runtime_error("release unlocked lock");
  lock->locked = false;
  sem_post(&lock->semaphore);
}

Value lock_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("lock.release", kwnames);
  check_positional("lock.release", nargs, 0, 0);
  release_lock(as_lock(self));
  return none();
}

Value lock_exit(Value self, const Value*, size_t, Tuple* kwnames) {
  reject_keywords("lock.__exit__", kwnames);
  release_lock(as_lock(self));
  return none();
}

Value lock_locked(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("lock.locked", kwnames);
  check_positional("lock.locked", nargs, 0, 0);
  return make_bool(as_lock(self)->locked);
}

Value lock_at_fork_reinit(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("lock._at_fork_reinit", kwnames);
  check_positional("lock._at_fork_reinit", nargs, 0, 0);
  LockObject* lock = as_lock(self);
  sem_init(&lock->semaphore, 0, 1);
  lock->locked = false;
  return none();
}

std::string address_text(const void* pointer) { return format("%p", pointer); }

Value lock_repr(Value self) {
  LockObject* lock = as_lock(self);
  return str_value(std::string("<") + (lock->locked ? "locked" : "unlocked") +
                   " _thread.lock object at " + address_text(lock) + ">");
}

// --- RLock ------------------------------------------------------------------

struct RLockObject : Object {
  sem_t semaphore;
  unsigned long owner;
  unsigned long count;
};

Type rlock_type;

RLockObject* as_rlock(Value self) { return static_cast<RLockObject*>(self.as_object()); }

Value rlock_new(Type* type, const Value*, size_t, Tuple*) {
  auto* rlock = static_cast<RLockObject*>(allocate_instance(type));
  sem_init(&rlock->semaphore, 0, 1);
  return Value::from_object(rlock);
}

Value rlock_acquire(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t timeout = acquire_timeout("acquire", args, nargs, kwnames);
  RLockObject* rlock = as_rlock(self);
  unsigned long me = current_ident();
  if (rlock->count > 0 && rlock->owner == me) {
    if (rlock->count + 1 == 0) throw_overflow_error("Internal lock count overflowed");
    ++rlock->count;
    return make_bool(true);
  }
  if (!acquire_semaphore(&rlock->semaphore, timeout)) return make_bool(false);
  rlock->owner = me;
  rlock->count = 1;
  return make_bool(true);
}

void rlock_release_once(RLockObject* rlock) {
  if (rlock->count == 0 || rlock->owner != current_ident()) {
    throw_runtime_error("cannot release un-acquired lock");
  }
  if (--rlock->count == 0) {
    rlock->owner = 0;
    sem_post(&rlock->semaphore);
  }
}

Value rlock_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.RLock.release", kwnames);
  check_positional("_thread.RLock.release", nargs, 0, 0);
  rlock_release_once(as_rlock(self));
  return none();
}

Value rlock_exit(Value self, const Value*, size_t, Tuple* kwnames) {
  reject_keywords("_thread.RLock.__exit__", kwnames);
  rlock_release_once(as_rlock(self));
  return none();
}

Value rlock_is_owned(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.RLock._is_owned", kwnames);
  check_positional("_thread.RLock._is_owned", nargs, 0, 0);
  RLockObject* rlock = as_rlock(self);
  return make_bool(rlock->count > 0 && rlock->owner == current_ident());
}

Value rlock_release_save(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.RLock._release_save", kwnames);
  check_positional("_thread.RLock._release_save", nargs, 0, 0);
  RLockObject* rlock = as_rlock(self);
  if (rlock->count == 0) throw_runtime_error("cannot release un-acquired lock");
  Value state = Value::from_object(
      make_tuple({make_int_from_unsigned(rlock->count), make_int_from_unsigned(rlock->owner)}));
  rlock->count = 0;
  rlock->owner = 0;
  sem_post(&rlock->semaphore);
  return state;
}

unsigned long unsigned_long_argument(Value value) {
  Value integer = index_value(value);
  int64_t number;
  if (int_to_int64(integer, number)) return static_cast<unsigned long>(number);
  throw_overflow_error("Python int too large to convert to C unsigned long");
}

Value rlock_acquire_restore(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.RLock._acquire_restore", kwnames);
  check_positional("_acquire_restore", nargs, 1, 1);
  Type* type = type_of(args[0]);
  if (!type->getitem || is_str(args[0]) || is_dict(args[0])) {
    throw_type_error("_acquire_restore() argument 1 must be 2-item sequence, not " +
                     type_name(args[0]));
  }
  int64_t size = length(args[0]);
  if (size != 2) {
    throw_type_error(format("_acquire_restore() argument 1 must be sequence of length 2, not %ld",
                            static_cast<long>(size)));
  }
  unsigned long count = unsigned_long_argument(getitem(args[0], make_int(0)));
  unsigned long owner = unsigned_long_argument(getitem(args[0], make_int(1)));
  RLockObject* rlock = as_rlock(self);
  acquire_semaphore(&rlock->semaphore, -1);
  rlock->owner = owner;
  rlock->count = count;
  return none();
}

Value rlock_at_fork_reinit(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.RLock._at_fork_reinit", kwnames);
  check_positional("_thread.RLock._at_fork_reinit", nargs, 0, 0);
  RLockObject* rlock = as_rlock(self);
  sem_init(&rlock->semaphore, 0, 1);
  rlock->owner = 0;
  rlock->count = 0;
  return none();
}

Value rlock_repr(Value self) {
  RLockObject* rlock = as_rlock(self);
  return str_value(format("<%s %s object owner=%lu count=%lu at %p>",
                          rlock->count ? "locked" : "unlocked",
                          tp_name(type_of(self)).c_str(), rlock->owner, rlock->count,
                          static_cast<void*>(rlock)));
}

// --- _local -----------------------------------------------------------------

// Per-thread attributes: `dicts` maps each thread's serial number to that
// thread's attribute dict, made (and __init__ run again with the creation
// arguments) on the thread's first access. The attribute slots work on the
// instance dict slot, pointed at the current thread's dict before each use.
struct LocalObject : Object {
  Dict* dicts;
  Tuple* init_args;   // positional arguments, then keyword values
  size_t init_nargs;
  Tuple* init_kwnames;
};

Type local_type;

LocalObject* as_local(Value self) { return static_cast<LocalObject*>(self.as_object()); }

// One weak reference from a thread to a local holding its data: the
// collector clears `hidden_base` when the local dies.
struct LocalLink {
  GC_hidden_pointer hidden_base;
  size_t offset;  // of the object's header within its block
};

void* reveal_link(void* link) {
  auto* cell = static_cast<LocalLink*>(link);
  if (!cell->hidden_base) return nullptr;
  return static_cast<char*>(GC_REVEAL_POINTER(cell->hidden_base)) + cell->offset;
}

void remember_local(ThreadState* ts, LocalObject* local) {
  if (ts->local_link_count == ts->local_link_capacity) {
    size_t capacity = ts->local_link_capacity ? ts->local_link_capacity * 2 : 8;
    void** grown = static_cast<void**>(
        ts->local_links ? gc_realloc(ts->local_links, capacity * sizeof(void*))
                        : gc_alloc(capacity * sizeof(void*)));
    ts->local_links = grown;
    ts->local_link_capacity = capacity;
  }
  auto* cell = static_cast<LocalLink*>(gc_alloc_atomic(sizeof(LocalLink)));
  void* base = GC_base(local);
  cell->hidden_base = GC_HIDE_POINTER(base);
  cell->offset = static_cast<size_t>(reinterpret_cast<char*>(local) - static_cast<char*>(base));
  GC_general_register_disappearing_link(reinterpret_cast<void**>(&cell->hidden_base), base);
  ts->local_links[ts->local_link_count++] = cell;
}

// At a thread's end: drops its data from every local still alive.
void forget_locals(ThreadState* ts) {
  Value key = make_int(static_cast<int64_t>(ts->serial));
  for (size_t i = 0; i < ts->local_link_count; ++i) {
    void* cell = ts->local_links[i];
    auto* local = static_cast<LocalObject*>(GC_call_with_alloc_lock(reveal_link, cell));
    GC_unregister_disappearing_link(
        reinterpret_cast<void**>(&static_cast<LocalLink*>(cell)->hidden_base));
    if (local) dict_delete(local->dicts, key);
  }
  ts->local_links = nullptr;
  ts->local_link_count = ts->local_link_capacity = 0;
}

bool has_own_init(Type* type) {
  return !type_lookup(type, names.dunder_init).is(type_lookup(&object_type, names.dunder_init));
}

// The current thread's dict of `self`, made on first use; also installed as
// the instance dict for the generic attribute paths.
Dict* local_dict(Value self) {
  LocalObject* local = as_local(self);
  ThreadState* ts = thread_state();
  Value key = make_int(static_cast<int64_t>(ts->serial));
  Value found = dict_get(local->dicts, key);
  Dict* dict;
  if (!found.is_null()) {
    dict = found.as<Dict>();
  } else {
    dict = make_dict();
    dict_set(local->dicts, key, Value::from_object(dict));
    remember_local(ts, local);
    *instance_dict_slot(local) = dict;
    Type* type = type_of(self);
    if (type->init && has_own_init(type)) {
      try {
        type->init(self, local->init_args->items(), local->init_nargs, local->init_kwnames);
      } catch (const PyException&) {
        dict_delete(local->dicts, key);
        throw;
      }
    }
  }
  *instance_dict_slot(local) = dict;
  return dict;
}

Value local_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if ((nargs || nkw) && !has_own_init(type)) {
    throw_type_error("Initialization arguments are not supported");
  }
  auto* local = static_cast<LocalObject*>(allocate_instance(type));
  local->dicts = make_dict();
  local->init_args = make_tuple(args, nargs + nkw);
  local->init_nargs = nargs;
  local->init_kwnames = kwnames;
  // The creating thread's dict: __init__ runs on it through the type call.
  ThreadState* ts = thread_state();
  Dict* dict = make_dict();
  dict_set(local->dicts, make_int(static_cast<int64_t>(ts->serial)), Value::from_object(dict));
  remember_local(ts, local);
  *instance_dict_slot(local) = dict;
  return Value::from_object(local);
}

Value local_getattr(Value self, Str* name) {
  Dict* dict = local_dict(self);
  if (str_equal(name, names.dunder_dict)) return Value::from_object(dict);
  return generic_getattr(self, name);
}

void local_setattr(Value self, Str* name, Value value) {
  if (str_equal(name, names.dunder_dict)) {
    raise(&exc_AttributeError, "'" + type_name(self) + "' object attribute '__dict__' is read-only");
  }
  local_dict(self);
  generic_setattr(self, name, value);
}

// --- the thread excepthook --------------------------------------------------

StructSeqType* excepthook_args_type = nullptr;

Value thread_excepthook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_excepthook", kwnames);
  check_positional("_excepthook", nargs, 1, 1);
  if (type_of(args[0]) != excepthook_args_type) {
    throw_type_error("_thread.excepthook argument type must be ExceptHookArgs");
  }
  Value exc_type = struct_sequence_field(args[0], 0);
  if (exc_type.is(Value::from_object(&exc_SystemExit))) return none();
  Value exc_value = struct_sequence_field(args[0], 1);
  Value thread = struct_sequence_field(args[0], 3);
  Value file = sys_stderr();
  if (file.is_null() || is_none(file)) {
    if (is_none(thread)) return none();
    file = getattr(thread, intern("_stderr"));
    if (is_none(file)) return none();
  }
  std::string header = "Exception in thread ";
  Value name = is_none(thread) ? Value::null() : lookup_attr(thread, names.name);
  header += name.is_null() ? std::to_string(current_ident()) : str_string(name);
  header += ":\n";
  call_method(file, names.write, {str_value(header)});
  // The display flushes the file, and so does the hook after it (as CPython).
  if (is_exception_instance(exc_value)) {
    call_method(file, names.write, {str_value(format_exception(exc_value))});
    call_method(file, names.flush, {});
  }
  call_method(file, names.flush, {});
  return none();
}

// --- threads ----------------------------------------------------------------

// What a new thread runs; uncollectable until the thread has read it.
struct ThreadBoot {
  Value function;
  Tuple* args;
  Dict* kwargs;  // null: none
  size_t stack_size;
};

// Calls function(*args, **kwargs).
Value call_with_tuple_and_dict(Value function, Tuple* args, Dict* kwargs) {
  if (!kwargs || dict_size(kwargs) == 0) return call(function, args->items(), args->size, nullptr);
  size_t nkw = dict_size(kwargs);
  gc::vector<Value> values(args->items(), args->items() + args->size);
  Tuple* kwnames = make_tuple(nkw);
  size_t pos = 0;
  size_t index = 0;
  Value key;
  Value value;
  while (dict_next(kwargs, pos, key, value)) {
    if (!is_str(key)) throw_type_error("keywords must be strings");
    (*kwnames)[index++] = key;
    values.push_back(value);
  }
  return call(function, values.data(), args->size, kwnames);
}

// Reports an exception escaping a thread's function, as CPython's
// unraisable hook ("Exception ignored in thread started by: …").
void report_thread_exception(Value function, Value error) {
  try {
    std::string line = "Exception ignored in thread started by: " + repr_string(function) + "\n";
    Value stream = sys_stderr();
    if (stream.is_null() || is_none(stream)) {
      std::fputs(line.c_str(), stderr);
      return;
    }
    call_method(stream, names.write, {str_value(line)});
    call_method(stream, names.write, {str_value(format_exception(error))});
    call_method(stream, names.flush, {});
  } catch (const PyException&) {
    clear_current_exception();
  }
}

// The signals a process receives go to the main thread, whose handler and
// blocking calls answer them (KeyboardInterrupt, EINTR).
void block_process_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  for (int number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGCHLD,
                     SIGWINCH}) {
    sigaddset(&signals, number);
  }
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

void release_sentinels(ThreadState* ts) {
  if (ts->sentinel_locks.is_null()) return;
  List* locks = ts->sentinel_locks.as<List>();
  for (int64_t i = 0; i < length(ts->sentinel_locks); ++i) {
    LockObject* lock = as_lock(getitem(Value::from_object(locks), make_int(i)));
    if (lock->locked) {
      lock->locked = false;
      sem_post(&lock->semaphore);
    }
  }
  ts->sentinel_locks = Value::null();
}

void* thread_main(void* boot_pointer) {
  block_process_signals();
  gil_acquire();
  auto* boot = static_cast<ThreadBoot*>(boot_pointer);
  ThreadState* ts = thread_state();
  ts->is_main = false;
  set_c_stack_limit(boot->stack_size);
  Value function = boot->function;
  Tuple* args = boot->args;
  Dict* kwargs = boot->kwargs;
  GC_FREE(boot);
  try {
    call_with_tuple_and_dict(function, args, kwargs);
  } catch (const PyException&) {
    Value error = take_current_exception();
    if (!is_instance_of(error, &exc_SystemExit)) report_thread_exception(function, error);
  }
  try {
    forget_locals(ts);
  } catch (const PyException&) {
    clear_current_exception();
  }
  release_sentinels(ts);
  destroy_thread_state();
  gil_release();
  return nullptr;
}

Value thread_start_new_thread(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("start_new_thread", kwnames);
  check_positional("start_new_thread", nargs, 2, 3);
  if (!is_callable(args[0])) throw_type_error("first arg must be callable");
  if (!is_tuple(args[1])) throw_type_error("2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) throw_type_error("optional 3rd arg must be a dictionary");
  gil_start_using();
  void* memory = GC_MALLOC_UNCOLLECTABLE(sizeof(ThreadBoot));
  if (!memory) throw_memory_error();
  auto* boot = new (memory) ThreadBoot();
  boot->function = args[0];
  boot->args = args[1].as<Tuple>();
  boot->kwargs = nargs == 3 ? args[2].as<Dict>() : nullptr;
  boot->stack_size = requested_stack_size ? std::max(requested_stack_size, kLeastThreadStackSize)
                                          : kDefaultThreadStackSize;
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, boot->stack_size);
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  pthread_t thread;
  int failed = pthread_create(&thread, &attributes, thread_main, boot);
  pthread_attr_destroy(&attributes);
  if (failed) {
    GC_FREE(boot);
    throw_runtime_error("can't start new thread");
  }
  return make_int_from_unsigned(static_cast<unsigned long>(thread));
}

Value thread_allocate_lock(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.allocate_lock", kwnames);
  check_positional("_thread.allocate_lock", nargs, 0, 0);
  return Value::from_object(make_lock());
}

Value thread_exit(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.exit", kwnames);
  check_positional("_thread.exit", nargs, 0, 0);
  raise_exception(Value::from_object(&exc_SystemExit));
}

Value thread_interrupt_main(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("interrupt_main", kwnames);
  check_positional("interrupt_main", nargs, 0, 1);
  int64_t number = nargs ? index_as_long(args[0]) : SIGINT;
  if (number < 1 || number >= NSIG) throw_value_error("signal number out of range");
  trip_signal(static_cast<int>(number));
  return none();
}

Value thread_get_ident(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.get_ident", kwnames);
  check_positional("_thread.get_ident", nargs, 0, 0);
  return make_int_from_unsigned(current_ident());
}

Value thread_get_native_id(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread.get_native_id", kwnames);
  check_positional("_thread.get_native_id", nargs, 0, 0);
  return make_int(static_cast<int64_t>(syscall(SYS_gettid)));
}

Value thread_count(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread._count", kwnames);
  check_positional("_thread._count", nargs, 0, 0);
  // The threads started here that have not finished: every state but the main one's.
  int64_t running = 0;
  for (ThreadState* state = all_thread_states(); state; state = state->next_state) {
    if (!state->is_main) ++running;
  }
  return make_int(running);
}

Value thread_set_sentinel(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_thread._set_sentinel", kwnames);
  check_positional("_thread._set_sentinel", nargs, 0, 0);
  ThreadState* ts = thread_state();
  LockObject* lock = make_lock();
  // A fresh sentinel replaces the old one (re-created in a forked child).
  List* locks = make_list();
  list_append(locks, Value::from_object(lock));
  ts->sentinel_locks = Value::from_object(locks);
  return Value::from_object(lock);
}

Value thread_stack_size(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("stack_size", kwnames);
  if (nargs > 1) {
    throw_type_error(format("stack_size() takes at most 1 argument (%zu given)", nargs));
  }
  int64_t size = nargs ? index_as_ssize(args[0]) : 0;
  if (size < 0) throw_value_error("size must be 0 or a positive value");
  if (size != 0 && size < kStackSizeMinimum) {
    throw_value_error(format("size not valid: %ld bytes", static_cast<long>(size)));
  }
  size_t old_size = requested_stack_size;
  requested_stack_size = static_cast<size_t>(size);
  return make_int(static_cast<int64_t>(old_size));
}

void init_thread_types() {
  lock_type.repr = lock_repr;
  init_static_type(&lock_type, "_thread.lock", nullptr, sizeof(LockObject), 0);
  lock_type.new_instance = nullptr;
  const char* acquire_doc =
      "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\n"
      "Lock the lock, waiting (interruptibly) while another holder has it; with blocking false "
      "or a timeout, answer whether the lock was acquired.";
  const char* release_doc =
      "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, which must be "
      "locked; any thread may release it.";
  const char* locked_doc =
      "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in "
      "the locked state.";
  add_methods(&lock_type, {
      {"acquire_lock", lock_acquire, kMethodInstance, acquire_doc},
      {"acquire", lock_acquire, kMethodInstance, acquire_doc},
      {"release_lock", lock_release, kMethodInstance, release_doc},
      {"release", lock_release, kMethodInstance, release_doc},
      {"locked_lock", lock_locked, kMethodInstance, locked_doc},
      {"locked", lock_locked, kMethodInstance, locked_doc},
      {"__enter__", lock_acquire, kMethodInstance, acquire_doc},
      {"__exit__", lock_exit, kMethodInstance, release_doc},
      {"_at_fork_reinit", lock_at_fork_reinit, kMethodInstance, nullptr},
  });
  set_type_doc(&lock_type,
               "A lock object is a synchronization primitive.  To create a lock,\n"
               "call threading.Lock().  Methods are:\n\n"
               "acquire() -- lock the lock, possibly blocking until it can be obtained\n"
               "release() -- unlock of the lock\n"
               "locked() -- test whether the lock is currently locked\n\n"
               "A lock is not owned by the thread that locked it; another thread may\n"
               "unlock it.  A thread attempting to lock a lock that it has already locked\n"
               "will block until another thread unlocks it.  Deadlocks may ensue.");

  rlock_type.repr = rlock_repr;
  rlock_type.new_instance = rlock_new;
  init_static_type(&rlock_type, "_thread.RLock", nullptr, sizeof(RLockObject), kTypeBaseType);
  add_methods(&rlock_type, {
      {"acquire", rlock_acquire, kMethodInstance,
       "acquire(blocking=True) -> bool\n\nLock the lock; a thread that holds it already only "
       "counts one more acquisition."},
      {"release", rlock_release, kMethodInstance,
       "release()\n\nRelease the lock once; it is unlocked when released as many times as "
       "acquired."},
      {"_is_owned", rlock_is_owned, kMethodInstance,
       "For internal use by `threading.Condition`."},
      {"_release_save", rlock_release_save, kMethodInstance,
       "For internal use by `threading.Condition`."},
      {"_acquire_restore", rlock_acquire_restore, kMethodInstance,
       "For internal use by `threading.Condition`."},
      {"_at_fork_reinit", rlock_at_fork_reinit, kMethodInstance, nullptr},
      {"__enter__", rlock_acquire, kMethodInstance, "Lock the lock."},
      {"__exit__", rlock_exit, kMethodInstance, "Release the lock."},
  });

  local_type.new_instance = local_new;
  local_type.getattr = local_getattr;
  local_type.setattr = local_setattr;
  init_static_type(&local_type, "_thread._local", nullptr, sizeof(LocalObject),
                   kTypeBaseType | kTypeHasInstanceDict);
  set_type_doc(&local_type, "Thread-local data");

  excepthook_args_type = make_struct_sequence_type(
      "_thread._ExceptHookArgs", {"exc_type", "exc_value", "exc_traceback", "thread"});
  set_type_doc(excepthook_args_type,
               "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.");
}

}  // namespace

Module* create_thread_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_thread_types();
  module = make_module(intern("_thread"));
  const char* start_doc =
      "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
      "Start a new thread calling function(*args, **kwargs) and return its identifier.";
  const char* allocate_doc =
      "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock "
      "object.";
  const char* exit_doc =
      "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise "
      "SystemExit''.";
  add_functions(module, {
      {"start_new_thread", thread_start_new_thread, kMethodInstance, start_doc},
      {"start_new", thread_start_new_thread, kMethodInstance, start_doc},
      {"allocate_lock", thread_allocate_lock, kMethodInstance, allocate_doc},
      {"allocate", thread_allocate_lock, kMethodInstance, allocate_doc},
      {"exit_thread", thread_exit, kMethodInstance, exit_doc},
      {"exit", thread_exit, kMethodInstance, exit_doc},
      {"interrupt_main", thread_interrupt_main, kMethodInstance,
       "interrupt_main(signum=signal.SIGINT, /)\n\nSimulate the arrival of the given signal in "
       "the main thread."},
      {"get_ident", thread_get_ident, kMethodInstance,
       "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current "
       "thread amongst other threads that exist simultaneously."},
      {"get_native_id", thread_get_native_id, kMethodInstance,
       "get_native_id() -> integer\n\nReturn the thread's identifier as the kernel reports it."},
      {"_count", thread_count, kMethodInstance,
       "_count() -> integer\n\nReturn the number of currently running Python threads, excluding "
       "the main thread."},
      {"stack_size", thread_stack_size, kMethodInstance,
       "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new "
       "threads, setting it when size is given."},
      {"_set_sentinel", thread_set_sentinel, kMethodInstance,
       "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current "
       "thread state is finalized."},
      {"_excepthook", thread_excepthook, kMethodInstance,
       "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught Thread.run() "
       "exception."},
  });
  Dict* dict = module->dict;
  dict_set_str(dict, intern("LockType"), Value::from_object(&lock_type));
  dict_set_str(dict, intern("RLock"), Value::from_object(&rlock_type));
  dict_set_str(dict, intern("_local"), Value::from_object(&local_type));
  dict_set_str(dict, intern("_ExceptHookArgs"), Value::from_object(excepthook_args_type));
  dict_set_str(dict, intern("error"), Value::from_object(&exc_RuntimeError));
  dict_set_str(dict, intern("TIMEOUT_MAX"), make_float(kTimeoutMax));
  dict_set_str(dict, intern("__doc__"),
               str_value("This module provides primitive operations to write multi-threaded "
                         "programs.\nThe 'threading' module provides a more convenient "
                         "interface."));
  return module;
}

void shutdown_threads() {
  Value threading = dict_get_str(module_table(), intern("threading"));
  if (!threading.is_null()) {
    try {
      Value shutdown = lookup_attr(threading, intern("_shutdown"));
      if (!shutdown.is_null()) call(shutdown, {});
    } catch (const PyException&) {
      report_unraisable(threading, take_current_exception());
    }
  }
}

void stop_other_threads() { gil_begin_finalizing(); }

}  // namespace krait
