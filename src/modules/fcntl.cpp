// The `fcntl` module: fcntl, ioctl, flock and lockf on file descriptors.
#include "modules/fcntl.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "modules/io_files.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

// The buffer argument of fcntl/ioctl: at most this many bytes are passed.
constexpr size_t kMaxBufferArgument = 1024;

int int_argument(Value value) {
  int64_t number = index_as_long(value);
  if (number > INT32_MAX) throw_overflow_error("signed integer is greater than maximum");
  if (number < INT32_MIN) throw_overflow_error("signed integer is less than minimum");
  return static_cast<int>(number);
}

// A bytes-like or str argument as the bytes the call reads and may fill in;
// false when the argument is an integer instead.
bool buffer_argument(Value value, std::string& out) {
  std::string_view data;
  if (is_str(value)) {
    out = std::string(value.as<Str>()->view());
    return true;
  }
  if (bytes_like_view(value, data)) {
    out = std::string(data);
    return true;
  }
  return false;
}

Value fcntl_fcntl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("fcntl", kwnames);
  check_positional("fcntl", nargs, 2, 3);
  int fd = as_file_descriptor(args[0]);
  int command = int_argument(args[1]);
  std::string buffer;
  if (nargs == 3 && buffer_argument(args[2], buffer)) {
    if (buffer.size() > kMaxBufferArgument) throw_value_error("fcntl string arg too long");
    char space[kMaxBufferArgument];
    std::memcpy(space, buffer.data(), buffer.size());
    int result;
    do {
      result = fcntl(fd, command, space);
    } while (result < 0 && errno == EINTR);
    if (result < 0) raise_errno(errno);
    return Value::from_object(make_bytes(std::string_view(space, buffer.size())));
  }
  long argument = nargs == 3 ? static_cast<long>(int_argument(args[2])) : 0;
  int result;
  do {
    result = fcntl(fd, command, argument);
  } while (result < 0 && errno == EINTR);
  if (result < 0) raise_errno(errno);
  return make_int(result);
}

Value fcntl_ioctl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("ioctl", kwnames);
  check_positional("ioctl", nargs, 2, 4);
  int fd = as_file_descriptor(args[0]);
  unsigned long request = static_cast<unsigned long>(index_as_long(args[1]));
  std::string buffer;
  if (nargs >= 3 && buffer_argument(args[2], buffer)) {
    // A mutable buffer (bytearray, writable memoryview) is filled in place
    // when mutate_flag is true (the default).
    bool mutate = nargs < 4 || truthy(args[3]);
    ByteArray* mutable_target = resizable_storage(args[2]);
    if (buffer.size() > kMaxBufferArgument && !(mutate && mutable_target)) {
      throw_value_error("ioctl string arg too long");
    }
    char space[kMaxBufferArgument];
    char* target = mutate && mutable_target ? mutable_target->items : space;
    if (target == space) std::memcpy(space, buffer.data(), buffer.size());
    int result = ioctl(fd, request, target);
    if (result < 0) raise_errno(errno);
    if (mutate && mutable_target) return make_int(result);
    return Value::from_object(make_bytes(std::string_view(space, buffer.size())));
  }
  int argument = nargs >= 3 ? int_argument(args[2]) : 0;
  int result = ioctl(fd, request, argument);
  if (result < 0) raise_errno(errno);
  return make_int(result);
}

Value fcntl_flock(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("flock", kwnames);
  check_positional("flock", nargs, 2, 2);
  int fd = as_file_descriptor(args[0]);
  int operation = int_argument(args[1]);
  int result;
  do {
    result = flock(fd, operation);
  } while (result < 0 && errno == EINTR);
  if (result < 0) raise_errno(errno);
  return none();
}

