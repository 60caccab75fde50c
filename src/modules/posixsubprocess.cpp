// The `_posixsubprocess` module: fork_exec, the fork-and-exec beneath the
// stdlib's subprocess.Popen on POSIX.
//
// Everything the child needs (argument and environment arrays, the list of
// descriptors to keep) is built before fork(): between fork() and exec() the
// child calls only async-signal-safe functions (it may be a copy of a
// multi-threaded process), except for a Python preexec_fn, which CPython
// allows too. A child that cannot exec writes "ExceptionName:hex-errno:" to
// the error pipe, as subprocess.py expects, and exits with status 255.
#include "modules/posixsubprocess.h"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "modules/io_files.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

// A path or argument as the bytes exec wants (os.fsencode: str with
// surrogateescape, bytes as they are, os.PathLike through __fspath__).
std::string filesystem_bytes(Value value, const char* what) {
  if (!is_str(value) && !is_bytes(value)) {
    Value fspath = call_special(value, intern("__fspath__"), {});
    if (!fspath.is_null()) value = fspath;
  }
  if (is_bytes(value)) return std::string(value.as<Bytes>()->view());
  if (is_str(value)) {
    Value encoded = str_encode(value.as<Str>(), "utf-8", "surrogateescape");
    return std::string(encoded.as<Bytes>()->view());
  }
  throw_type_error(std::string("expected str, bytes or os.PathLike object, not ") +
                   type_name(value) + (what[0] ? std::string(" (") + what + ")" : ""));
}

std::string without_nul(std::string bytes) {
  if (bytes.find('\0') != std::string::npos) throw_value_error("embedded null byte");
  return bytes;
}

// The items of a sequence argument, as byte strings.
std::vector<std::string> byte_strings(Value sequence, const char* what) {
  std::vector<std::string> strings;
  Value iterator = get_iter(sequence);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    strings.push_back(without_nul(filesystem_bytes(item, what)));
  }
  return strings;
}

