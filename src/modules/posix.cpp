// The built-in module `posix`, which os.py re-exports: this file holds the
// converters the parts share (posix_support.h), processes, users, the
// environment, system information and the module itself; posix_files.cpp
// and posix_stat.cpp hold the file functions.
#include "modules/posix.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <grp.h>
#include <pty.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <sysexits.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "modules/posix_support.h"
#include "modules/signal.h"
#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

extern char** environ;

namespace krait {

// --- shared converters ------------------------------------------------------

void raise_os_error(int error_number, Value filename, Value filename2) {
  Value message = str_value(std::strerror(error_number));
  Tuple* arguments;
  if (!filename2.is_null()) {
    arguments = make_tuple({make_int(error_number), message, filename, none(), filename2});
  } else if (!filename.is_null()) {
    arguments = make_tuple({make_int(error_number), message, filename});
  } else {
    arguments = make_tuple({make_int(error_number), message});
  }
  raise_with_args(&exc_OSError, Value::from_object(arguments));
}

std::string fs_encode(Value str) {
  Value encoded = str_encode(str.as<Str>(), "utf-8", "surrogateescape");
  return std::string(encoded.as<Bytes>()->view());
}

Value fs_decode(std::string_view bytes) {
  return Value::from_object(str_decode(bytes, "utf-8", "surrogateescape"));
}

Value fs_result(std::string_view bytes, bool as_bytes) {
  return as_bytes ? Value::from_object(make_bytes(bytes)) : fs_decode(bytes);
}

namespace {

// os.fspath's conversion, with its messages.
Value fspath_of(Value path) {
  if (is_str(path) || is_bytes(path)) return path;
  Value method = lookup_attr(Value::from_object(type_of(path)), intern("__fspath__"));
  if (method.is_null()) {
    throw_type_error(format("expected str, bytes or os.PathLike object, not %s",
                            tp_name(type_of(path)).c_str()));
  }
  Value result = call(method, {path});
  if (!is_str(result) && !is_bytes(result)) {
    throw_type_error(format("expected %s.__fspath__() to return str or bytes, not %s",
                            tp_name(type_of(path)).c_str(), tp_name(type_of(result)).c_str()));
  }
  return result;
}

}  // namespace

std::string fs_converter(Value value) {
  Value path = fspath_of(value);
  std::string bytes = is_str(path) ? fs_encode(path) : std::string(path.as<Bytes>()->view());
  if (bytes.find('\0') != std::string::npos) throw_value_error("embedded null byte");
  return bytes;
}

namespace {

// "stat: path should be string, bytes, os.PathLike or integer, not list".
std::string path_type_message(const char* function, const char* argument, PathOptions options,
                              Value value) {
  const char* allowed = options.allow_fd && options.nullable ? "string, bytes, os.PathLike, integer or None"
                        : options.allow_fd                  ? "string, bytes, os.PathLike or integer"
                        : options.nullable                  ? "string, bytes, os.PathLike or None"
                                                            : "string, bytes or os.PathLike";
  return format("%s%s%s should be %s, not %s", function, *function ? ": " : "", argument, allowed,
                tp_name(type_of(value)).c_str());
}

int fd_from_index(Value value) {
  int64_t fd;
  if (!int_to_int64(index_value(value), fd)) {
    throw_overflow_error(int_sign(index_value(value)) > 0 ? "fd is greater than maximum"
                                                          : "fd is less than minimum");
  }
  if (fd > INT32_MAX) throw_overflow_error("fd is greater than maximum");
  if (fd < INT32_MIN) throw_overflow_error("fd is less than minimum");
  return static_cast<int>(fd);
}

bool is_index(Value value) {
  return is_int(value) || !lookup_attr(Value::from_object(type_of(value)), intern("__index__")).is_null();
}

}  // namespace

PathArgument convert_path(const char* function, const char* argument, Value value,
                          PathOptions options) {
  PathArgument path;
  if (options.nullable && is_none(value)) {
    path.object = none();
    path.given = false;
    return path;
  }
  bool index = options.allow_fd && is_index(value);
  std::string_view buffer;
  bool is_buffer = !is_str(value) && !is_bytes(value) && !index && bytes_like_view(value, buffer);
  if (!is_str(value) && !is_bytes(value) && !index && !is_buffer) {
    Value method = lookup_attr(Value::from_object(type_of(value)), intern("__fspath__"));
    if (method.is_null()) throw_type_error(path_type_message(function, argument, options, value));
    Value result = call(method, {value});
    if (!is_str(result) && !is_bytes(result)) {
      throw_type_error(format("expected %s.__fspath__() to return str or bytes, not %s",
                              tp_name(type_of(value)).c_str(), tp_name(type_of(result)).c_str()));
    }
    value = result;
  }
  if (is_str(value)) {
    path.narrow = fs_encode(value);
    if (path.narrow.find('\0') != std::string::npos) throw_value_error("embedded null byte");
  } else if (is_bytes(value)) {
    path.narrow = std::string(value.as<Bytes>()->view());
    path.is_bytes = true;
  } else if (is_buffer) {
    warn(&exc_DeprecationWarning, path_type_message(function, argument, options, value));
    path.narrow = std::string(buffer);
    path.is_bytes = true;
    value = Value::from_object(make_bytes(buffer));
  } else {
    path.fd = fd_from_index(value);
    path.object = value;
    // -1 is CPython's "no descriptor": it then passes no path at all.
    if (path.fd == -1) path.given = false;
    return path;
  }
  if (path.narrow.find('\0') != std::string::npos) {
    throw_value_error(format("%s%sembedded null character in %s", function, *function ? ": " : "",
                             argument));
  }
  path.object = value;
  return path;
}

int path_fd_argument(Value value) { return fd_from_index(value); }

int dir_fd_argument(Value value) {
  if (value.is_null() || is_none(value)) return AT_FDCWD;
  if (!is_index(value)) {
    throw_type_error(format("argument should be integer or None, not %s",
                            tp_name(type_of(value)).c_str()));
  }
  return fd_from_index(value);
}

void check_dir_fd_path(const char* function, const PathArgument& path, int dir_fd) {
  if (dir_fd != AT_FDCWD && !path.c_str()) {
    throw_value_error(format("%s: can't specify dir_fd without matching path", function));
  }
}

void check_dir_fd_and_fd(const char* function, int dir_fd, int fd) {
  if (dir_fd != AT_FDCWD && fd != -1) {
    throw_value_error(format("%s: can't specify both dir_fd and fd", function));
  }
}

void check_fd_and_follow_symlinks(const char* function, int fd, bool follow_symlinks) {
  if (fd > 0 && !follow_symlinks) {
    throw_value_error(format("%s: cannot use fd and follow_symlinks together", function));
  }
}

namespace {

// uid_t/gid_t as CPython converts them: -1 means "unchanged"; a C long
// that does not fit the 32-bit id (even a positive one) is "less than
// minimum", a larger int "greater than maximum".
uint32_t id_argument(Value value, const char* kind) {
  if (!is_int(value)) {
    if (is_float(value) || lookup_attr(Value::from_object(type_of(value)), intern("__index__")).is_null()) {
      throw_type_error(format("%s should be integer, not %s", kind, tp_name(type_of(value)).c_str()));
    }
    value = index_value(value);
  }
  int64_t number;
  if (!int_to_int64(value, number)) {
    if (int_sign(value) < 0) throw_overflow_error(format("%s is less than minimum", kind));
    throw_overflow_error(format("%s is greater than maximum", kind));
  }
  if (number == -1) return UINT32_MAX;
  if (number < 0 || number > UINT32_MAX) throw_overflow_error(format("%s is less than minimum", kind));
  return static_cast<uint32_t>(number);
}

}  // namespace

uid_t uid_argument(Value value) { return static_cast<uid_t>(id_argument(value, "uid")); }
gid_t gid_argument(Value value) { return static_cast<gid_t>(id_argument(value, "gid")); }
Value uid_value(uid_t uid) {
  return uid == static_cast<uid_t>(-1) ? make_int(-1) : make_int_from_unsigned(uid);
}
Value gid_value(gid_t gid) {
  return gid == static_cast<gid_t>(-1) ? make_int(-1) : make_int_from_unsigned(gid);
}

namespace {

// --- paths and names --------------------------------------------------------

Value posix_fspath(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"fspath", {"path"}, 1}, args, nargs, kwnames, bound);
  return fspath_of(bound[0]);
}

