// The `_signal` module and the way signals reach Python (modules/signal.h).
#include "modules/signal.h"

#include <fcntl.h>
#include <gmp.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>

#include "modules/posix_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/frame.h"
#include "vm/interpreter.h"

namespace krait {

namespace {

// Set by the C handler, cleared when the Python handler is called.
volatile sig_atomic_t tripped[NSIG];
// The descriptor set_wakeup_fd gave, or -1.
volatile sig_atomic_t wakeup_fd = -1;
// Each signal's Python handler: a callable, SIG_DFL (0) or SIG_IGN (1) as
// ints, None for a C handler not set from Python; null before `_signal` is
// first imported (SIGINT then behaves as with default_int_handler).
Value python_handlers[NSIG];
Value default_int_handler_function;
Type* itimer_error_type = nullptr;

pthread_t main_thread;
bool main_thread_known = false;

bool in_main_thread() { return !main_thread_known || pthread_equal(pthread_self(), main_thread); }

void c_signal_handler(int number) {
  int saved = errno;
  trip_signal(number);
  errno = saved;
}

// Installs `handler` for `number` as CPython's PyOS_setsig: no SA_RESTART,
// so blocking calls see EINTR and run the Python handlers.
int set_c_handler(int number, void (*handler)(int)) {
  struct sigaction action;
  std::memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_ONSTACK;
  return sigaction(number, &action, nullptr);
}

int signal_number_argument(Value value) {
  int number = index_as_int(value);
  if (number < 1 || number >= NSIG) throw_value_error("signal number out of range");
  return number;
}

void require_main_thread(const char* what) {
  if (!in_main_thread()) throw_value_error(what);
}

Value current_frame_or_none() {
  Frame* frame = thread_state()->frame;
  return frame ? Value::from_object(frame_object_for(frame)) : none();
}

// --- the module's functions ---------------------------------------------------

Value signal_default_int_handler(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("default_int_handler", kwnames);
  check_positional("default_int_handler", nargs, 2, 2);
  raise_exception(Value::from_object(&exc_KeyboardInterrupt));
}

Value signal_signal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("signal", kwnames);
  check_positional("signal", nargs, 2, 2);
  int number = index_as_int(args[0]);
  Value handler = args[1];
  require_main_thread("signal only works in main thread of the main interpreter");
  if (number < 1 || number >= NSIG) throw_value_error("signal number out of range");
  void (*c_handler)(int);
  if (is_callable(handler)) {
    c_handler = c_signal_handler;
  } else if (is_exact_int(handler) && equals(handler, make_int(1))) {
    c_handler = SIG_IGN;
  } else if (is_exact_int(handler) && equals(handler, make_int(0))) {
    c_handler = SIG_DFL;
  } else {
    throw_type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  // Signals that arrived before the change run with the old handlers.
  run_pending_signal_handlers();
  if (set_c_handler(number, c_handler) < 0) raise_os_error(errno);
  Value old = python_handlers[number];
  python_handlers[number] = handler;
  return old.is_null() ? none() : old;
}

Value signal_getsignal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.getsignal", kwnames);
  check_positional("_signal.getsignal", nargs, 1, 1);
  int number = signal_number_argument(args[0]);
  Value handler = python_handlers[number];
  return handler.is_null() ? none() : handler;
}

Value signal_strsignal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.strsignal", kwnames);
  check_positional("_signal.strsignal", nargs, 1, 1);
  int number = signal_number_argument(args[0]);
  const char* text = ::strsignal(number);
  if (!text || std::strstr(text, "Unknown signal")) return none();
  return str_value(text);
}

Value signal_raise_signal(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.raise_signal", kwnames);
  check_positional("_signal.raise_signal", nargs, 1, 1);
  // No range check: the C library answers EINVAL, and raise(0) does nothing.
  if (::raise(index_as_int(args[0])) != 0) raise_os_error(errno);
  run_pending_signal_handlers();
  return none();
}

Value signal_alarm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.alarm", kwnames);
  check_positional("_signal.alarm", nargs, 1, 1);
  return make_int(::alarm(static_cast<unsigned>(index_as_int(args[0]))));
}

Value signal_pause(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.pause", kwnames);
  check_positional("_signal.pause", nargs, 0, 0);
  ::pause();
  run_pending_signal_handlers();
  return none();
}

