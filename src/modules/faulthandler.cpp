// The `faulthandler` and `_tracemalloc` modules (see modules/faulthandler.h).
#include "modules/faulthandler.h"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>

#include <gc/gc.h>

#include "modules/io_files.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"

namespace krait {

namespace {

// ---- writing a traceback with write(2) only ----

void write_text(int fd, const char* text, size_t size) {
  while (size > 0) {
    ssize_t written = ::write(fd, text, size);
    if (written <= 0) return;
    text += written;
    size -= static_cast<size_t>(written);
  }
}
void write_text(int fd, const char* text) { write_text(fd, text, std::strlen(text)); }

void write_decimal(int fd, uint64_t value) {
  char digits[24];
  size_t pos = sizeof digits;
  do {
    digits[--pos] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value);
  write_text(fd, digits + pos, sizeof digits - pos);
}

void write_hex(int fd, uint64_t value, int width) {
  char digits[16];
  for (int i = width - 1; i >= 0; --i) {
    digits[i] = "0123456789abcdef"[value & 15];
    value >>= 4;
  }
  write_text(fd, digits, static_cast<size_t>(width));
}

// A str as ASCII: other code points as \xHH, \uHHHH or \UHHHHHHHH, at most
// 500 of them, then "...", as CPython's fault handler writes names.
void write_ascii(int fd, Str* text) {
  if (!text) {
    write_text(fd, "???");
    return;
  }
  std::string_view utf8 = text->view();
  size_t pos = 0;
  size_t count = 0;
  while (pos < utf8.size()) {
    if (count++ == 500) {
      write_text(fd, "...");
      return;
    }
    char32_t c = next_code_point(utf8.data(), pos);
    if (c < 128) {
      char ch = static_cast<char>(c);
      write_text(fd, &ch, 1);
    } else if (c < 0x100) {
      write_text(fd, "\\x");
      write_hex(fd, c, 2);
    } else if (c < 0x10000) {
      write_text(fd, "\\u");
      write_hex(fd, c, 4);
    } else {
      write_text(fd, "\\U");
      write_hex(fd, c, 8);
    }
  }
}

constexpr int kMaxFrameDepth = 100;

void dump_frames(int fd, Frame* frame) {
  if (!frame) {
    write_text(fd, "  <no Python frame>\n");
    return;
  }
  for (int depth = 0; frame; frame = frame->previous, ++depth) {
    if (depth == kMaxFrameDepth) {
      write_text(fd, "  ...\n");
      return;
    }
    write_text(fd, "  File \"");
    write_ascii(fd, frame->code->filename);
    write_text(fd, "\", line ");
    write_decimal(fd, static_cast<uint64_t>(frame->line_number()));
    write_text(fd, " in ");
    write_ascii(fd, frame->code->name);
    write_text(fd, "\n");
  }
}

// The traceback of the current thread, or of every thread with their
// identifiers. `current` is the thread that asked (null: none of them, as for
// the watchdog thread).
void dump_traceback(int fd, bool all_threads, ThreadState* current) {
  if (!all_threads) {
    write_text(fd, "Stack (most recent call first):\n");
    dump_frames(fd, current ? current->frame : nullptr);
    return;
  }
  bool first = true;
  for (ThreadState* state = all_thread_states(); state; state = state->next_state) {
    if (!first) write_text(fd, "\n");
    first = false;
    write_text(fd, state == current ? "Current thread 0x" : "Thread 0x");
    write_hex(fd, state->ident, static_cast<int>(sizeof(unsigned long) * 2));
    write_text(fd, " (most recent call first):\n");
    dump_frames(fd, state->frame);
  }
}

// ---- the state: file objects kept alive while their descriptors are in use ----

struct FaultState {
  Value fatal_file;
  Value later_file;
  Value user_files[NSIG];
};

FaultState& fault_state() {
  static auto* state = new (GC_MALLOC_UNCOLLECTABLE(sizeof(FaultState))) FaultState();
  return *state;
}

// The descriptor of `file` (sys.stderr when None or absent), flushed first;
// `file` becomes the object to keep alive.
int file_descriptor(Value& file) {
  if (file.is_null() || is_none(file)) {
    file = sys_stderr();
    if (file.is_null() || is_none(file)) throw_runtime_error("sys.stderr is None");
  }
  if (is_int(file)) {
    int64_t fd = index_as_long(file);
    if (fd < 0) throw_value_error("file is not a valid file descripter");
    return static_cast<int>(fd);
  }
  Value fd_value = call_method(file, intern("fileno"), {});
  if (!is_int(fd_value)) throw_runtime_error("file.fileno() is not a valid file descriptor");
  int64_t fd = index_as_long(fd_value);
  if (fd < 0) throw_runtime_error("file.fileno() is not a valid file descriptor");
  Value flushed = call_method_if_present(file, intern("flush"), {});
  (void)flushed;
  return static_cast<int>(fd);
}

bool bool_argument(Value v, bool default_value) { return v.is_null() ? default_value : truthy(v); }

// ---- fatal signals ----

struct FatalSignal {
  int signum;
  const char* name;
  struct sigaction previous;
};

FatalSignal fatal_signals[] = {
    {SIGBUS, "Bus error", {}},
    {SIGILL, "Illegal instruction", {}},
    {SIGFPE, "Floating point exception", {}},
    {SIGABRT, "Aborted", {}},
    {SIGSEGV, "Segmentation fault", {}},
};

volatile sig_atomic_t fatal_enabled = 0;
int fatal_fd = 2;
bool fatal_all_threads = true;
void* alternate_stack = nullptr;

void restore_fatal_handlers() {
  for (FatalSignal& entry : fatal_signals) sigaction(entry.signum, &entry.previous, nullptr);
  fatal_enabled = 0;
}

void fatal_signal_handler(int signum) {
  FatalSignal* found = nullptr;
  for (FatalSignal& entry : fatal_signals) {
    if (entry.signum == signum) found = &entry;
  }
  if (!fatal_enabled || !found) return;
  int saved_errno = errno;
  // Restored first, so that the signal raised again below (or a fault while
  // dumping) reaches the previous handler.
  restore_fatal_handlers();
  write_text(fatal_fd, "Fatal Python error: ");
  write_text(fatal_fd, found->name);
  write_text(fatal_fd, "\n\n");
  dump_traceback(fatal_fd, fatal_all_threads, thread_state());
  errno = saved_errno;
  ::raise(signum);
}

void install_alternate_stack() {
  if (alternate_stack) return;
  size_t size = SIGSTKSZ * 2 + 65536;
  // A large enough alternate stack the thread already has (a sanitizer
  // runtime's, an embedding program's) is kept: its owner may free it when
  // the thread ends, and would then free ours instead.
  stack_t current{};
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE) &&
      current.ss_size >= size) {
    return;
  }
  alternate_stack = std::malloc(size);
  if (!alternate_stack) return;
  stack_t stack{};
  stack.ss_sp = alternate_stack;
  stack.ss_size = size;
  sigaltstack(&stack, nullptr);
}

