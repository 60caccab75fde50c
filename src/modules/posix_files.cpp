// posix: descriptors and names in the file system — open/read/write/close,
// lseek, pread/pwrite, dup, pipe, inheritable and blocking flags, sync and
// truncate; mkdir, rmdir, unlink, rename, link, symlink, readlink; the
// current directory.
#include <fcntl.h>
#include <langinfo.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>

#include "modules/posix_support.h"
#include "modules/signal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

// A bytes-like argument (Py_buffer) of write/pwrite.
std::string_view buffer_argument(Value value) {
  std::string_view data;
  if (!bytes_like_view(value, data)) {
    throw_type_error(format("a bytes-like object is required, not '%s'", type_name(value).c_str()));
  }
  return data;
}

ssize_t size_argument(Value value) {
  Value exact = index_value(value);
  int64_t size;
  if (!int_to_int64(exact, size)) throw_overflow_error("Python int too large to convert to C ssize_t");
  return static_cast<ssize_t>(size);
}

off_t offset_argument(Value value) { return static_cast<off_t>(index_as_long(value)); }

// A read of up to `size` bytes as a bytes object.
Value read_bytes(ssize_t size, ssize_t (*reader)(int, void*, size_t, off_t), int fd, off_t offset) {
  if (size < 0) raise_os_error(EINVAL);
  char* buffer = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(size) + 1));
  ssize_t count = blocking_call([&] { return reader(fd, buffer, static_cast<size_t>(size), offset); });
  if (count < 0) raise_os_error(errno);
  return Value::from_object(make_bytes(std::string_view(buffer, static_cast<size_t>(count))));
}

ssize_t plain_read(int fd, void* buffer, size_t size, off_t) { return ::read(fd, buffer, size); }

Value posix_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"open", {"path", "flags", "mode", "dir_fd"}, 2, 0, 3}, args, nargs, kwnames,
                 bound);
  PathArgument path = convert_path("open", "path", bound[0]);
  int flags = index_as_int(bound[1]);
  int mode = bound[2].is_null() ? 0777 : index_as_int(bound[2]);
  int dir_fd = dir_fd_argument(bound[3]);
  // Descriptors are created non-inheritable (PEP 446).
  flags |= O_CLOEXEC;
  int fd = blocking_call([&] {
    return dir_fd != AT_FDCWD ? ::openat(dir_fd, path.c_str(), flags, mode)
                              : ::open(path.c_str(), flags, mode);
  });
  if (fd < 0) raise_os_error(errno, path.object);
  return make_int(fd);
}

Value posix_close(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"close", {"fd"}, 1}, args, nargs, kwnames, bound);
  int fd = index_as_int(bound[0]);
  // Not retried on EINTR: the descriptor is released either way on Linux.
  if (::close(fd) < 0) raise_os_error(errno);
  return none();
}

Value posix_closerange(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("closerange", kwnames);
  check_positional("closerange", nargs, 2, 2);
  int low = index_as_int(args[0]);
  int high = index_as_int(args[1]);
  for (int fd = low < 0 ? 0 : low; fd < high; ++fd) ::close(fd);
  return none();
}