Value signal_siginterrupt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("siginterrupt", kwnames);
  check_positional("siginterrupt", nargs, 2, 2);
  int number = signal_number_argument(args[0]);
  int flag = index_as_int(args[1]);
  struct sigaction action;
  if (sigaction(number, nullptr, &action) < 0) raise_os_error(errno);
  if (flag) {
    action.sa_flags &= ~SA_RESTART;
  } else {
    action.sa_flags |= SA_RESTART;
  }
  if (sigaction(number, &action, nullptr) < 0) raise_os_error(errno);
  return none();
}

Value signal_set_wakeup_fd(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"set_wakeup_fd", {"fd", "warn_on_full_buffer"}, 1, 1, 1}, args, nargs, kwnames,
                 bound);
  int fd = index_as_int(bound[0]);
  require_main_thread("set_wakeup_fd only works in main thread of the main interpreter");
  if (fd != -1) {
    struct stat status;
    if (::fstat(fd, &status) != 0) raise_os_error(errno);
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) raise_os_error(errno);
    if (!(flags & O_NONBLOCK)) {
      throw_value_error(format("the fd %d must be in non-blocking mode", fd));
    }
  }
  int old = wakeup_fd;
  wakeup_fd = fd;
  return make_int(old);
}

// A signal set argument: an iterable of signal numbers.
sigset_t signal_set_argument(Value iterable) {
  sigset_t set;
  sigemptyset(&set);
  Value iterator = get_iter(iterable);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    int64_t number = index_as_long(item);
    if (number < 1 || number >= NSIG) {
      throw_value_error(format("signal number %ld out of range [1; %d]", static_cast<long>(number),
                               NSIG - 1));
    }
    sigaddset(&set, static_cast<int>(number));
  }
  return set;
}

Value signal_set_value(const sigset_t& set) {
  Set* result = make_set();
  for (int number = 1; number < NSIG; ++number) {
    if (sigismember(&set, number) == 1) set_add(result, make_int(number));
  }
  return Value::from_object(result);
}

Value signal_pthread_sigmask(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pthread_sigmask", kwnames);
  check_positional("pthread_sigmask", nargs, 2, 2);
  int how = index_as_int(args[0]);
  sigset_t mask = signal_set_argument(args[1]);
  sigset_t previous;
  int error = pthread_sigmask(how, &mask, &previous);
  if (error != 0) raise_os_error(error);
  // A signal just unblocked may have arrived.
  run_pending_signal_handlers();
  return signal_set_value(previous);
}

Value signal_sigpending(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.sigpending", kwnames);
  check_positional("_signal.sigpending", nargs, 0, 0);
  sigset_t set;
  if (sigpending(&set) != 0) raise_os_error(errno);
  return signal_set_value(set);
}

Value signal_sigwait(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.sigwait", kwnames);
  check_positional("_signal.sigwait", nargs, 1, 1);
  sigset_t set = signal_set_argument(args[0]);
  int number = 0;
  int error = sigwait(&set, &number);
  if (error != 0) raise_os_error(error);
  return make_int(number);
}

Value signal_valid_signals(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.valid_signals", kwnames);
  check_positional("_signal.valid_signals", nargs, 0, 0);
  sigset_t set;
  if (sigemptyset(&set) != 0 || sigfillset(&set) != 0) raise_os_error(errno);
  return signal_set_value(set);
}

Value signal_pthread_kill(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pthread_kill", kwnames);
  check_positional("pthread_kill", nargs, 2, 2);
  Value ident = index_value(args[0]);
  mpz_t big;
  mpz_init(big);
  int_to_mpz(ident, big);
  if (mpz_sgn(big) < 0 || !mpz_fits_ulong_p(big)) {
    mpz_clear(big);
    throw_overflow_error("Python int too large to convert to C unsigned long");
  }
  auto thread = static_cast<pthread_t>(mpz_get_ui(big));
  mpz_clear(big);
  int number = index_as_int(args[1]);
  int error = pthread_kill(thread, number);
  if (error != 0) raise_os_error(error);
  run_pending_signal_handlers();
  return none();
}

// --- interval timers ----------------------------------------------------------