Value faulthandler_enable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"enable", {"file", "all_threads"}}, args, nargs, kwnames, bound);
  Value file = bound[0];
  int fd = file_descriptor(file);
  fault_state().fatal_file = file;
  fatal_fd = fd;
  fatal_all_threads = bool_argument(bound[1], true);
  if (!fatal_enabled) {
    install_alternate_stack();
    for (FatalSignal& entry : fatal_signals) {
      struct sigaction action {};
      action.sa_handler = fatal_signal_handler;
      sigemptyset(&action.sa_mask);
      action.sa_flags = SA_NODEFER | SA_ONSTACK;
      if (sigaction(entry.signum, &action, &entry.previous) < 0) raise_errno(errno);
    }
    fatal_enabled = 1;
  }
  return none();
}

Value faulthandler_disable(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("faulthandler.disable", kwnames);
  check_positional("faulthandler.disable", nargs, 0, 0);
  if (!fatal_enabled) return make_bool(false);
  restore_fatal_handlers();
  fault_state().fatal_file = Value::null();
  return make_bool(true);
}

Value faulthandler_is_enabled(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("faulthandler.is_enabled", kwnames);
  check_positional("faulthandler.is_enabled", nargs, 0, 0);
  return make_bool(fatal_enabled);
}

Value faulthandler_dump_traceback(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"dump_traceback", {"file", "all_threads"}}, args, nargs, kwnames, bound);
  Value file = bound[0];
  int fd = file_descriptor(file);
  dump_traceback(fd, bool_argument(bound[1], true), thread_state());
  return none();
}