Value posix_read(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("read", kwnames);
  check_positional("read", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  return read_bytes(size_argument(args[1]), plain_read, fd, 0);
}

Value posix_pread(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pread", kwnames);
  check_positional("pread", nargs, 3, 3);
  int fd = index_as_int(args[0]);
  ssize_t size = static_cast<ssize_t>(index_as_int(args[1]));
  return read_bytes(size, ::pread, fd, offset_argument(args[2]));
}

Value posix_write(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("write", kwnames);
  check_positional("write", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  std::string_view data = buffer_argument(args[1]);
  ssize_t count = blocking_call([&] { return ::write(fd, data.data(), data.size()); });
  if (count < 0) raise_os_error(errno);
  return make_int(count);
}

Value posix_pwrite(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pwrite", kwnames);
  check_positional("pwrite", nargs, 3, 3);
  int fd = index_as_int(args[0]);
  std::string_view data = buffer_argument(args[1]);
  off_t offset = offset_argument(args[2]);
  ssize_t count = blocking_call([&] { return ::pwrite(fd, data.data(), data.size(), offset); });
  if (count < 0) raise_os_error(errno);
  return make_int(count);
}

// The sequence argument of readv/writev (any iterable, as PySequence_Fast).
Tuple* buffers_argument(Value items, const char* message) {
  try {
    return tuple_from_iterable(items);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    throw_type_error(message);
  }
}

Value posix_readv(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("readv", kwnames);
  check_positional("readv", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  Tuple* items = buffers_argument(args[1], "readv() arg 2 must be a sequence");
  gc::vector<iovec> vectors(items->size);
  for (size_t i = 0; i < items->size; ++i) {
    Value item = (*items)[i];
    ByteArray* target = resizable_storage(item);
    if (!target) {
      std::string_view data;
      if (bytes_like_view(item, data)) raise(&exc_BufferError, "Object is not writable.");
      throw_type_error(format("a bytes-like object is required, not '%s'", type_name(item).c_str()));
    }
    vectors[i] = {target->items, target->size};
  }
  ssize_t result =
      blocking_call([&] { return ::readv(fd, vectors.data(), static_cast<int>(vectors.size())); });
  if (result < 0) raise_os_error(errno);
  return make_int(result);
}

Value posix_writev(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("writev", kwnames);
  check_positional("writev", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  Tuple* items = buffers_argument(args[1], "writev() arg 2 must be a sequence");
  gc::vector<iovec> vectors(items->size);
  for (size_t i = 0; i < items->size; ++i) {
    std::string_view data = buffer_argument((*items)[i]);
    vectors[i] = {const_cast<char*>(data.data()), data.size()};
  }
  ssize_t result =
      blocking_call([&] { return ::writev(fd, vectors.data(), static_cast<int>(vectors.size())); });
  if (result < 0) raise_os_error(errno);
  return make_int(result);
}

Value posix_sendfile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"sendfile", {"out_fd", "in_fd", "offset", "count"}, 4}, args, nargs, kwnames,
                 bound);
  int out_fd = index_as_int(bound[0]);
  int in_fd = index_as_int(bound[1]);
  ssize_t count = size_argument(bound[3]);
  ssize_t sent;
  if (is_none(bound[2])) {
    sent = blocking_call([&] { return ::sendfile(out_fd, in_fd, nullptr, static_cast<size_t>(count)); });
  } else {
    off_t offset = offset_argument(bound[2]);
    sent = blocking_call([&] { return ::sendfile(out_fd, in_fd, &offset, static_cast<size_t>(count)); });
  }
  if (sent < 0) raise_os_error(errno);
  return make_int(sent);
}

Value posix_lseek(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("lseek", kwnames);
  check_positional("lseek", nargs, 3, 3);
  int fd = index_as_int(args[0]);
  off_t position = offset_argument(args[1]);
  int how = index_as_int(args[2]);
  off_t result = ::lseek(fd, position, how);
  if (result < 0) raise_os_error(errno);
  return make_int(result);
}

Value posix_dup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.dup", kwnames);
  check_positional("posix.dup", nargs, 1, 1);
  int fd = index_as_int(args[0]);
  int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) raise_os_error(errno);
  return make_int(copy);
}

Value posix_dup2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"dup2", {"fd", "fd2", "inheritable"}, 2}, args, nargs, kwnames, bound);
  int fd = index_as_int(bound[0]);
  int fd2 = index_as_int(bound[1]);
  bool inheritable = bound[2].is_null() || truthy(bound[2]);
  int result;
  if (inheritable || fd == fd2) {
    result = ::dup2(fd, fd2);
  } else {
    result = ::dup3(fd, fd2, O_CLOEXEC);
  }
  if (result < 0) raise_os_error(errno);
  return make_int(result);
}

Value pipe_result(int (&fds)[2]) {
  return Value::from_object(make_tuple({make_int(fds[0]), make_int(fds[1])}));
}

Value posix_pipe(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.pipe", kwnames);
  check_positional("posix.pipe", nargs, 0, 0);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) raise_os_error(errno);
  return pipe_result(fds);
}

Value posix_pipe2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pipe2", kwnames);
  check_positional("pipe2", nargs, 1, 1);
  int flags = index_as_int(args[0]);
  int fds[2];
  if (::pipe2(fds, flags) < 0) raise_os_error(errno);
  return pipe_result(fds);
}

Value posix_isatty(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.isatty", kwnames);
  check_positional("posix.isatty", nargs, 1, 1);
  return make_bool(::isatty(index_as_int(args[0])) == 1);
}

Value posix_ttyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.ttyname", kwnames);
  check_positional("posix.ttyname", nargs, 1, 1);
  char name[PATH_MAX];
  int error = ::ttyname_r(index_as_int(args[0]), name, sizeof name);
  if (error != 0) raise_os_error(error);
  return fs_decode(name);
}