double timeval_seconds(const timeval& value) {
  return static_cast<double>(value.tv_sec) + static_cast<double>(value.tv_usec) / 1e6;
}

// Seconds as a timeval, rounded up to the next microsecond (as CPython's
// _PyTime_ROUND_CEILING) so that a tiny positive delay still arms the timer.
timeval seconds_timeval(Value seconds) {
  double value = as_double(seconds);
  if (std::isnan(value)) throw_value_error("Invalid value NaN (not a number)");
  double whole = std::floor(value);
  double micro = std::ceil((value - whole) * 1e6);
  if (micro >= 1e6) {
    whole += 1;
    micro -= 1e6;
  }
  if (whole < -9.2e18 || whole > 9.2e18) throw_overflow_error("timestamp out of range for platform time_t");
  timeval result;
  result.tv_sec = static_cast<time_t>(whole);
  result.tv_usec = static_cast<suseconds_t>(micro);
  return result;
}

Value itimer_value(const itimerval& value) {
  return Value::from_object(make_tuple({make_float(timeval_seconds(value.it_value)),
                                        make_float(timeval_seconds(value.it_interval))}));
}

[[noreturn]] void raise_itimer_error(int error_number) {
  Value message = str_value(std::strerror(error_number));
  raise_with_args(itimer_error_type,
                  Value::from_object(make_tuple({make_int(error_number), message})));
}

Value signal_setitimer(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setitimer", kwnames);
  check_positional("setitimer", nargs, 2, 3);
  int which = index_as_int(args[0]);
  itimerval timer;
  timer.it_value = seconds_timeval(args[1]);
  timer.it_interval = nargs > 2 ? seconds_timeval(args[2]) : timeval{0, 0};
  itimerval previous;
  if (setitimer(static_cast<__itimer_which_t>(which), &timer, &previous) != 0) {
    raise_itimer_error(errno);
  }
  return itimer_value(previous);
}

Value signal_getitimer(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_signal.getitimer", kwnames);
  check_positional("_signal.getitimer", nargs, 1, 1);
  int which = index_as_int(args[0]);
  itimerval current;
  if (getitimer(static_cast<__itimer_which_t>(which), &current) != 0) raise_itimer_error(errno);
  return itimer_value(current);
}

}  // namespace

// --- the mechanism --------------------------------------------------------

void trip_signal(int number) {
  if (number < 1 || number >= NSIG) return;
  tripped[number] = 1;
  interrupt_pending = 1;
  int fd = wakeup_fd;
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(number);
    ssize_t ignored = ::write(fd, &byte, 1);
    (void)ignored;
  }
}

void install_signal_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  main_thread = pthread_self();
  main_thread_known = true;
  struct sigaction current;
  if (sigaction(SIGINT, nullptr, &current) == 0 && current.sa_handler != SIG_IGN) {
    set_c_handler(SIGINT, c_signal_handler);
  }
  ::signal(SIGPIPE, SIG_IGN);
  ::signal(SIGXFSZ, SIG_IGN);
}

void run_pending_signal_handlers() {
  if (interrupt_pending == 0 || !in_main_thread()) return;
  interrupt_pending = 0;
  for (int number = 1; number < NSIG; ++number) {
    if (!tripped[number]) continue;
    tripped[number] = 0;
    Value handler = python_handlers[number];
    try {
      if (handler.is_null()) {
        if (number == SIGINT) raise_exception(Value::from_object(&exc_KeyboardInterrupt));
        continue;
      }
      if (is_int(handler) || is_none(handler)) continue;
      call(handler, {make_int(number), current_frame_or_none()});
    } catch (const PyException&) {
      // The signals still tripped run at the next check.
      interrupt_pending = 1;
      throw;
    }
  }
}

bool pending_signals_interrupt_input() {
  try {
    run_pending_signal_handlers();
    return false;
  } catch (const PyException&) {
    clear_current_exception();
    return true;
  }
}