// ---- dump_traceback_later: a watchdog thread ----

struct Watchdog {
  std::mutex mutex;
  std::condition_variable wake;
  std::thread thread;
  bool cancelled = false;
  bool running = false;
};

Watchdog& watchdog() {
  static Watchdog* state = new Watchdog();
  return *state;
}

void cancel_watchdog() {
  Watchdog& dog = watchdog();
  if (!dog.running) return;
  {
    std::lock_guard<std::mutex> lock(dog.mutex);
    dog.cancelled = true;
  }
  dog.wake.notify_all();
  {
    ReleaseGil unlocked;
    dog.thread.join();
  }
  dog.running = false;
}

void watchdog_run(int64_t timeout_us, bool repeat, bool exit_after, int fd, std::string header) {
  Watchdog& dog = watchdog();
  std::unique_lock<std::mutex> lock(dog.mutex);
  for (;;) {
    if (dog.wake.wait_for(lock, std::chrono::microseconds(timeout_us),
                          [&] { return dog.cancelled; })) {
      return;
    }
    write_text(fd, header.data(), header.size());
    dump_traceback(fd, true, nullptr);
    if (exit_after) _exit(1);
    if (!repeat) return;
  }
}

std::string timeout_header(int64_t timeout_us) {
  int64_t seconds = timeout_us / 1000000;
  int64_t micros = timeout_us % 1000000;
  char text[96];
  if (micros) {
    std::snprintf(text, sizeof text, "Timeout (%ld:%02ld:%02ld.%06ld)!\n",
                  static_cast<long>(seconds / 3600), static_cast<long>(seconds / 60 % 60),
                  static_cast<long>(seconds % 60), static_cast<long>(micros));
  } else {
    std::snprintf(text, sizeof text, "Timeout (%ld:%02ld:%02ld)!\n",
                  static_cast<long>(seconds / 3600), static_cast<long>(seconds / 60 % 60),
                  static_cast<long>(seconds % 60));
  }
  return text;
}

Value faulthandler_dump_traceback_later(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"dump_traceback_later", {"timeout", "repeat", "file", "exit"}, 1}, args, nargs,
                 kwnames, bound);
  double timeout = as_double(bound[0]);
  double timeout_us_float = timeout * 1e6;
  if (!(timeout_us_float >= -9.2e18 && timeout_us_float <= 9.2e18)) {
    throw_overflow_error("timeout value is too large");
  }
  int64_t timeout_us = static_cast<int64_t>(timeout_us_float);
  if (timeout_us <= 0) throw_value_error("timeout must be greater than 0");
  Value file = bound[2];
  int fd = file_descriptor(file);
  cancel_watchdog();
  fault_state().later_file = file;
  Watchdog& dog = watchdog();
  dog.cancelled = false;
  dog.running = true;
  dog.thread = std::thread(watchdog_run, timeout_us, bool_argument(bound[1], false),
                           bool_argument(bound[3], false), fd, timeout_header(timeout_us));
  return none();
}

Value faulthandler_cancel_dump_traceback_later(Value, const Value*, size_t nargs,
                                               Tuple* kwnames) {
  reject_keywords("faulthandler.cancel_dump_traceback_later", kwnames);
  check_positional("faulthandler.cancel_dump_traceback_later", nargs, 0, 0);
  cancel_watchdog();
  fault_state().later_file = Value::null();
  return none();
}