Value posix_fsync(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"fsync", {"fd"}, 1}, args, nargs, kwnames, bound);
  int fd = as_file_descriptor(bound[0]);
  if (blocking_call([&] { return ::fsync(fd); }) < 0) raise_os_error(errno);
  return none();
}

Value posix_fdatasync(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"fdatasync", {"fd"}, 1}, args, nargs, kwnames, bound);
  int fd = as_file_descriptor(bound[0]);
  if (blocking_call([&] { return ::fdatasync(fd); }) < 0) raise_os_error(errno);
  return none();
}

Value posix_sync(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.sync", kwnames);
  check_positional("posix.sync", nargs, 0, 0);
  ::sync();
  return none();
}

Value posix_ftruncate(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("ftruncate", kwnames);
  check_positional("ftruncate", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  off_t size = offset_argument(args[1]);
  if (blocking_call([&] { return ::ftruncate(fd, size); }) < 0) raise_os_error(errno);
  return none();
}

Value posix_truncate(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"truncate", {"path", "length"}, 2}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("truncate", "path", bound[0], {true, false});
  off_t size = offset_argument(bound[1]);
  int result = blocking_call([&] {
    return path.fd != -1 ? ::ftruncate(path.fd, size) : ::truncate(path.system_path(), size);
  });
  if (result < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_posix_fallocate(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix_fallocate", kwnames);
  check_positional("posix_fallocate", nargs, 3, 3);
  int fd = index_as_int(args[0]);
  off_t offset = offset_argument(args[1]);
  off_t size = offset_argument(args[2]);
  int error = blocking_call([&] {
    int result = ::posix_fallocate(fd, offset, size);
    if (result == EINTR) {
      errno = EINTR;
      return -1;
    }
    return result;
  });
  if (error != 0) raise_os_error(error);
  return none();
}

Value posix_lockf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("lockf", kwnames);
  check_positional("lockf", nargs, 3, 3);
  int fd = index_as_int(args[0]);
  int command = index_as_int(args[1]);
  off_t size = offset_argument(args[2]);
  if (blocking_call([&] { return ::lockf(fd, command, size); }) < 0) raise_os_error(errno);
  return none();
}

// --- inheritable and blocking flags ---------------------------------------

int descriptor_flags(int fd, int command) {
  int flags = ::fcntl(fd, command);
  if (flags < 0) raise_os_error(errno);
  return flags;
}

Value posix_get_inheritable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.get_inheritable", kwnames);
  check_positional("posix.get_inheritable", nargs, 1, 1);
  return make_bool(!(descriptor_flags(index_as_int(args[0]), F_GETFD) & FD_CLOEXEC));
}

Value posix_set_inheritable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set_inheritable", kwnames);
  check_positional("set_inheritable", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  bool inheritable = index_as_int(args[1]) != 0;
  int flags = descriptor_flags(fd, F_GETFD);
  int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
  if (wanted != flags && ::fcntl(fd, F_SETFD, wanted) < 0) raise_os_error(errno);
  return none();
}

Value posix_get_blocking(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.get_blocking", kwnames);
  check_positional("posix.get_blocking", nargs, 1, 1);
  return make_bool(!(descriptor_flags(index_as_int(args[0]), F_GETFL) & O_NONBLOCK));
}

Value posix_set_blocking(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set_blocking", kwnames);
  check_positional("set_blocking", nargs, 2, 2);
  int fd = index_as_int(args[0]);
  bool blocking = index_as_int(args[1]) != 0;
  int flags = descriptor_flags(fd, F_GETFL);
  int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted != flags && ::fcntl(fd, F_SETFL, wanted) < 0) raise_os_error(errno);
  return none();
}

Value posix_device_encoding(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"device_encoding", {"fd"}, 1}, args, nargs, kwnames, bound);
  int fd = index_as_int(bound[0]);
  if (::isatty(fd) != 1) return none();
  // Krait always runs in UTF-8 mode's encoding for the terminal.
  return str_value("UTF-8");
}

// --- names in the file system ---------------------------------------------

Value posix_mkdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"mkdir", {"path", "mode", "dir_fd"}, 1, 0, 2}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("mkdir", "path", bound[0]);
  int mode = bound[1].is_null() ? 0777 : index_as_int(bound[1]);
  int dir_fd = dir_fd_argument(bound[2]);
  int result = dir_fd != AT_FDCWD ? ::mkdirat(dir_fd, path.c_str(), static_cast<mode_t>(mode))
                                  : ::mkdir(path.c_str(), static_cast<mode_t>(mode));
  if (result < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_mkfifo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"mkfifo", {"path", "mode", "dir_fd"}, 1, 0, 2}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("mkfifo", "path", bound[0]);
  int mode = bound[1].is_null() ? 0666 : index_as_int(bound[1]);
  int dir_fd = dir_fd_argument(bound[2]);
  int result = blocking_call([&] {
    return ::mkfifoat(dir_fd, path.c_str(), static_cast<mode_t>(mode));
  });
  // CPython names no file here.
  if (result < 0) raise_os_error(errno);
  return none();
}