// NUL-terminated pointer arrays into `strings` (which must outlive them).
std::vector<char*> c_array(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

int fd_argument(Value value, const char* name) {
  int64_t fd;
  if (!is_int(value) || !int_to_int64(value, fd) || fd < -1 || fd > INT32_MAX) {
    throw_type_error(std::string(name) + " must be an int file descriptor");
  }
  return static_cast<int>(fd);
}

bool truth_argument(Value value) { return truthy(value); }

// The child's side, from fork() to exec(): async-signal-safe calls only.
struct ChildPlan {
  char** argv;
  char** envp;  // null: keep the environment
  std::vector<char*> executables;
  const char* cwd;  // null: stay
  std::vector<int> fds_to_keep;  // sorted
  bool close_fds;
  int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
  bool restore_signals, call_setsid;
  pid_t pgid_to_set;
  bool set_groups;
  std::vector<gid_t> groups;
  bool set_gid, set_uid;
  gid_t gid = 0;
  uid_t uid = 0;
  int umask_value;
  Value preexec_fn;
};

void write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t written = write(fd, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
}

// "OSError:<hex errno>:" (":noexec" when exec was never reached), without
// snprintf, which is not async-signal-safe.
[[noreturn]] void report_and_exit(int fd, const char* exception, int error_number,
                                  bool before_exec) {
  char buffer[64];
  size_t n = 0;
  for (const char* p = exception; *p; ++p) buffer[n++] = *p;
  buffer[n++] = ':';
  char digits[16];
  size_t count = 0;
  unsigned value = static_cast<unsigned>(error_number);
  do {
    digits[count++] = "0123456789abcdef"[value % 16];
    value /= 16;
  } while (value);
  while (count) buffer[n++] = digits[--count];
  buffer[n++] = ':';
  write_all(fd, buffer, n);
  if (before_exec) write_all(fd, "noexec", 6);
  _exit(255);
}

void set_inheritable(int fd, bool inheritable) {
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return;
  int wanted = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (wanted != flags) fcntl(fd, F_SETFD, wanted);
}

// Closes descriptors first..last (inclusive).
void close_fd_range(unsigned first, unsigned last) {
  if (first > last || syscall(SYS_close_range, first, last, 0) == 0) return;
  long limit = sysconf(_SC_OPEN_MAX);
  unsigned stop = std::min<unsigned long>(last, limit < 0 ? 1024 : limit - 1);
  for (unsigned fd = first; fd <= stop; ++fd) close(static_cast<int>(fd));
}

// Closes every descriptor from 3 up except those to keep.
void close_other_fds(const ChildPlan& plan) {
  unsigned from = 3;
  for (int keep : plan.fds_to_keep) {
    if (keep < static_cast<int>(from)) continue;
    if (static_cast<unsigned>(keep) > from) close_fd_range(from, keep - 1);
    from = keep + 1;
  }
  close_fd_range(from, ~0u);
}

[[noreturn]] void run_child(ChildPlan& plan) {
  int report = plan.errpipe_write;
  // The parent's ends of the pipes.
  for (int fd : {plan.p2cwrite, plan.c2pread, plan.errread}) {
    if (fd != -1) close(fd);
  }
  close(plan.errpipe_read);
  // Move the child's ends out of 0-2 first, so the dup2s below cannot
  // overwrite one with another.
  if (plan.c2pwrite == 0) {
    plan.c2pwrite = dup(plan.c2pwrite);
    if (plan.c2pwrite < 0) report_and_exit(report, "OSError", errno, true);
    set_inheritable(plan.c2pwrite, false);
  }
  while (plan.errwrite == 0 || plan.errwrite == 1) {
    plan.errwrite = dup(plan.errwrite);
    if (plan.errwrite < 0) report_and_exit(report, "OSError", errno, true);
    set_inheritable(plan.errwrite, false);
  }
  const int targets[3] = {plan.p2cread, plan.c2pwrite, plan.errwrite};
  for (int target = 0; target < 3; ++target) {
    int fd = targets[target];
    if (fd == target) {
      set_inheritable(fd, true);
    } else if (fd != -1 && dup2(fd, target) < 0) {
      report_and_exit(report, "OSError", errno, true);
    }
  }
  if (plan.cwd && chdir(plan.cwd) < 0) report_and_exit(report, "OSError", errno, true);
  if (plan.umask_value >= 0) umask(static_cast<mode_t>(plan.umask_value));
  if (plan.restore_signals) {
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
  }
  if (plan.call_setsid && setsid() < 0) report_and_exit(report, "OSError", errno, true);
  if (plan.pgid_to_set >= 0 && setpgid(0, plan.pgid_to_set) < 0) {
    report_and_exit(report, "OSError", errno, true);
  }
  if (plan.set_groups && setgroups(plan.groups.size(), plan.groups.data()) < 0) {
    report_and_exit(report, "OSError", errno, true);
  }
  if (plan.set_gid && setregid(plan.gid, plan.gid) < 0) {
    report_and_exit(report, "OSError", errno, true);
  }
  if (plan.set_uid && setreuid(plan.uid, plan.uid) < 0) {
    report_and_exit(report, "OSError", errno, true);
  }
  if (!plan.preexec_fn.is_null() && !is_none(plan.preexec_fn)) {
    try {
      call(plan.preexec_fn, nullptr, 0);
    } catch (const PyException&) {
      const char message[] = "SubprocessError:0:Exception occurred in preexec_fn.";
      write_all(report, message, sizeof message - 1);
      _exit(255);
    }
  }
  for (int fd : plan.fds_to_keep) {
    if (fd != report) set_inheritable(fd, true);
  }
  if (plan.close_fds) close_other_fds(plan);
  // The first error other than "not found here" is the one reported, as
  // os._execvpe does.
  int saved = 0;
  for (char* executable : plan.executables) {
    if (plan.envp) {
      execve(executable, plan.argv, plan.envp);
    } else {
      execv(executable, plan.argv);
    }
    if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
  }
  report_and_exit(report, "OSError", saved ? saved : errno, false);
}

Value fork_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("fork_exec", kwnames);
  if (nargs != 23) {
    throw_type_error("fork_exec() takes exactly 23 arguments (" + std::to_string(nargs) +
                     " given)");
  }
  if (!is_tuple(args[3])) {
    throw_type_error("fork_exec() argument 4 must be tuple, not " + type_name(args[3]));
  }
  ChildPlan plan;
  plan.close_fds = truth_argument(args[2]);
  for (size_t i = 0; i < args[3].as<Tuple>()->size; ++i) {
    Value fd = (*args[3].as<Tuple>())[i];
    int64_t number;
    if (!is_int(fd) || !int_to_int64(fd, number) || number < 0 || number > INT32_MAX) {
      throw_value_error("bad value(s) in fds_to_keep");
    }
    plan.fds_to_keep.push_back(static_cast<int>(number));
  }
  if (!std::is_sorted(plan.fds_to_keep.begin(), plan.fds_to_keep.end())) {
    throw_value_error("bad value(s) in fds_to_keep");
  }
  const char* fd_names[8] = {"p2cread", "p2cwrite", "c2pread", "c2pwrite",
                             "errread", "errwrite", "errpipe_read", "errpipe_write"};
  int fds[8];
  for (int i = 0; i < 8; ++i) fds[i] = fd_argument(args[6 + i], fd_names[i]);
  plan.p2cread = fds[0];
  plan.p2cwrite = fds[1];
  plan.c2pread = fds[2];
  plan.c2pwrite = fds[3];
  plan.errread = fds[4];
  plan.errwrite = fds[5];
  plan.errpipe_read = fds[6];
  plan.errpipe_write = fds[7];
  if (plan.close_fds && plan.errpipe_write < 3) throw_value_error("errpipe_write must be >= 3");
  plan.restore_signals = truth_argument(args[14]);
  plan.call_setsid = truth_argument(args[15]);
  int64_t number = -1;
  if (!is_int(args[16]) || !int_to_int64(args[16], number)) {
    throw_type_error("pgid_to_set must be an int");
  }
  plan.pgid_to_set = static_cast<pid_t>(number);
  plan.set_gid = !is_none(args[17]);
  if (plan.set_gid) {
    if (!is_int(args[17]) || !int_to_int64(args[17], number)) throw_type_error("gid must be an int");
    plan.gid = static_cast<gid_t>(number);
  }
  plan.set_groups = !is_none(args[18]);
  if (plan.set_groups) {
    Value iterator = get_iter(args[18]);
    for (Value g = iter_next(iterator); !g.is_null(); g = iter_next(iterator)) {
      if (!is_int(g) || !int_to_int64(g, number)) throw_type_error("groups must be integers");
      plan.groups.push_back(static_cast<gid_t>(number));
    }
  }
  plan.set_uid = !is_none(args[19]);
  if (plan.set_uid) {
    if (!is_int(args[19]) || !int_to_int64(args[19], number)) throw_type_error("uid must be an int");
    plan.uid = static_cast<uid_t>(number);
  }
  if (!is_int(args[20]) || !int_to_int64(args[20], number)) throw_type_error("umask must be an int");
  plan.umask_value = static_cast<int>(number);
  plan.preexec_fn = args[21];

  std::vector<std::string> argv_strings =
      is_none(args[0]) ? std::vector<std::string>{} : byte_strings(args[0], "");
  std::vector<char*> argv = c_array(argv_strings);
  plan.argv = argv.data();
  std::vector<std::string> executable_strings = byte_strings(args[1], "");
  for (std::string& s : executable_strings) plan.executables.push_back(s.data());
  std::string cwd;
  plan.cwd = nullptr;
  if (!is_none(args[4])) {
    cwd = without_nul(filesystem_bytes(args[4], ""));
    plan.cwd = cwd.c_str();
  }
  std::vector<std::string> env_strings;
  std::vector<char*> envp;
  plan.envp = nullptr;
  if (!is_none(args[5])) {
    env_strings = byte_strings(args[5], "");
    envp = c_array(env_strings);
    plan.envp = envp.data();
  }

  pid_t pid = fork();
  if (pid == 0) run_child(plan);
  if (pid < 0) raise_errno(errno);
  return make_int(pid);
}

}  // namespace

Module* create_posixsubprocess_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_posixsubprocess"));
  add_functions(module, {{"fork_exec", fork_exec, kMethodInstance,
                          "Fork a child process and exec a program in it, as subprocess.Popen "
                          "asks; returns the child's pid."}});
  dict_set_str(module->dict, intern("__doc__"),
               str_value("The fork and exec beneath subprocess on POSIX systems."));
  return module;
}

}  // namespace krait