// ---- register: dump on a user signal ----

struct UserSignal {
  bool enabled;
  int fd;
  bool all_threads;
  bool chain;
  struct sigaction previous;
};

UserSignal user_signals[NSIG];

void user_signal_handler(int signum) {
  if (signum <= 0 || signum >= NSIG || !user_signals[signum].enabled) return;
  UserSignal& entry = user_signals[signum];
  int saved_errno = errno;
  dump_traceback(entry.fd, entry.all_threads, thread_state());
  if (entry.chain) {
    const struct sigaction& previous = entry.previous;
    if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler != SIG_DFL &&
        previous.sa_handler != SIG_IGN) {
      previous.sa_handler(signum);
    } else if (previous.sa_handler == SIG_DFL) {
      sigaction(signum, &previous, nullptr);
      ::raise(signum);
    }
  }
  errno = saved_errno;
}

int checked_user_signal(Value v) {
  int64_t signum = index_as_long(v);
  for (const FatalSignal& entry : fatal_signals) {
    if (entry.signum == signum) {
      throw_runtime_error("signal " + std::to_string(signum) +
                          " cannot be registered, use enable() instead");
    }
  }
  if (signum < 1 || signum >= NSIG) throw_value_error("signal number out of range");
  return static_cast<int>(signum);
}

Value faulthandler_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"register", {"signum", "file", "all_threads", "chain"}, 1}, args, nargs,
                 kwnames, bound);
  int signum = checked_user_signal(bound[0]);
  Value file = bound[1];
  int fd = file_descriptor(file);
  UserSignal& entry = user_signals[signum];
  if (!entry.enabled) {
    install_alternate_stack();
    struct sigaction action {};
    action.sa_handler = user_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_ONSTACK;
    if (bool_argument(bound[3], false)) action.sa_flags |= SA_NODEFER;
    if (sigaction(signum, &action, &entry.previous) < 0) raise_errno(errno);
  }
  fault_state().user_files[signum] = file;
  entry.fd = fd;
  entry.all_threads = bool_argument(bound[2], true);
  entry.chain = bool_argument(bound[3], false);
  entry.enabled = true;
  return none();
}

Value faulthandler_unregister(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("faulthandler.unregister", kwnames);
  check_positional("faulthandler.unregister", nargs, 1, 1);
  int signum = checked_user_signal(args[0]);
  UserSignal& entry = user_signals[signum];
  if (!entry.enabled) return make_bool(false);
  entry.enabled = false;
  sigaction(signum, &entry.previous, nullptr);
  fault_state().user_files[signum] = Value::null();
  return make_bool(true);
}

// Raises SIGSEGV: how tests check the fatal-signal dump.
Value faulthandler_sigsegv(Value, const Value*, size_t, Tuple*) {
  ::raise(SIGSEGV);
  return none();
}

// ---- _tracemalloc placeholders ----

int64_t traceback_limit = 1;

Value tracemalloc_false(Value, const Value*, size_t, Tuple*) { return make_bool(false); }
Value tracemalloc_none(Value, const Value*, size_t, Tuple*) { return none(); }

Value tracemalloc_start(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("start", kwnames);
  check_positional("start", nargs, 0, 1);
  int64_t nframe = nargs ? index_as_long(args[0]) : 1;
  if (nframe < 1 || nframe > 65535) {
    throw_value_error("the number of frames must be in range [1; 65535]");
  }
  traceback_limit = nframe;
  return none();
}

Value tracemalloc_get_traceback_limit(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_traceback_limit", kwnames);
  check_positional("get_traceback_limit", nargs, 0, 0);
  return make_int(traceback_limit);
}

Value tracemalloc_get_traced_memory(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_traced_memory", kwnames);
  check_positional("get_traced_memory", nargs, 0, 0);
  return Value::from_object(make_tuple({make_int(0), make_int(0)}));
}