Value posix_mknod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"mknod", {"path", "mode", "device", "dir_fd"}, 1, 0, 3}, args, nargs, kwnames,
                 bound);
  PathArgument path = convert_path("mknod", "path", bound[0]);
  int mode = bound[1].is_null() ? 0600 : index_as_int(bound[1]);
  dev_t device = bound[2].is_null() ? 0 : static_cast<dev_t>(index_as_long(bound[2]));
  int dir_fd = dir_fd_argument(bound[3]);
  // CPython names no file here.
  if (::mknodat(dir_fd, path.c_str(), static_cast<mode_t>(mode), device) < 0) raise_os_error(errno);
  return none();
}

Value posix_major(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.major", kwnames);
  check_positional("posix.major", nargs, 1, 1);
  return make_int_from_unsigned(major(static_cast<dev_t>(index_as_long(args[0]))));
}

Value posix_minor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.minor", kwnames);
  check_positional("posix.minor", nargs, 1, 1);
  return make_int_from_unsigned(minor(static_cast<dev_t>(index_as_long(args[0]))));
}

Value posix_makedev(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("makedev", kwnames);
  check_positional("makedev", nargs, 2, 2);
  unsigned int major_number = static_cast<unsigned int>(index_as_int(args[0]));
  unsigned int minor_number = static_cast<unsigned int>(index_as_int(args[1]));
  return make_int_from_unsigned(makedev(major_number, minor_number));
}

// rmdir, unlink and remove: one path and dir_fd.
Value remove_name(const char* function, bool directory, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  Value bound[2];
  bind_arguments({function, {"path", "dir_fd"}, 1, 0, 1}, args, nargs, kwnames, bound);
  PathArgument path = convert_path(function, "path", bound[0]);
  int dir_fd = dir_fd_argument(bound[1]);
  int result;
  if (dir_fd != AT_FDCWD) {
    result = ::unlinkat(dir_fd, path.c_str(), directory ? AT_REMOVEDIR : 0);
  } else {
    result = directory ? ::rmdir(path.c_str()) : ::unlink(path.c_str());
  }
  if (result < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_rmdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_name("rmdir", true, args, nargs, kwnames);
}
Value posix_unlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_name("unlink", false, args, nargs, kwnames);
}
Value posix_remove(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_name("remove", false, args, nargs, kwnames);
}

// rename and replace (the same call on POSIX).
Value rename_name(const char* function, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({function, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 0, 2}, args, nargs,
                 kwnames, bound);
  PathArgument source = convert_path(function, "src", bound[0]);
  PathArgument target = convert_path(function, "dst", bound[1]);
  int source_dir_fd = dir_fd_argument(bound[2]);
  int target_dir_fd = dir_fd_argument(bound[3]);
  int result = (source_dir_fd != AT_FDCWD || target_dir_fd != AT_FDCWD)
                   ? ::renameat(source_dir_fd, source.c_str(), target_dir_fd, target.c_str())
                   : ::rename(source.c_str(), target.c_str());
  if (result < 0) raise_os_error(errno, source.object, target.object);
  return none();
}

Value posix_rename(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return rename_name("rename", args, nargs, kwnames);
}
Value posix_replace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return rename_name("replace", args, nargs, kwnames);
}

Value posix_link(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"link", {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 0, 2},
                 args, nargs, kwnames, bound);
  PathArgument source = convert_path("link", "src", bound[0]);
  PathArgument target = convert_path("link", "dst", bound[1]);
  int source_dir_fd = dir_fd_argument(bound[2]);
  int target_dir_fd = dir_fd_argument(bound[3]);
  bool follow_symlinks = bound[4].is_null() || truthy(bound[4]);
  int result = ::linkat(source_dir_fd, source.c_str(), target_dir_fd, target.c_str(),
                        follow_symlinks ? AT_SYMLINK_FOLLOW : 0);
  if (result < 0) raise_os_error(errno, source.object, target.object);
  return none();
}