Value posix_strerror(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.strerror", kwnames);
  check_positional("posix.strerror", nargs, 1, 1);
  return str_value(std::strerror(index_as_int(args[0])));
}

// --- processes ----------------------------------------------------------------

Value posix_getpid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getpid", kwnames);
  check_positional("posix.getpid", nargs, 0, 0);
  return make_int(::getpid());
}

Value posix_getppid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getppid", kwnames);
  check_positional("posix.getppid", nargs, 0, 0);
  return make_int(::getppid());
}

Value posix_getuid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getuid", kwnames);
  check_positional("posix.getuid", nargs, 0, 0);
  return uid_value(::getuid());
}

Value posix_geteuid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.geteuid", kwnames);
  check_positional("posix.geteuid", nargs, 0, 0);
  return uid_value(::geteuid());
}

Value posix_getgid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getgid", kwnames);
  check_positional("posix.getgid", nargs, 0, 0);
  return gid_value(::getgid());
}

Value posix_getegid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getegid", kwnames);
  check_positional("posix.getegid", nargs, 0, 0);
  return gid_value(::getegid());
}

Value posix_getgroups(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getgroups", kwnames);
  check_positional("posix.getgroups", nargs, 0, 0);
  int count = ::getgroups(0, nullptr);
  if (count < 0) raise_os_error(errno);
  std::vector<gid_t> groups(static_cast<size_t>(count) + 1);
  count = ::getgroups(static_cast<int>(groups.size()), groups.data());
  if (count < 0) raise_os_error(errno);
  List* result = make_list();
  for (int i = 0; i < count; ++i) list_append(result, gid_value(groups[static_cast<size_t>(i)]));
  return Value::from_object(result);
}

Value posix_getlogin(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getlogin", kwnames);
  check_positional("posix.getlogin", nargs, 0, 0);
  errno = 0;
  const char* name = ::getlogin();
  if (!name) {
    if (errno != 0) raise_os_error(errno);
    raise(&exc_OSError, "unable to determine login name");
  }
  return fs_decode(name);
}

// The process-group and session queries: one pid argument, a pid_t result.
Value pid_query(const char* name, pid_t (*query)(pid_t), const Value* args, size_t nargs,
                Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  pid_t result = query(static_cast<pid_t>(index_as_int(args[0])));
  if (result < 0) raise_os_error(errno);
  return make_int(result);
}

Value posix_getpgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return pid_query("getpgid", ::getpgid, args, nargs, kwnames);
}
Value posix_getsid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return pid_query("getsid", ::getsid, args, nargs, kwnames);
}

Value posix_getpgrp(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getpgrp", kwnames);
  check_positional("posix.getpgrp", nargs, 0, 0);
  return make_int(::getpgrp());
}

Value posix_setsid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.setsid", kwnames);
  check_positional("posix.setsid", nargs, 0, 0);
  if (::setsid() < 0) raise_os_error(errno);
  return none();
}

Value posix_setpgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setpgid", kwnames);
  check_positional("setpgid", nargs, 2, 2);
  if (::setpgid(static_cast<pid_t>(index_as_int(args[0])), static_cast<pid_t>(index_as_int(args[1]))) < 0) {
    raise_os_error(errno);
  }
  return none();
}

Value posix_setpgrp(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.setpgrp", kwnames);
  check_positional("posix.setpgrp", nargs, 0, 0);
  if (::setpgid(0, 0) < 0) raise_os_error(errno);
  return none();
}

// setuid, seteuid, setgid, setegid: one id.
Value set_id(const char* name, bool group, int (*setter)(unsigned int), const Value* args,
             size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  unsigned int id = group ? gid_argument(args[0]) : uid_argument(args[0]);
  if (setter(id) < 0) raise_os_error(errno);
  return none();
}

Value posix_setuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_id("setuid", false, ::setuid, args, nargs, kwnames);
}
Value posix_seteuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_id("seteuid", false, ::seteuid, args, nargs, kwnames);
}
Value posix_setgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_id("setgid", true, ::setgid, args, nargs, kwnames);
}
Value posix_setegid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_id("setegid", true, ::setegid, args, nargs, kwnames);
}

Value posix_kill(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("kill", kwnames);
  check_positional("kill", nargs, 2, 2);
  pid_t pid = static_cast<pid_t>(index_as_int(args[0]));
  // CPython takes the signal as a Py_ssize_t and passes it on as an int.
  int number = static_cast<int>(index_as_ssize(args[1]));
  if (::kill(pid, number) < 0) raise_os_error(errno);
  // A signal sent to this process is handled before kill returns, as in CPython.
  run_pending_signal_handlers();
  return none();
}

Value posix_killpg(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("killpg", kwnames);
  check_positional("killpg", nargs, 2, 2);
  if (::killpg(static_cast<pid_t>(index_as_int(args[0])), index_as_int(args[1])) < 0) {
    raise_os_error(errno);
  }
  return none();
}

Value posix_nice(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.nice", kwnames);
  check_positional("posix.nice", nargs, 1, 1);
  errno = 0;
  int value = ::nice(index_as_int(args[0]));
  if (value == -1 && errno != 0) raise_os_error(errno);
  return make_int(value);
}

Value posix_getpriority(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getpriority", kwnames);
  check_positional("getpriority", nargs, 2, 2);
  errno = 0;
  int value = ::getpriority(static_cast<__priority_which_t>(index_as_int(args[0])),
                            static_cast<id_t>(index_as_int(args[1])));
  if (value == -1 && errno != 0) raise_os_error(errno);
  return make_int(value);
}