Value tracemalloc_zero(Value, const Value*, size_t, Tuple*) { return make_int(0); }

Value tracemalloc_get_traces(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_get_traces", kwnames);
  check_positional("_get_traces", nargs, 0, 0);
  return Value::from_object(make_list());
}

Value tracemalloc_get_object_traceback(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_get_object_traceback", kwnames);
  check_positional("_get_object_traceback", nargs, 1, 1);
  return none();
}

}  // namespace

Module* create_faulthandler_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("faulthandler"));
  add_functions(module, {
      {"enable", faulthandler_enable, kMethodInstance,
       "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
      {"disable", faulthandler_disable, kMethodInstance,
       "disable(): disable the fault handler"},
      {"is_enabled", faulthandler_is_enabled, kMethodInstance,
       "is_enabled()->bool: check if the handler is enabled"},
      {"dump_traceback", faulthandler_dump_traceback, kMethodInstance,
       "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current "
       "thread, or of all threads if all_threads is True, into file"},
      {"dump_traceback_later", faulthandler_dump_traceback_later, kMethodInstance,
       "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\ndump the "
       "traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is "
       "True. If exit is True, call _exit(1) which is not safe."},
      {"cancel_dump_traceback_later", faulthandler_cancel_dump_traceback_later,
       kMethodInstance,
       "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
      {"register", faulthandler_register, kMethodInstance,
       "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler "
       "for the signal 'signum': dump the traceback of the current thread, or of all threads "
       "if all_threads is True, into file"},
      {"unregister", faulthandler_unregister, kMethodInstance,
       "unregister(signum): unregister the handler of the signal 'signum' registered by "
       "register()"},
      {"_sigsegv", faulthandler_sigsegv, kMethodInstance,
       "_sigsegv(release_gil=False): raise a SIGSEGV signal"},
  });
  dict_set_str(module->dict, intern("__doc__"), str_value("faulthandler module."));
  return module;
}

Module* create_tracemalloc_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_tracemalloc"));
  add_functions(module, {
      {"is_tracing", tracemalloc_false, kMethodInstance,
       "Return True if the tracemalloc module is tracing Python memory allocations."},
      {"clear_traces", tracemalloc_none, kMethodInstance,
       "Clear traces of memory blocks allocated by Python."},
      {"start", tracemalloc_start, kMethodInstance,
       "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames "
       "stored in the traceback of a\ntrace to nframe."},
      {"stop", tracemalloc_none, kMethodInstance,
       "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks "
       "allocated by Python."},
      {"get_traceback_limit", tracemalloc_get_traceback_limit, kMethodInstance,
       "Get the maximum number of frames stored in the traceback of a trace.\n\nBy default, "
       "a trace of an allocated memory block only stores\nthe most recent frame: the limit "
       "is 1."},
      {"get_tracemalloc_memory", tracemalloc_zero, kMethodInstance,
       "Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used "
       "internally to trace memory allocations."},
      {"get_traced_memory", tracemalloc_get_traced_memory, kMethodInstance,
       "Get the current size and peak size of memory blocks traced by tracemalloc.\n\n"
       "Returns a tuple: (current: int, peak: int)."},
      {"reset_peak", tracemalloc_none, kMethodInstance,
       "Set the peak size of memory blocks traced by tracemalloc to the current size.\n\n"
       "Do nothing if the tracemalloc module is not tracing memory allocations."},
      {"_get_object_traceback", tracemalloc_get_object_traceback, kMethodInstance,
       "Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of "
       "(filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is "
       "disabled or did not\ntrace the allocation of the object."},
      {"_get_traces", tracemalloc_get_traces, kMethodInstance,
       "Get traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, "
       "traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) "
       "tuples.\n\nReturn an empty list if the tracemalloc module is disabled."},
  });
  dict_set_str(module->dict, intern("__doc__"), str_value("Debug module to trace memory blocks allocated by Python."));
  return module;
}

}  // namespace krait