Value posix_symlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"symlink", {"src", "dst", "target_is_directory", "dir_fd"}, 2, 0, 3}, args,
                 nargs, kwnames, bound);
  PathArgument source = convert_path("symlink", "src", bound[0]);
  PathArgument target = convert_path("symlink", "dst", bound[1]);
  int dir_fd = dir_fd_argument(bound[3]);
  if (::symlinkat(source.c_str(), dir_fd, target.c_str()) < 0) {
    raise_os_error(errno, source.object, target.object);
  }
  return none();
}

Value posix_readlink(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"readlink", {"path", "dir_fd"}, 1, 0, 1}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("readlink", "path", bound[0]);
  int dir_fd = dir_fd_argument(bound[1]);
  std::string target(PATH_MAX, '\0');
  for (;;) {
    ssize_t count = ::readlinkat(dir_fd, path.c_str(), target.data(), target.size());
    if (count < 0) raise_os_error(errno, path.object);
    if (static_cast<size_t>(count) < target.size()) {
      target.resize(static_cast<size_t>(count));
      break;
    }
    target.resize(target.size() * 2);
  }
  return fs_result(target, path.is_bytes);
}

// --- the current directory ------------------------------------------------

std::string current_directory() {
  std::string buffer(PATH_MAX, '\0');
  while (!::getcwd(buffer.data(), buffer.size())) {
    if (errno != ERANGE) raise_os_error(errno);
    buffer.resize(buffer.size() * 2);
  }
  buffer.resize(std::strlen(buffer.c_str()));
  return buffer;
}

Value posix_getcwd(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getcwd", kwnames);
  check_positional("posix.getcwd", nargs, 0, 0);
  return fs_decode(current_directory());
}

Value posix_getcwdb(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.getcwdb", kwnames);
  check_positional("posix.getcwdb", nargs, 0, 0);
  return Value::from_object(make_bytes(current_directory()));
}

Value posix_chdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"chdir", {"path"}, 1}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("chdir", "path", bound[0], {true, false});
  int result = path.fd != -1 ? ::fchdir(path.fd) : ::chdir(path.system_path());
  if (result < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_fchdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"fchdir", {"fd"}, 1}, args, nargs, kwnames, bound);
  int fd = as_file_descriptor(bound[0]);
  if (blocking_call([&] { return ::fchdir(fd); }) < 0) raise_os_error(errno);
  return none();
}

Value posix_chroot(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"chroot", {"path"}, 1}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("chroot", "path", bound[0]);
  if (::chroot(path.c_str()) < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_umask(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.umask", kwnames);
  check_positional("posix.umask", nargs, 1, 1);
  return make_int(::umask(static_cast<mode_t>(index_as_int(args[0]))));
}

}  // namespace

void add_posix_file_functions(Module* module) {
  add_functions(module, {
      {"open", posix_open}, {"close", posix_close}, {"closerange", posix_closerange},
      {"read", posix_read}, {"pread", posix_pread}, {"write", posix_write},
      {"pwrite", posix_pwrite}, {"readv", posix_readv}, {"writev", posix_writev},
      {"sendfile", posix_sendfile}, {"lseek", posix_lseek}, {"dup", posix_dup},
      {"dup2", posix_dup2}, {"pipe", posix_pipe}, {"pipe2", posix_pipe2},
      {"isatty", posix_isatty}, {"ttyname", posix_ttyname}, {"fsync", posix_fsync},
      {"fdatasync", posix_fdatasync}, {"sync", posix_sync}, {"ftruncate", posix_ftruncate},
      {"truncate", posix_truncate}, {"posix_fallocate", posix_posix_fallocate},
      {"lockf", posix_lockf}, {"get_inheritable", posix_get_inheritable},
      {"set_inheritable", posix_set_inheritable}, {"get_blocking", posix_get_blocking},
      {"set_blocking", posix_set_blocking}, {"device_encoding", posix_device_encoding},
      {"mkdir", posix_mkdir}, {"mkfifo", posix_mkfifo}, {"mknod", posix_mknod},
      {"major", posix_major}, {"minor", posix_minor}, {"makedev", posix_makedev},
      {"rmdir", posix_rmdir}, {"unlink", posix_unlink}, {"remove", posix_remove},
      {"rename", posix_rename}, {"replace", posix_replace}, {"link", posix_link},
      {"symlink", posix_symlink}, {"readlink", posix_readlink}, {"getcwd", posix_getcwd},
      {"getcwdb", posix_getcwdb}, {"chdir", posix_chdir}, {"fchdir", posix_fchdir},
      {"chroot", posix_chroot}, {"umask", posix_umask},
  });
}

}  // namespace krait