Value posix_setpriority(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setpriority", kwnames);
  check_positional("setpriority", nargs, 3, 3);
  if (::setpriority(static_cast<__priority_which_t>(index_as_int(args[0])),
                    static_cast<id_t>(index_as_int(args[1])), index_as_int(args[2])) < 0) {
    raise_os_error(errno);
  }
  return none();
}

Value posix_sched_yield(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.sched_yield", kwnames);
  check_positional("posix.sched_yield", nargs, 0, 0);
  ::sched_yield();
  return none();
}

Value posix_sched_getaffinity(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.sched_getaffinity", kwnames);
  check_positional("posix.sched_getaffinity", nargs, 1, 1);
  pid_t pid = static_cast<pid_t>(index_as_int(args[0]));
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  if (::sched_getaffinity(pid, sizeof cpus, &cpus) < 0) raise_os_error(errno);
  Set* result = make_set();
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &cpus)) set_add(result, make_int(cpu));
  }
  return Value::from_object(result);
}

Value posix_cpu_count(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.cpu_count", kwnames);
  check_positional("posix.cpu_count", nargs, 0, 0);
  long count = ::sysconf(_SC_NPROCESSORS_ONLN);
  return count >= 1 ? make_int(count) : none();
}

Value posix_getloadavg(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getloadavg", kwnames);
  check_positional("posix.getloadavg", nargs, 0, 0);
  double loads[3];
  if (::getloadavg(loads, 3) != 3) raise(&exc_OSError, "Load averages are unobtainable");
  return Value::from_object(make_tuple({make_float(loads[0]), make_float(loads[1]), make_float(loads[2])}));
}

// --- waiting for children ---------------------------------------------------

Value wait_result(pid_t pid, int status) {
  return Value::from_object(make_tuple({make_int(pid), make_int(status)}));
}

Value posix_waitpid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("waitpid", kwnames);
  check_positional("waitpid", nargs, 2, 2);
  pid_t pid = static_cast<pid_t>(index_as_int(args[0]));
  int options = index_as_int(args[1]);
  int status = 0;
  pid_t result = blocking_call([&] { return ::waitpid(pid, &status, options); });
  if (result < 0) raise_os_error(errno);
  return wait_result(result, status);
}

Value posix_wait(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.wait", kwnames);
  check_positional("posix.wait", nargs, 0, 0);
  int status = 0;
  pid_t result = blocking_call([&] { return ::wait(&status); });
  if (result < 0) raise_os_error(errno);
  return wait_result(result, status);
}

int status_argument(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({name, {"status"}, 1}, args, nargs, kwnames, bound);
  return index_as_int(bound[0]);
}

Value posix_waitstatus_to_exitcode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int status = status_argument("waitstatus_to_exitcode", args, nargs, kwnames);
  if (WIFEXITED(status)) return make_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return make_int(-WTERMSIG(status));
  if (WIFSTOPPED(status)) {
    throw_value_error(format("process stopped by delivery of signal %d", WSTOPSIG(status)));
  }
  throw_value_error(format("invalid wait status: %d", status));
}

#define KRAIT_WAIT_MACRO(NAME, RESULT)                                              \
  Value posix_##NAME(Value, const Value* args, size_t nargs, Tuple* kwnames) {      \
    int status = status_argument(#NAME, args, nargs, kwnames);                      \
    return RESULT(NAME(status));                                                    \
  }
KRAIT_WAIT_MACRO(WCOREDUMP, make_bool)
KRAIT_WAIT_MACRO(WIFCONTINUED, make_bool)
KRAIT_WAIT_MACRO(WIFSTOPPED, make_bool)
KRAIT_WAIT_MACRO(WIFSIGNALED, make_bool)
KRAIT_WAIT_MACRO(WIFEXITED, make_bool)
KRAIT_WAIT_MACRO(WEXITSTATUS, make_int)
KRAIT_WAIT_MACRO(WTERMSIG, make_int)
KRAIT_WAIT_MACRO(WSTOPSIG, make_int)
#undef KRAIT_WAIT_MACRO

// --- running programs -------------------------------------------------------

Value posix_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"_exit", {"status"}, 1}, args, nargs, kwnames, bound);
  ::_exit(index_as_int(bound[0]));
}

Value posix_abort(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.abort", kwnames);
  check_positional("posix.abort", nargs, 0, 0);
  std::abort();
}

Value posix_system(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"system", {"command"}, 1}, args, nargs, kwnames, bound);
  std::string command = fs_converter(bound[0]);
  return make_int(::system(command.c_str()));
}

// Registered fork hooks, as lists of callables (null until registered).
Value fork_hooks_before;
Value fork_hooks_after_in_child;
Value fork_hooks_after_in_parent;

// Runs the hooks of one list, first to last or (before) last to first;
// an exception a hook raises is reported and ignored, as CPython does.
void run_fork_hooks(Value hooks, bool reverse) {
  if (hooks.is_null()) return;
  int64_t count = length(hooks);
  for (int64_t i = 0; i < count; ++i) {
    Value hook = getitem(hooks, make_int(reverse ? count - 1 - i : i));
    try {
      call(hook, {});
    } catch (const PyException&) {
      clear_current_exception();
    }
  }
}

void append_fork_hook(Value& hooks, Value hook) {
  if (hooks.is_null()) hooks = Value::from_object(make_list());
  list_append(hooks.as<List>(), hook);
}

Value posix_register_at_fork(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"register_at_fork", {"before", "after_in_child", "after_in_parent"}, 0, 0, 0},
                 args, nargs, kwnames, bound);
  const char* names[3] = {"before", "after_in_child", "after_in_parent"};
  bool any = false;
  for (size_t i = 0; i < 3; ++i) {
    if (bound[i].is_null()) continue;
    any = true;
    if (!is_callable(bound[i])) {
      throw_type_error(format("'%s' must be callable, not %s", names[i], tp_name(type_of(bound[i])).c_str()));
    }
  }
  if (!any) throw_type_error("At least one argument is required.");
  if (!bound[0].is_null()) append_fork_hook(fork_hooks_before, bound[0]);
  if (!bound[1].is_null()) append_fork_hook(fork_hooks_after_in_child, bound[1]);
  if (!bound[2].is_null()) append_fork_hook(fork_hooks_after_in_parent, bound[2]);
  return none();
}

Value posix_fork(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.fork", kwnames);
  check_positional("posix.fork", nargs, 0, 0);
  run_fork_hooks(fork_hooks_before, true);
  pid_t pid = ::fork();
  int error = errno;
  if (pid == 0) {
    run_fork_hooks(fork_hooks_after_in_child, false);
  } else {
    run_fork_hooks(fork_hooks_after_in_parent, false);
  }
  if (pid < 0) raise_os_error(error);
  return make_int(pid);
}

// The argv of execv/execve as C strings (kept alive by `storage`).
std::vector<char*> exec_arguments(const char* function, Value argv, std::vector<std::string>& storage) {
  if (!is_tuple(argv) && !is_list(argv)) {
    throw_type_error(format("%s() arg 2 must be a tuple or list", function));
  }
  int64_t count = length(argv);
  if (count < 1) throw_value_error(format("%s() arg 2 must not be empty", function));
  storage.clear();
  for (int64_t i = 0; i < count; ++i) {
    storage.push_back(fs_converter(getitem(argv, make_int(i))));
  }
  if (storage[0].empty()) throw_value_error(format("%s() arg 2 first element cannot be empty", function));
  std::vector<char*> pointers;
  for (std::string& item : storage) pointers.push_back(item.data());
  pointers.push_back(nullptr);
  return pointers;
}