Value fcntl_lockf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("lockf", kwnames);
  check_positional("lockf", nargs, 2, 5);
  int fd = as_file_descriptor(args[0]);
  int code = int_argument(args[1]);
  struct flock lock {};
  if (code == LOCK_UN) {
    lock.l_type = F_UNLCK;
  } else if (code & LOCK_SH) {
    lock.l_type = F_RDLCK;
  } else if (code & LOCK_EX) {
    lock.l_type = F_WRLCK;
  } else {
    throw_value_error("unrecognized lockf argument");
  }
  lock.l_len = nargs > 2 ? static_cast<off_t>(index_as_long(args[2])) : 0;
  lock.l_start = nargs > 3 ? static_cast<off_t>(index_as_long(args[3])) : 0;
  lock.l_whence = static_cast<short>(nargs > 4 ? int_argument(args[4]) : 0);
  int result;
  do {
    result = fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &lock);
  } while (result < 0 && errno == EINTR);
  if (result < 0) raise_errno(errno);
  return none();
}

}  // namespace

Module* create_fcntl_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("fcntl"));
  add_functions(module, {
      {"fcntl", fcntl_fcntl, kMethodInstance,
       "fcntl(fd, cmd, arg=0): the fcntl() system call; a bytes argument is passed as a "
       "buffer and returned as the call left it."},
      {"ioctl", fcntl_ioctl, kMethodInstance,
       "ioctl(fd, request, arg=0, mutate_flag=True): the ioctl() system call."},
      {"flock", fcntl_flock, kMethodInstance, "flock(fd, operation): the flock() system call."},
      {"lockf", fcntl_lockf, kMethodInstance,
       "lockf(fd, cmd, len=0, start=0, whence=0): POSIX record locks through fcntl()."},
  });
  add_int_constants(module, {
      {"DN_ACCESS", DN_ACCESS}, {"DN_ATTRIB", DN_ATTRIB}, {"DN_CREATE", DN_CREATE},
      {"DN_DELETE", DN_DELETE}, {"DN_MODIFY", DN_MODIFY},
      {"DN_MULTISHOT", static_cast<long>(static_cast<unsigned>(DN_MULTISHOT))},
      {"DN_RENAME", DN_RENAME}, {"FASYNC", FASYNC}, {"FD_CLOEXEC", FD_CLOEXEC},
      {"F_ADD_SEALS", F_ADD_SEALS}, {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC},
      {"F_EXLCK", F_EXLCK}, {"F_GETFD", F_GETFD}, {"F_GETFL", F_GETFL},
      {"F_GETLEASE", F_GETLEASE}, {"F_GETLK", F_GETLK}, {"F_GETLK64", F_GETLK64},
      {"F_GETOWN", F_GETOWN}, {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_GETSIG", F_GETSIG},
      {"F_GET_SEALS", F_GET_SEALS}, {"F_NOTIFY", F_NOTIFY}, {"F_OFD_GETLK", F_OFD_GETLK},
      {"F_OFD_SETLK", F_OFD_SETLK}, {"F_OFD_SETLKW", F_OFD_SETLKW}, {"F_RDLCK", F_RDLCK},
      {"F_SEAL_GROW", F_SEAL_GROW}, {"F_SEAL_SEAL", F_SEAL_SEAL},
      {"F_SEAL_SHRINK", F_SEAL_SHRINK}, {"F_SEAL_WRITE", F_SEAL_WRITE}, {"F_SETFD", F_SETFD},
      {"F_SETFL", F_SETFL}, {"F_SETLEASE", F_SETLEASE}, {"F_SETLK", F_SETLK},
      {"F_SETLK64", F_SETLK64}, {"F_SETLKW", F_SETLKW}, {"F_SETLKW64", F_SETLKW64},
      {"F_SETOWN", F_SETOWN}, {"F_SETPIPE_SZ", F_SETPIPE_SZ}, {"F_SETSIG", F_SETSIG},
      {"F_SHLCK", F_SHLCK}, {"F_UNLCK", F_UNLCK}, {"F_WRLCK", F_WRLCK},
      {"LOCK_EX", LOCK_EX}, {"LOCK_MAND", LOCK_MAND}, {"LOCK_NB", LOCK_NB},
      {"LOCK_READ", LOCK_READ}, {"LOCK_RW", LOCK_RW}, {"LOCK_SH", LOCK_SH},
      {"LOCK_UN", LOCK_UN}, {"LOCK_WRITE", LOCK_WRITE}});
  dict_set_str(module->dict, intern("__doc__"),
               str_value("File and I/O control on file descriptors: fcntl(), ioctl(), flock() "
                         "and lockf()."));
  return module;
}

}  // namespace krait