Module* create_signal_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_signal"));
  add_functions(module, {
      {"default_int_handler", signal_default_int_handler, kMethodInstance,
       "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
      {"signal", signal_signal}, {"getsignal", signal_getsignal},
      {"strsignal", signal_strsignal}, {"raise_signal", signal_raise_signal},
      {"alarm", signal_alarm}, {"pause", signal_pause}, {"siginterrupt", signal_siginterrupt},
      {"set_wakeup_fd", signal_set_wakeup_fd}, {"pthread_sigmask", signal_pthread_sigmask},
      {"sigpending", signal_sigpending}, {"sigwait", signal_sigwait},
      {"valid_signals", signal_valid_signals}, {"pthread_kill", signal_pthread_kill},
      {"setitimer", signal_setitimer}, {"getitimer", signal_getitimer},
  });
  Dict* dict = module->dict;
  default_int_handler_function = dict_get_str(dict, intern("default_int_handler"));
  itimer_error_type = make_exception_class("signal.itimer_error", &exc_OSError);
  dict_set_str(dict, intern("ItimerError"), Value::from_object(itimer_error_type));
  add_int_constants(module, {
      {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIG},
      {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
      {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
      {"ITIMER_PROF", ITIMER_PROF},
      {"SIGABRT", SIGABRT}, {"SIGALRM", SIGALRM}, {"SIGBUS", SIGBUS}, {"SIGCHLD", SIGCHLD},
      {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGFPE", SIGFPE}, {"SIGHUP", SIGHUP},
      {"SIGILL", SIGILL}, {"SIGINT", SIGINT}, {"SIGIO", SIGIO}, {"SIGIOT", SIGIOT},
      {"SIGKILL", SIGKILL}, {"SIGPIPE", SIGPIPE}, {"SIGPOLL", SIGPOLL}, {"SIGPROF", SIGPROF},
      {"SIGPWR", SIGPWR}, {"SIGQUIT", SIGQUIT}, {"SIGRTMAX", SIGRTMAX}, {"SIGRTMIN", SIGRTMIN},
      {"SIGSEGV", SIGSEGV}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGSTOP", SIGSTOP}, {"SIGSYS", SIGSYS},
      {"SIGTERM", SIGTERM}, {"SIGTRAP", SIGTRAP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},
      {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGUSR1", SIGUSR1}, {"SIGUSR2", SIGUSR2},
      {"SIGVTALRM", SIGVTALRM}, {"SIGWINCH", SIGWINCH}, {"SIGXCPU", SIGXCPU},
      {"SIGXFSZ", SIGXFSZ},
  });
  // The handlers as the process has them now.
  for (int number = 1; number < NSIG; ++number) {
    if (!python_handlers[number].is_null()) continue;
    struct sigaction current;
    if (sigaction(number, nullptr, &current) != 0) continue;
    if (current.sa_handler == SIG_DFL) {
      python_handlers[number] = make_int(0);
    } else if (current.sa_handler == SIG_IGN) {
      python_handlers[number] = make_int(1);
    } else if (number == SIGINT && current.sa_handler == c_signal_handler) {
      python_handlers[number] = default_int_handler_function;
    } else {
      python_handlers[number] = none();
    }
  }
  dict_set_str(dict, intern("__doc__"),
               str_value("This module provides mechanisms to use signal handlers in Python.\n\n"
                         "Functions:\n\nalarm() -- cause SIGALRM after a specified time "
                         "[Unix only]\nsetitimer() -- cause a signal (described below) after a "
                         "specified\n               float time and the timer may restart then "
                         "[Unix only]\ngetitimer() -- get current value of timer [Unix only]\n"
                         "signal() -- set the action for a given signal\ngetsignal() -- get the "
                         "signal action for a given signal\npause() -- wait until a signal arrives "
                         "[Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal "
                         "constants:\nSIG_DFL -- used to refer to the system default handler\n"
                         "SIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\n"
                         "SIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\n"
                         "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n"
                         "               expiration\nITIMER_VIRTUAL -- decrements only when the "
                         "process is executing,\n               and delivers SIGVTALRM upon "
                         "expiration\nITIMER_PROF -- decrements both when the process is "
                         "executing and\n               when the system is executing on behalf of "
                         "the process.\n               Coupled with ITIMER_VIRTUAL, this timer is "
                         "usually\n               used to profile an application. Upon "
                         "expiration\n               SIGPROF is delivered.\n\n*** IMPORTANT "
                         "NOTICE ***\nA signal handler function is called with two arguments:\n"
                         "the first is the signal number, the second is the interrupted stack "
                         "frame."));
  return module;
}

}  // namespace krait