Value posix_execv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("execv", kwnames);
  check_positional("execv", nargs, 2, 2);
  PathArgument path = convert_path("execv", "path", args[0]);
  std::vector<std::string> storage;
  std::vector<char*> argv = exec_arguments("execv", args[1], storage);
  ::execv(path.c_str(), argv.data());
  raise_os_error(errno);
}

Value posix_execve(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"execve", {"path", "argv", "env"}, 3}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("execve", "path", bound[0]);
  std::vector<std::string> storage;
  std::vector<char*> argv = exec_arguments("execve", bound[1], storage);
  Value env = bound[2];
  if (lookup_attr(env, intern("keys")).is_null()) {
    throw_type_error("execve: environment must be a mapping object");
  }
  std::vector<std::string> entries;
  Value keys = get_iter(call_method(env, intern("keys"), {}));
  for (Value key = iter_next(keys); !key.is_null(); key = iter_next(keys)) {
    std::string name = fs_converter(key);
    std::string value = fs_converter(getitem(env, key));
    if (name.empty() || name.find('=') != std::string::npos) {
      throw_value_error("illegal environment variable name");
    }
    entries.push_back(name + "=" + value);
  }
  std::vector<char*> envp;
  for (std::string& entry : entries) envp.push_back(entry.data());
  envp.push_back(nullptr);
  ::execve(path.c_str(), argv.data(), envp.data());
  raise_os_error(errno, path.object);
}

// --- the environment ----------------------------------------------------------

Value posix_putenv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("putenv", kwnames);
  check_positional("putenv", nargs, 2, 2);
  std::string name = fs_converter(args[0]);
  std::string value = fs_converter(args[1]);
  if (name.empty()) raise_os_error(EINVAL);
  if (name.find('=') != std::string::npos) throw_value_error("illegal environment variable name");
  if (::setenv(name.c_str(), value.c_str(), 1) < 0) raise_os_error(errno);
  return none();
}

Value posix_unsetenv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.unsetenv", kwnames);
  check_positional("posix.unsetenv", nargs, 1, 1);
  std::string name = fs_converter(args[0]);
  if (::unsetenv(name.c_str()) < 0) raise_os_error(errno);
  return none();
}

Dict* make_environ() {
  Dict* result = make_dict();
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string_view text = *entry;
    size_t equals = text.find('=', 1);
    if (equals == std::string_view::npos) continue;
    Value key = Value::from_object(make_bytes(text.substr(0, equals)));
    // The first of repeated names wins, as in CPython.
    if (!dict_get(result, key).is_null()) continue;
    dict_set(result, key, Value::from_object(make_bytes(text.substr(equals + 1))));
  }
  return result;
}

// --- system information -----------------------------------------------------

StructSeqType* uname_result_type = nullptr;
StructSeqType* times_result_type = nullptr;
StructSeqType* terminal_size_type = nullptr;

Value posix_uname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.uname", kwnames);
  check_positional("posix.uname", nargs, 0, 0);
  utsname names;
  if (::uname(&names) < 0) raise_os_error(errno);
  return make_struct_sequence(uname_result_type,
                              {fs_decode(names.sysname), fs_decode(names.nodename),
                               fs_decode(names.release), fs_decode(names.version),
                               fs_decode(names.machine)});
}

Value posix_times(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.times", kwnames);
  check_positional("posix.times", nargs, 0, 0);
  tms usage;
  clock_t elapsed = ::times(&usage);
  if (elapsed == static_cast<clock_t>(-1)) raise_os_error(errno);
  double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
  return make_struct_sequence(
      times_result_type,
      {make_float(static_cast<double>(usage.tms_utime) / ticks),
       make_float(static_cast<double>(usage.tms_stime) / ticks),
       make_float(static_cast<double>(usage.tms_cutime) / ticks),
       make_float(static_cast<double>(usage.tms_cstime) / ticks),
       make_float(static_cast<double>(elapsed) / ticks)});
}

Value posix_get_terminal_size(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_terminal_size", kwnames);
  check_positional("get_terminal_size", nargs, 0, 1);
  int fd = nargs ? index_as_int(args[0]) : STDOUT_FILENO;
  winsize size;
  if (::ioctl(fd, TIOCGWINSZ, &size) < 0) raise_os_error(errno);
  return make_struct_sequence(terminal_size_type, {make_int(size.ws_col), make_int(size.ws_row)});
}

Value posix_urandom(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.urandom", kwnames);
  check_positional("posix.urandom", nargs, 1, 1);
  int64_t size = index_as_ssize(args[0]);
  if (size < 0) throw_value_error("negative argument not allowed");
  std::string bytes(static_cast<size_t>(size), '\0');
  size_t filled = 0;
  while (filled < bytes.size()) {
    ssize_t count = blocking_call([&] { return ::getrandom(bytes.data() + filled, bytes.size() - filled, 0); });
    if (count < 0) raise_os_error(errno);
    filled += static_cast<size_t>(count);
  }
  return Value::from_object(make_bytes(bytes));
}

Value posix_getrandom(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"getrandom", {"size", "flags"}, 1}, args, nargs, kwnames, bound);
  int64_t size = index_as_ssize(bound[0]);
  int flags = bound[1].is_null() ? 0 : index_as_int(bound[1]);
  if (size < 0) raise_os_error(EINVAL);
  std::string bytes(static_cast<size_t>(size), '\0');
  ssize_t count = blocking_call([&] { return ::getrandom(bytes.data(), bytes.size(), static_cast<unsigned>(flags)); });
  if (count < 0) raise_os_error(errno);
  bytes.resize(static_cast<size_t>(count));
  return Value::from_object(make_bytes(bytes));
}

Value posix_openpty(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.openpty", kwnames);
  check_positional("posix.openpty", nargs, 0, 0);
  int controller;
  int terminal;
  if (::openpty(&controller, &terminal, nullptr, nullptr, nullptr) < 0) raise_os_error(errno);
  // Non-inheritable, as every descriptor Python creates.
  ::fcntl(controller, F_SETFD, FD_CLOEXEC);
  ::fcntl(terminal, F_SETFD, FD_CLOEXEC);
  return Value::from_object(make_tuple({make_int(controller), make_int(terminal)}));
}

Value posix_tcgetpgrp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("tcgetpgrp", kwnames);
  check_positional("tcgetpgrp", nargs, 1, 1);
  pid_t group = ::tcgetpgrp(index_as_int(args[0]));
  if (group < 0) raise_os_error(errno);
  return make_int(group);
}

Value posix_tcsetpgrp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("tcsetpgrp", kwnames);
  check_positional("tcsetpgrp", nargs, 2, 2);
  if (::tcsetpgrp(index_as_int(args[0]), static_cast<pid_t>(index_as_int(args[1]))) < 0) {
    raise_os_error(errno);
  }
  return none();
}

Value posix_getresuid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getresuid", kwnames);
  check_positional("posix.getresuid", nargs, 0, 0);
  uid_t real, effective, saved;
  if (::getresuid(&real, &effective, &saved) < 0) raise_os_error(errno);
  return Value::from_object(make_tuple({uid_value(real), uid_value(effective), uid_value(saved)}));
}

Value posix_getresgid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getresgid", kwnames);
  check_positional("posix.getresgid", nargs, 0, 0);
  gid_t real, effective, saved;
  if (::getresgid(&real, &effective, &saved) < 0) raise_os_error(errno);
  return Value::from_object(make_tuple({gid_value(real), gid_value(effective), gid_value(saved)}));
}

Value posix_ctermid(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.ctermid", kwnames);
  check_positional("posix.ctermid", nargs, 0, 0);
  char name[L_ctermid];
  if (!::ctermid(name)) raise_os_error(errno);
  return fs_decode(name);
}

// --- sysconf, confstr, pathconf -------------------------------------------

Value sysconf_names_dict;
Value confstr_names_dict;
Value pathconf_names_dict;

// A configuration name: an int, or a str of the table.
int configuration_name(Value name, Value table) {
  if (is_int(name)) return index_as_int(name);
  if (!is_str(name)) throw_type_error("configuration names must be strings or integers");
  Value number = dict_get(table.as<Dict>(), name);
  if (number.is_null()) throw_value_error("unrecognized configuration name");
  return index_as_int(number);
}

Value posix_sysconf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.sysconf", kwnames);
  check_positional("posix.sysconf", nargs, 1, 1);
  int name = configuration_name(args[0], sysconf_names_dict);
  errno = 0;
  long value = ::sysconf(name);
  if (value == -1 && errno != 0) raise_os_error(errno);
  return make_int(value);
}

Value posix_confstr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.confstr", kwnames);
  check_positional("posix.confstr", nargs, 1, 1);
  int name = configuration_name(args[0], confstr_names_dict);
  errno = 0;
  size_t size = ::confstr(name, nullptr, 0);
  if (size == 0) {
    if (errno != 0) raise_os_error(errno);
    return none();
  }
  std::string value(size, '\0');
  ::confstr(name, value.data(), size);
  value.resize(size - 1);
  return str_value(value);
}

Value posix_pathconf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"pathconf", {"path", "name"}, 2}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("pathconf", "path", bound[0], {true, false});
  int name = configuration_name(bound[1], pathconf_names_dict);
  errno = 0;
  long value = path.fd != -1 ? ::fpathconf(path.fd, name) : ::pathconf(path.system_path(), name);
  if (value == -1 && errno != 0) raise_os_error(errno, path.object);
  return make_int(value);
}

Value posix_fpathconf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("fpathconf", kwnames);
  check_positional("fpathconf", nargs, 2, 2);
  int fd = as_file_descriptor(args[0]);
  int name = configuration_name(args[1], pathconf_names_dict);
  errno = 0;
  long value = ::fpathconf(fd, name);
  if (value == -1 && errno != 0) raise_os_error(errno);
  return make_int(value);
}

Value names_dict(std::initializer_list<IntConstant> names) {
  Dict* result = make_dict();
  for (const IntConstant& name : names) dict_set(result, str_value(name.name), make_int(name.value));
  return Value::from_object(result);
}

}  // namespace

Module* create_posix_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("posix"));
  Dict* dict = module->dict;
  add_functions(module, {
      {"fspath", posix_fspath}, {"strerror", posix_strerror}, {"getpid", posix_getpid},
      {"getppid", posix_getppid}, {"getuid", posix_getuid}, {"geteuid", posix_geteuid},
      {"getgid", posix_getgid}, {"getegid", posix_getegid}, {"getgroups", posix_getgroups},
      {"getlogin", posix_getlogin}, {"getpgid", posix_getpgid}, {"getsid", posix_getsid},
      {"getpgrp", posix_getpgrp}, {"setsid", posix_setsid}, {"setpgid", posix_setpgid},
      {"setpgrp", posix_setpgrp}, {"setuid", posix_setuid}, {"seteuid", posix_seteuid},
      {"setgid", posix_setgid}, {"setegid", posix_setegid}, {"kill", posix_kill},
      {"killpg", posix_killpg}, {"nice", posix_nice}, {"getpriority", posix_getpriority},
      {"setpriority", posix_setpriority}, {"sched_yield", posix_sched_yield},
      {"sched_getaffinity", posix_sched_getaffinity}, {"cpu_count", posix_cpu_count},
      {"getloadavg", posix_getloadavg}, {"waitpid", posix_waitpid}, {"wait", posix_wait},
      {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode},
      {"WCOREDUMP", posix_WCOREDUMP}, {"WIFCONTINUED", posix_WIFCONTINUED},
      {"WIFSTOPPED", posix_WIFSTOPPED}, {"WIFSIGNALED", posix_WIFSIGNALED},
      {"WIFEXITED", posix_WIFEXITED}, {"WEXITSTATUS", posix_WEXITSTATUS},
      {"WTERMSIG", posix_WTERMSIG}, {"WSTOPSIG", posix_WSTOPSIG}, {"_exit", posix_exit},
      {"abort", posix_abort}, {"system", posix_system},
      {"register_at_fork", posix_register_at_fork}, {"fork", posix_fork},
      {"execv", posix_execv}, {"execve", posix_execve}, {"putenv", posix_putenv},
      {"unsetenv", posix_unsetenv}, {"uname", posix_uname}, {"times", posix_times},
      {"get_terminal_size", posix_get_terminal_size}, {"urandom", posix_urandom},
      {"ctermid", posix_ctermid}, {"getrandom", posix_getrandom}, {"openpty", posix_openpty},
      {"tcgetpgrp", posix_tcgetpgrp}, {"tcsetpgrp", posix_tcsetpgrp},
      {"getresuid", posix_getresuid}, {"getresgid", posix_getresgid}, {"sysconf", posix_sysconf}, {"confstr", posix_confstr},
      {"pathconf", posix_pathconf}, {"fpathconf", posix_fpathconf},
  });
  add_posix_file_functions(module);
  add_posix_stat_functions(module);

  uname_result_type = make_struct_sequence_type(
      "posix.uname_result", {"sysname", "nodename", "release", "version", "machine"});
  times_result_type = make_struct_sequence_type(
      "posix.times_result", {"user", "system", "children_user", "children_system", "elapsed"});
  terminal_size_type = make_struct_sequence_type("os.terminal_size", {"columns", "lines"});
  set_type_doc(terminal_size_type, "A tuple of (columns, lines) for holding terminal window size");
  dict_set_str(dict, intern("uname_result"), Value::from_object(uname_result_type));
  dict_set_str(dict, intern("times_result"), Value::from_object(times_result_type));
  dict_set_str(dict, intern("terminal_size"), Value::from_object(terminal_size_type));
  dict_set_str(dict, intern("environ"), Value::from_object(make_environ()));
  dict_set_str(dict, intern("error"), Value::from_object(&exc_OSError));

  add_int_constants(module, {
      {"CLD_CONTINUED", CLD_CONTINUED}, {"CLD_DUMPED", CLD_DUMPED}, {"CLD_EXITED", CLD_EXITED},
      {"CLD_KILLED", CLD_KILLED}, {"CLD_STOPPED", CLD_STOPPED}, {"CLD_TRAPPED", CLD_TRAPPED},
      {"EX_CANTCREAT", EX_CANTCREAT}, {"EX_CONFIG", EX_CONFIG}, {"EX_DATAERR", EX_DATAERR},
      {"EX_IOERR", EX_IOERR}, {"EX_NOHOST", EX_NOHOST}, {"EX_NOINPUT", EX_NOINPUT},
      {"EX_NOPERM", EX_NOPERM}, {"EX_NOUSER", EX_NOUSER}, {"EX_OK", EX_OK},
      {"EX_OSERR", EX_OSERR}, {"EX_OSFILE", EX_OSFILE}, {"EX_PROTOCOL", EX_PROTOCOL},
      {"EX_SOFTWARE", EX_SOFTWARE}, {"EX_TEMPFAIL", EX_TEMPFAIL},
      {"EX_UNAVAILABLE", EX_UNAVAILABLE}, {"EX_USAGE", EX_USAGE}, {"F_LOCK", F_LOCK},
      {"F_OK", F_OK}, {"F_TEST", F_TEST}, {"F_TLOCK", F_TLOCK}, {"F_ULOCK", F_ULOCK},
      {"GRND_NONBLOCK", GRND_NONBLOCK}, {"GRND_RANDOM", GRND_RANDOM},
      {"NGROUPS_MAX", NGROUPS_MAX}, {"O_ACCMODE", O_ACCMODE}, {"O_APPEND", O_APPEND},
      {"O_ASYNC", O_ASYNC}, {"O_CLOEXEC", O_CLOEXEC}, {"O_CREAT", O_CREAT},
      {"O_DIRECT", O_DIRECT}, {"O_DIRECTORY", O_DIRECTORY}, {"O_DSYNC", O_DSYNC},
      {"O_EXCL", O_EXCL}, {"O_FSYNC", O_FSYNC}, {"O_LARGEFILE", O_LARGEFILE},
      {"O_NDELAY", O_NDELAY}, {"O_NOATIME", O_NOATIME}, {"O_NOCTTY", O_NOCTTY},
      {"O_NOFOLLOW", O_NOFOLLOW}, {"O_NONBLOCK", O_NONBLOCK}, {"O_PATH", O_PATH},
      {"O_RDONLY", O_RDONLY}, {"O_RDWR", O_RDWR}, {"O_RSYNC", O_RSYNC}, {"O_SYNC", O_SYNC},
      {"O_TMPFILE", O_TMPFILE}, {"O_TRUNC", O_TRUNC}, {"O_WRONLY", O_WRONLY},
      {"POSIX_FADV_DONTNEED", POSIX_FADV_DONTNEED}, {"POSIX_FADV_NOREUSE", POSIX_FADV_NOREUSE},
      {"POSIX_FADV_NORMAL", POSIX_FADV_NORMAL}, {"POSIX_FADV_RANDOM", POSIX_FADV_RANDOM},
      {"POSIX_FADV_SEQUENTIAL", POSIX_FADV_SEQUENTIAL},
      {"POSIX_FADV_WILLNEED", POSIX_FADV_WILLNEED}, {"PRIO_PGRP", PRIO_PGRP},
      {"PRIO_PROCESS", PRIO_PROCESS}, {"PRIO_USER", PRIO_USER}, {"P_ALL", P_ALL},
      {"P_PGID", P_PGID}, {"P_PID", P_PID}, {"P_PIDFD", P_PIDFD},
      {"RTLD_DEEPBIND", RTLD_DEEPBIND}, {"RTLD_GLOBAL", RTLD_GLOBAL}, {"RTLD_LAZY", RTLD_LAZY},
      {"RTLD_LOCAL", RTLD_LOCAL}, {"RTLD_NODELETE", RTLD_NODELETE}, {"RTLD_NOLOAD", RTLD_NOLOAD},
      {"RTLD_NOW", RTLD_NOW}, {"R_OK", R_OK}, {"SCHED_BATCH", SCHED_BATCH},
      {"SCHED_FIFO", SCHED_FIFO}, {"SCHED_IDLE", SCHED_IDLE}, {"SCHED_OTHER", SCHED_OTHER},
      {"SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK}, {"SCHED_RR", SCHED_RR},
      {"SEEK_DATA", SEEK_DATA}, {"SEEK_HOLE", SEEK_HOLE}, {"ST_APPEND", ST_APPEND},
      {"ST_MANDLOCK", ST_MANDLOCK}, {"ST_NOATIME", ST_NOATIME}, {"ST_NODEV", ST_NODEV},
      {"ST_NODIRATIME", ST_NODIRATIME}, {"ST_NOEXEC", ST_NOEXEC}, {"ST_NOSUID", ST_NOSUID},
      {"ST_RDONLY", ST_RDONLY}, {"ST_RELATIME", ST_RELATIME}, {"ST_SYNCHRONOUS", ST_SYNCHRONOUS},
      {"ST_WRITE", ST_WRITE}, {"TMP_MAX", TMP_MAX}, {"WCONTINUED", WCONTINUED},
      {"WEXITED", WEXITED}, {"WNOHANG", WNOHANG}, {"WNOWAIT", WNOWAIT}, {"WSTOPPED", WSTOPPED},
      {"WUNTRACED", WUNTRACED}, {"W_OK", W_OK}, {"X_OK", X_OK},
  });
  sysconf_names_dict = names_dict({
      {"SC_2_CHAR_TERM", _SC_2_CHAR_TERM}, {"SC_2_C_BIND", _SC_2_C_BIND},
      {"SC_2_C_DEV", _SC_2_C_DEV}, {"SC_2_C_VERSION", _SC_2_C_VERSION},
      {"SC_2_FORT_DEV", _SC_2_FORT_DEV}, {"SC_2_FORT_RUN", _SC_2_FORT_RUN},
      {"SC_2_LOCALEDEF", _SC_2_LOCALEDEF}, {"SC_2_SW_DEV", _SC_2_SW_DEV}, {"SC_2_UPE", _SC_2_UPE},
      {"SC_2_VERSION", _SC_2_VERSION}, {"SC_AIO_LISTIO_MAX", _SC_AIO_LISTIO_MAX},
      {"SC_AIO_MAX", _SC_AIO_MAX}, {"SC_AIO_PRIO_DELTA_MAX", _SC_AIO_PRIO_DELTA_MAX},
      {"SC_ARG_MAX", _SC_ARG_MAX}, {"SC_ASYNCHRONOUS_IO", _SC_ASYNCHRONOUS_IO},
      {"SC_ATEXIT_MAX", _SC_ATEXIT_MAX}, {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES},
      {"SC_BC_BASE_MAX", _SC_BC_BASE_MAX}, {"SC_BC_DIM_MAX", _SC_BC_DIM_MAX},
      {"SC_BC_SCALE_MAX", _SC_BC_SCALE_MAX}, {"SC_BC_STRING_MAX", _SC_BC_STRING_MAX},
      {"SC_CHARCLASS_NAME_MAX", _SC_CHARCLASS_NAME_MAX}, {"SC_CHAR_BIT", _SC_CHAR_BIT},
      {"SC_CHAR_MAX", _SC_CHAR_MAX}, {"SC_CHAR_MIN", _SC_CHAR_MIN},
      {"SC_CHILD_MAX", _SC_CHILD_MAX}, {"SC_CLK_TCK", _SC_CLK_TCK},
      {"SC_COLL_WEIGHTS_MAX", _SC_COLL_WEIGHTS_MAX}, {"SC_DELAYTIMER_MAX", _SC_DELAYTIMER_MAX},
      {"SC_EQUIV_CLASS_MAX", _SC_EQUIV_CLASS_MAX}, {"SC_EXPR_NEST_MAX", _SC_EXPR_NEST_MAX},
      {"SC_FSYNC", _SC_FSYNC}, {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX},
      {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX}, {"SC_INT_MAX", _SC_INT_MAX},
      {"SC_INT_MIN", _SC_INT_MIN}, {"SC_IOV_MAX", _SC_IOV_MAX},
      {"SC_JOB_CONTROL", _SC_JOB_CONTROL}, {"SC_LINE_MAX", _SC_LINE_MAX},
      {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_LONG_BIT", _SC_LONG_BIT},
      {"SC_MAPPED_FILES", _SC_MAPPED_FILES}, {"SC_MB_LEN_MAX", _SC_MB_LEN_MAX},
      {"SC_MEMLOCK", _SC_MEMLOCK}, {"SC_MEMLOCK_RANGE", _SC_MEMLOCK_RANGE},
      {"SC_MEMORY_PROTECTION", _SC_MEMORY_PROTECTION},
      {"SC_MESSAGE_PASSING", _SC_MESSAGE_PASSING}, {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
      {"SC_MQ_OPEN_MAX", _SC_MQ_OPEN_MAX}, {"SC_MQ_PRIO_MAX", _SC_MQ_PRIO_MAX},
      {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX}, {"SC_NL_ARGMAX", _SC_NL_ARGMAX},
      {"SC_NL_LANGMAX", _SC_NL_LANGMAX}, {"SC_NL_MSGMAX", _SC_NL_MSGMAX},
      {"SC_NL_NMAX", _SC_NL_NMAX}, {"SC_NL_SETMAX", _SC_NL_SETMAX},
      {"SC_NL_TEXTMAX", _SC_NL_TEXTMAX}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
      {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_NZERO", _SC_NZERO},
      {"SC_OPEN_MAX", _SC_OPEN_MAX}, {"SC_PAGESIZE", _SC_PAGESIZE},
      {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_PASS_MAX", _SC_PASS_MAX},
      {"SC_PHYS_PAGES", _SC_PHYS_PAGES}, {"SC_PII", _SC_PII},
      {"SC_PII_INTERNET", _SC_PII_INTERNET}, {"SC_PII_INTERNET_DGRAM", _SC_PII_INTERNET_DGRAM},
      {"SC_PII_INTERNET_STREAM", _SC_PII_INTERNET_STREAM}, {"SC_PII_OSI", _SC_PII_OSI},
      {"SC_PII_OSI_CLTS", _SC_PII_OSI_CLTS}, {"SC_PII_OSI_COTS", _SC_PII_OSI_COTS},
      {"SC_PII_OSI_M", _SC_PII_OSI_M}, {"SC_PII_SOCKET", _SC_PII_SOCKET},
      {"SC_PII_XTI", _SC_PII_XTI}, {"SC_POLL", _SC_POLL},
      {"SC_PRIORITIZED_IO", _SC_PRIORITIZED_IO},
      {"SC_PRIORITY_SCHEDULING", _SC_PRIORITY_SCHEDULING},
      {"SC_REALTIME_SIGNALS", _SC_REALTIME_SIGNALS}, {"SC_RE_DUP_MAX", _SC_RE_DUP_MAX},
      {"SC_RTSIG_MAX", _SC_RTSIG_MAX}, {"SC_SAVED_IDS", _SC_SAVED_IDS},
      {"SC_SCHAR_MAX", _SC_SCHAR_MAX}, {"SC_SCHAR_MIN", _SC_SCHAR_MIN}, {"SC_SELECT", _SC_SELECT},
      {"SC_SEMAPHORES", _SC_SEMAPHORES}, {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX},
      {"SC_SEM_VALUE_MAX", _SC_SEM_VALUE_MAX},
      {"SC_SHARED_MEMORY_OBJECTS", _SC_SHARED_MEMORY_OBJECTS}, {"SC_SHRT_MAX", _SC_SHRT_MAX},
      {"SC_SHRT_MIN", _SC_SHRT_MIN}, {"SC_SIGQUEUE_MAX", _SC_SIGQUEUE_MAX},
      {"SC_SSIZE_MAX", _SC_SSIZE_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
      {"SC_SYNCHRONIZED_IO", _SC_SYNCHRONIZED_IO}, {"SC_THREADS", _SC_THREADS},
      {"SC_THREAD_ATTR_STACKADDR", _SC_THREAD_ATTR_STACKADDR},
      {"SC_THREAD_ATTR_STACKSIZE", _SC_THREAD_ATTR_STACKSIZE},
      {"SC_THREAD_DESTRUCTOR_ITERATIONS", _SC_THREAD_DESTRUCTOR_ITERATIONS},
      {"SC_THREAD_KEYS_MAX", _SC_THREAD_KEYS_MAX},
      {"SC_THREAD_PRIORITY_SCHEDULING", _SC_THREAD_PRIORITY_SCHEDULING},
      {"SC_THREAD_PRIO_INHERIT", _SC_THREAD_PRIO_INHERIT},
      {"SC_THREAD_PRIO_PROTECT", _SC_THREAD_PRIO_PROTECT},
      {"SC_THREAD_PROCESS_SHARED", _SC_THREAD_PROCESS_SHARED},
      {"SC_THREAD_SAFE_FUNCTIONS", _SC_THREAD_SAFE_FUNCTIONS},
      {"SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN},
      {"SC_THREAD_THREADS_MAX", _SC_THREAD_THREADS_MAX}, {"SC_TIMERS", _SC_TIMERS},
      {"SC_TIMER_MAX", _SC_TIMER_MAX}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX},
      {"SC_TZNAME_MAX", _SC_TZNAME_MAX}, {"SC_T_IOV_MAX", _SC_T_IOV_MAX},
      {"SC_UCHAR_MAX", _SC_UCHAR_MAX}, {"SC_UINT_MAX", _SC_UINT_MAX},
      {"SC_UIO_MAXIOV", _SC_UIO_MAXIOV}, {"SC_ULONG_MAX", _SC_ULONG_MAX},
      {"SC_USHRT_MAX", _SC_USHRT_MAX}, {"SC_VERSION", _SC_VERSION}, {"SC_WORD_BIT", _SC_WORD_BIT},
      {"SC_XBS5_ILP32_OFF32", _SC_XBS5_ILP32_OFF32},
      {"SC_XBS5_ILP32_OFFBIG", _SC_XBS5_ILP32_OFFBIG},
      {"SC_XBS5_LP64_OFF64", _SC_XBS5_LP64_OFF64},
      {"SC_XBS5_LPBIG_OFFBIG", _SC_XBS5_LPBIG_OFFBIG}, {"SC_XOPEN_CRYPT", _SC_XOPEN_CRYPT},
      {"SC_XOPEN_ENH_I18N", _SC_XOPEN_ENH_I18N}, {"SC_XOPEN_LEGACY", _SC_XOPEN_LEGACY},
      {"SC_XOPEN_REALTIME", _SC_XOPEN_REALTIME},
      {"SC_XOPEN_REALTIME_THREADS", _SC_XOPEN_REALTIME_THREADS}, {"SC_XOPEN_SHM", _SC_XOPEN_SHM},
      {"SC_XOPEN_UNIX", _SC_XOPEN_UNIX}, {"SC_XOPEN_VERSION", _SC_XOPEN_VERSION},
      {"SC_XOPEN_XCU_VERSION", _SC_XOPEN_XCU_VERSION}, {"SC_XOPEN_XPG2", _SC_XOPEN_XPG2},
      {"SC_XOPEN_XPG3", _SC_XOPEN_XPG3}, {"SC_XOPEN_XPG4", _SC_XOPEN_XPG4},
  });
  confstr_names_dict = names_dict({
      {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
      {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
      {"CS_LFS64_CFLAGS", _CS_LFS64_CFLAGS}, {"CS_LFS64_LDFLAGS", _CS_LFS64_LDFLAGS},
      {"CS_LFS64_LIBS", _CS_LFS64_LIBS}, {"CS_LFS64_LINTFLAGS", _CS_LFS64_LINTFLAGS},
      {"CS_LFS_CFLAGS", _CS_LFS_CFLAGS}, {"CS_LFS_LDFLAGS", _CS_LFS_LDFLAGS},
      {"CS_LFS_LIBS", _CS_LFS_LIBS}, {"CS_LFS_LINTFLAGS", _CS_LFS_LINTFLAGS},
      {"CS_PATH", _CS_PATH}, {"CS_XBS5_ILP32_OFF32_CFLAGS", _CS_XBS5_ILP32_OFF32_CFLAGS},
      {"CS_XBS5_ILP32_OFF32_LDFLAGS", _CS_XBS5_ILP32_OFF32_LDFLAGS},
      {"CS_XBS5_ILP32_OFF32_LIBS", _CS_XBS5_ILP32_OFF32_LIBS},
      {"CS_XBS5_ILP32_OFF32_LINTFLAGS", _CS_XBS5_ILP32_OFF32_LINTFLAGS},
      {"CS_XBS5_ILP32_OFFBIG_CFLAGS", _CS_XBS5_ILP32_OFFBIG_CFLAGS},
      {"CS_XBS5_ILP32_OFFBIG_LDFLAGS", _CS_XBS5_ILP32_OFFBIG_LDFLAGS},
      {"CS_XBS5_ILP32_OFFBIG_LIBS", _CS_XBS5_ILP32_OFFBIG_LIBS},
      {"CS_XBS5_ILP32_OFFBIG_LINTFLAGS", _CS_XBS5_ILP32_OFFBIG_LINTFLAGS},
      {"CS_XBS5_LP64_OFF64_CFLAGS", _CS_XBS5_LP64_OFF64_CFLAGS},
      {"CS_XBS5_LP64_OFF64_LDFLAGS", _CS_XBS5_LP64_OFF64_LDFLAGS},
      {"CS_XBS5_LP64_OFF64_LIBS", _CS_XBS5_LP64_OFF64_LIBS},
      {"CS_XBS5_LP64_OFF64_LINTFLAGS", _CS_XBS5_LP64_OFF64_LINTFLAGS},
      {"CS_XBS5_LPBIG_OFFBIG_CFLAGS", _CS_XBS5_LPBIG_OFFBIG_CFLAGS},
      {"CS_XBS5_LPBIG_OFFBIG_LDFLAGS", _CS_XBS5_LPBIG_OFFBIG_LDFLAGS},
      {"CS_XBS5_LPBIG_OFFBIG_LIBS", _CS_XBS5_LPBIG_OFFBIG_LIBS},
      {"CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", _CS_XBS5_LPBIG_OFFBIG_LINTFLAGS},
  });
  pathconf_names_dict = names_dict({
      {"PC_ALLOC_SIZE_MIN", _PC_ALLOC_SIZE_MIN}, {"PC_ASYNC_IO", _PC_ASYNC_IO},
      {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_FILESIZEBITS", _PC_FILESIZEBITS},
      {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON},
      {"PC_MAX_INPUT", _PC_MAX_INPUT}, {"PC_NAME_MAX", _PC_NAME_MAX},
      {"PC_NO_TRUNC", _PC_NO_TRUNC}, {"PC_PATH_MAX", _PC_PATH_MAX}, {"PC_PIPE_BUF", _PC_PIPE_BUF},
      {"PC_PRIO_IO", _PC_PRIO_IO}, {"PC_REC_INCR_XFER_SIZE", _PC_REC_INCR_XFER_SIZE},
      {"PC_REC_MAX_XFER_SIZE", _PC_REC_MAX_XFER_SIZE},
      {"PC_REC_MIN_XFER_SIZE", _PC_REC_MIN_XFER_SIZE}, {"PC_REC_XFER_ALIGN", _PC_REC_XFER_ALIGN},
      {"PC_SOCK_MAXBUF", _PC_SOCK_MAXBUF}, {"PC_SYMLINK_MAX", _PC_SYMLINK_MAX},
      {"PC_SYNC_IO", _PC_SYNC_IO}, {"PC_VDISABLE", _PC_VDISABLE},
  });
  dict_set_str(dict, intern("sysconf_names"), sysconf_names_dict);
  dict_set_str(dict, intern("confstr_names"), confstr_names_dict);
  dict_set_str(dict, intern("pathconf_names"), pathconf_names_dict);

  // What os.py's supports_dir_fd, supports_fd and supports_follow_symlinks
  // are built from: the calls the functions above make.
  List* have = make_list();
  for (const char* name :
       {"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
        "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS",
        "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT",
        "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT",
        "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"}) {
    list_append(have, str_value(name));
  }
  dict_set_str(dict, intern("_have_functions"), Value::from_object(have));
  dict_set_str(dict, intern("__doc__"),
               str_value("This module provides access to operating system functionality that is\n"
                         "standardized by the C Standard and the POSIX standard (a thinly\n"
                         "disguised Unix interface).  Refer to the library manual and\n"
                         "corresponding Unix manual entries for more information on calls."));
  return module;
}

}  // namespace krait
