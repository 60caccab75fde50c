// posix: file status and directories — stat_result and statvfs_result,
// stat/lstat/fstat/statvfs/fstatvfs, access, chmod/chown, utime, listdir and
// scandir with DirEntry.
#include <dirent.h>
#include <gc/gc.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "modules/posix_support.h"
#include "modules/signal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

// --- stat_result ------------------------------------------------------------

StructSeqType* stat_result_type = nullptr;
StructSeqType* statvfs_result_type = nullptr;

// The visible integer times are indexes 7-9; their float and nanosecond
// forms are hidden fields 10-12 and 13-15.
constexpr size_t kIntegerTimes = 7;
constexpr size_t kFloatTimes = 10;

Value nanoseconds_value(int64_t seconds, long nanoseconds) {
  static Value billion = make_int(1000000000);
  return int_add(int_multiply(make_int(seconds), billion), make_int(nanoseconds));
}

// os.stat_result(sequence, dict=None): the float times default to the
// integer ones when the sequence and the dict leave them out.
Value stat_result_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value result = struct_sequence_new(type, args, nargs, kwnames);
  Value* fields = result.as<Tuple>()->items();
  for (size_t i = 0; i < 3; ++i) {
    if (is_none(fields[kFloatTimes + i])) fields[kFloatTimes + i] = fields[kIntegerTimes + i];
  }
  return result;
}

StructSeqType* stat_type() {
  if (!stat_result_type) {
    stat_result_type = make_struct_sequence_type(
        "os.stat_result",
        {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", nullptr,
         nullptr, nullptr, "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
         "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
        10);
    stat_result_type->new_instance = stat_result_new;
    set_type_doc(stat_result_type,
                 "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed "
                 "either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, "
                 "ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so "
                 "on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
                 "or st_flags, they are available as attributes only.\n\nSee os.stat for more "
                 "information.");
  }
  return stat_result_type;
}

StructSeqType* statvfs_type() {
  if (!statvfs_result_type) {
    statvfs_result_type = make_struct_sequence_type(
        "os.statvfs_result",
        {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
         "f_favail", "f_flag", "f_namemax", "f_fsid"},
        10);
    set_type_doc(statvfs_result_type,
                 "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be "
                 "accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, "
                 "ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, "
                 "f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.");
  }
  return statvfs_result_type;
}

Value statvfs_result_from(const struct statvfs& status) {
  return make_struct_sequence(
      statvfs_type(),
      {make_int_from_unsigned(status.f_bsize), make_int_from_unsigned(status.f_frsize),
       make_int_from_unsigned(status.f_blocks), make_int_from_unsigned(status.f_bfree),
       make_int_from_unsigned(status.f_bavail), make_int_from_unsigned(status.f_files),
       make_int_from_unsigned(status.f_ffree), make_int_from_unsigned(status.f_favail),
       make_int_from_unsigned(status.f_flag), make_int_from_unsigned(status.f_namemax),
       make_int_from_unsigned(status.f_fsid)});
}

// --- stat, lstat, fstat -----------------------------------------------------

// stat() of a path argument: by descriptor, relative to dir_fd, or plain.
Value do_stat(const char* function, const PathArgument& path, int dir_fd, bool follow_symlinks) {
  check_dir_fd_path(function, path, dir_fd);
  check_dir_fd_and_fd(function, dir_fd, path.fd);
  check_fd_and_follow_symlinks(function, path.fd, follow_symlinks);
  struct stat status;
  int result;
  if (path.fd != -1) {
    result = blocking_call([&] { return ::fstat(path.fd, &status); });
  } else if (dir_fd != AT_FDCWD || !follow_symlinks) {
    result = ::fstatat(dir_fd, path.system_path(), &status, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  } else {
    result = ::stat(path.system_path(), &status);
  }
  if (result < 0) raise_os_error(errno, path.object);
  return stat_result_from(status);
}

Value posix_stat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"stat", {"path", "dir_fd", "follow_symlinks"}, 1, 0, 1}, args, nargs, kwnames,
                 bound);
  PathArgument path = convert_path("stat", "path", bound[0], {true, false});
  return do_stat("stat", path, dir_fd_argument(bound[1]),
                 bound[2].is_null() || truthy(bound[2]));
}

Value posix_lstat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"lstat", {"path", "dir_fd"}, 1, 0, 1}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("lstat", "path", bound[0]);
  return do_stat("lstat", path, dir_fd_argument(bound[1]), false);
}

Value posix_fstat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"fstat", {"fd"}, 1}, args, nargs, kwnames, bound);
  int fd = index_as_int(bound[0]);
  struct stat status;
  if (blocking_call([&] { return ::fstat(fd, &status); }) < 0) raise_os_error(errno);
  return stat_result_from(status);
}

Value posix_statvfs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"statvfs", {"path"}, 1}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("statvfs", "path", bound[0], {true, false});
  struct statvfs status;
  int result = blocking_call([&] {
    return path.fd != -1 ? ::fstatvfs(path.fd, &status) : ::statvfs(path.system_path(), &status);
  });
  if (result < 0) raise_os_error(errno, path.object);
  return statvfs_result_from(status);
}

Value posix_fstatvfs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("posix.fstatvfs", kwnames);
  check_positional("posix.fstatvfs", nargs, 1, 1);
  int fd = index_as_int(args[0]);
  struct statvfs status;
  if (blocking_call([&] { return ::fstatvfs(fd, &status); }) < 0) raise_os_error(errno);
  return statvfs_result_from(status);
}

// --- access, chmod, chown, utime ----------------------------------------------

Value posix_access(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 0, 2},
                 args, nargs, kwnames, bound);
  PathArgument path = convert_path("access", "path", bound[0]);
  int mode = index_as_int(bound[1]);
  int dir_fd = dir_fd_argument(bound[2]);
  bool effective_ids = !bound[3].is_null() && truthy(bound[3]);
  bool follow_symlinks = bound[4].is_null() || truthy(bound[4]);
  check_dir_fd_path("access", path, dir_fd);
  int flags = (follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW) | (effective_ids ? AT_EACCESS : 0);
  int result = (dir_fd != AT_FDCWD || flags != 0) ? ::faccessat(dir_fd, path.c_str(), mode, flags)
                                                   : ::access(path.c_str(), mode);
  return make_bool(result == 0);
}

Value posix_chmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 0, 2}, args, nargs,
                 kwnames, bound);
  PathArgument path = convert_path("chmod", "path", bound[0], {true, false});
  int mode = index_as_int(bound[1]);
  int dir_fd = dir_fd_argument(bound[2]);
  bool follow_symlinks = bound[3].is_null() || truthy(bound[3]);
  check_dir_fd_path("chmod", path, dir_fd);
  check_dir_fd_and_fd("chmod", dir_fd, path.fd);
  check_fd_and_follow_symlinks("chmod", path.fd, follow_symlinks);
  int result;
  if (path.fd != -1) {
    result = blocking_call([&] { return ::fchmod(path.fd, static_cast<mode_t>(mode)); });
  } else if (!follow_symlinks) {
    // Linux has no lchmod: fchmodat refuses to change a link's mode.
    result = ::fchmodat(dir_fd, path.system_path(), static_cast<mode_t>(mode), AT_SYMLINK_NOFOLLOW);
    if (result < 0 && errno == ENOTSUP) {
      if (dir_fd != AT_FDCWD) throw_value_error("chmod: cannot use dir_fd and follow_symlinks together");
      raise(&exc_NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
    }
  } else if (dir_fd != AT_FDCWD) {
    result = ::fchmodat(dir_fd, path.system_path(), static_cast<mode_t>(mode), 0);
  } else {
    result = ::chmod(path.system_path(), static_cast<mode_t>(mode));
  }
  if (result < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_fchmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"fchmod", {"fd", "mode"}, 2}, args, nargs, kwnames, bound);
  int fd = index_as_int(bound[0]);
  int mode = index_as_int(bound[1]);
  if (blocking_call([&] { return ::fchmod(fd, static_cast<mode_t>(mode)); }) < 0) {
    raise_os_error(errno);
  }
  return none();
}

Value posix_chown(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"chown", {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 0, 3}, args,
                 nargs, kwnames, bound);
  PathArgument path = convert_path("chown", "path", bound[0], {true, false});
  uid_t uid = uid_argument(bound[1]);
  gid_t gid = gid_argument(bound[2]);
  int dir_fd = dir_fd_argument(bound[3]);
  bool follow_symlinks = bound[4].is_null() || truthy(bound[4]);
  check_dir_fd_path("chown", path, dir_fd);
  check_dir_fd_and_fd("chown", dir_fd, path.fd);
  check_fd_and_follow_symlinks("chown", path.fd, follow_symlinks);
  int result;
  if (path.fd != -1) {
    result = blocking_call([&] { return ::fchown(path.fd, uid, gid); });
  } else if (dir_fd != AT_FDCWD || !follow_symlinks) {
    result = ::fchownat(dir_fd, path.system_path(), uid, gid, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  } else {
    result = ::chown(path.system_path(), uid, gid);
  }
  if (result < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_lchown(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"lchown", {"path", "uid", "gid"}, 3}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("lchown", "path", bound[0]);
  uid_t uid = uid_argument(bound[1]);
  gid_t gid = gid_argument(bound[2]);
  if (::lchown(path.c_str(), uid, gid) < 0) raise_os_error(errno, path.object);
  return none();
}

Value posix_fchown(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"fchown", {"fd", "uid", "gid"}, 3}, args, nargs, kwnames, bound);
  int fd = index_as_int(bound[0]);
  uid_t uid = uid_argument(bound[1]);
  gid_t gid = gid_argument(bound[2]);
  if (blocking_call([&] { return ::fchown(fd, uid, gid); }) < 0) raise_os_error(errno);
  return none();
}

// A time of utime's `times` (int or float seconds) as a timespec, rounding
// toward negative infinity as CPython's _PyTime_ROUND_FLOOR.
timespec seconds_to_timespec(Value seconds) {
  timespec result{};
  if (is_float(seconds)) {
    double value = float_value(seconds);
    if (std::isnan(value)) throw_value_error("Invalid value NaN (not a number)");
    double whole = std::floor(value);
    double fraction = std::floor((value - whole) * 1e9);
    if (fraction >= 1e9) {
      whole += 1;
      fraction -= 1e9;
    }
    if (whole < -9.2e18 || whole > 9.2e18) {
      throw_overflow_error("timestamp out of range for platform time_t");
    }
    result.tv_sec = static_cast<time_t>(whole);
    result.tv_nsec = static_cast<long>(fraction);
    return result;
  }
  if (!is_int(seconds)) {
    throw_type_error(format("'%s' object cannot be interpreted as an integer",
                            type_name(seconds).c_str()));
  }
  int64_t value;
  if (!int_to_int64(seconds, value)) throw_overflow_error("timestamp out of range for platform time_t");
  result.tv_sec = static_cast<time_t>(value);
  return result;
}

// An ns= item: integer nanoseconds, split with floor division.
timespec nanoseconds_to_timespec(Value nanoseconds) {
  static Value billion = make_int(1000000000);
  if (!is_int(nanoseconds)) {
    throw_type_error(format("'%s' object cannot be interpreted as an integer",
                            type_name(nanoseconds).c_str()));
  }
  int64_t seconds;
  int64_t remainder;
  if (!int_to_int64(int_floor_divide(nanoseconds, billion), seconds) ||
      !int_to_int64(int_remainder(nanoseconds, billion), remainder)) {
    throw_overflow_error("timestamp too large to convert to C _PyTime_t");
  }
  timespec result{};
  result.tv_sec = static_cast<time_t>(seconds);
  result.tv_nsec = static_cast<long>(remainder);
  return result;
}

Value posix_utime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"utime", {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 0, 2}, args,
                 nargs, kwnames, bound);
  PathArgument path = convert_path("utime", "path", bound[0], {true, false});
  Value times = bound[1].is_null() ? none() : bound[1];
  Value ns = bound[2];
  int dir_fd = dir_fd_argument(bound[3]);
  bool follow_symlinks = bound[4].is_null() || truthy(bound[4]);
  timespec stamps[2];
  bool now = false;
  if (!is_none(times) && !ns.is_null()) {
    throw_value_error("utime: you may specify either 'times' or 'ns' but not both");
  }
  if (!is_none(times)) {
    if (!is_exact_tuple(times) || times.as<Tuple>()->size != 2) {
      throw_type_error("utime: 'times' must be either a tuple of two ints or None");
    }
    stamps[0] = seconds_to_timespec((*times.as<Tuple>())[0]);
    stamps[1] = seconds_to_timespec((*times.as<Tuple>())[1]);
  } else if (!ns.is_null()) {
    if (!is_exact_tuple(ns) || ns.as<Tuple>()->size != 2) {
      throw_type_error("utime: 'ns' must be a tuple of two ints");
    }
    stamps[0] = nanoseconds_to_timespec((*ns.as<Tuple>())[0]);
    stamps[1] = nanoseconds_to_timespec((*ns.as<Tuple>())[1]);
  } else {
    now = true;
  }
  check_dir_fd_path("utime", path, dir_fd);
  check_dir_fd_and_fd("utime", dir_fd, path.fd);
  check_fd_and_follow_symlinks("utime", path.fd, follow_symlinks);
  const timespec* given = now ? nullptr : stamps;
  int result;
  if (path.fd != -1) {
    result = ::futimens(path.fd, given);
  } else if (!path.c_str()) {
    // A null path with AT_FDCWD, as CPython passes for -1: the system's EINVAL.
    errno = EINVAL;
    result = -1;
  } else {
    result = ::utimensat(dir_fd, path.c_str(), given, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  }
  // CPython names no file here.
  if (result < 0) raise_os_error(errno);
  return none();
}

// --- listdir ----------------------------------------------------------------

// A directory being read with getdents64, so that nothing outside the
// collector's memory is allocated: an iterator dropped unclosed at exit
// leaves only its descriptor behind.
struct DirectoryStream {
  int fd = -1;         // -1 once closed
  bool by_fd = false;  // a duplicate of the caller's descriptor, rewound when closed
  char* buffer = nullptr;  // GC-atomic, kDirectoryBufferSize bytes
  size_t size = 0;
  size_t position = 0;
};

constexpr size_t kDirectoryBufferSize = 32768;

struct DirectoryEntry {
  const char* name;
  ino_t inode;
  unsigned char type;
};

// Opens the directory of a listdir/scandir argument; for a descriptor, a
// duplicate (the caller's stays open and is rewound at the end, as
// rewinddir leaves it in CPython).
DirectoryStream open_directory(const PathArgument& path) {
  DirectoryStream stream;
  if (path.fd != -1) {
    stream.fd = ::fcntl(path.fd, F_DUPFD_CLOEXEC, 0);
    if (stream.fd < 0) raise_os_error(errno);
    struct stat status;
    int error = ::fstat(stream.fd, &status) != 0 ? errno : S_ISDIR(status.st_mode) ? 0 : ENOTDIR;
    if (error != 0) {
      ::close(stream.fd);
      raise_os_error(error, path.object);
    }
    stream.by_fd = true;
  } else {
    stream.fd = blocking_call([&] {
      return ::open(path.given ? path.c_str() : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    });
    if (stream.fd < 0) raise_os_error(errno, path.given ? path.object : str_value("."));
  }
  stream.buffer = static_cast<char*>(gc_alloc_atomic(kDirectoryBufferSize));
  return stream;
}

void close_directory(DirectoryStream& stream) {
  if (stream.fd < 0) return;
  if (stream.by_fd) ::lseek(stream.fd, 0, SEEK_SET);
  ::close(stream.fd);
  stream.fd = -1;
}

// The next entry other than "." and ".."; false at the end. Closes the
// stream at the end or on an error (which it raises, naming `path`).
bool next_directory_entry(DirectoryStream& stream, Value path, DirectoryEntry& entry) {
  while (stream.fd >= 0) {
    if (stream.position >= stream.size) {
      ssize_t count = blocking_call(
          [&] { return ::getdents64(stream.fd, stream.buffer, kDirectoryBufferSize); });
      if (count <= 0) {
        int error = count < 0 ? errno : 0;
        close_directory(stream);
        if (error != 0) raise_os_error(error, path);
        return false;
      }
      stream.size = static_cast<size_t>(count);
      stream.position = 0;
    }
    auto* record = reinterpret_cast<const dirent64*>(stream.buffer + stream.position);
    stream.position += record->d_reclen;
    const char* name = record->d_name;
    if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
    entry.name = name;
    entry.inode = record->d_ino;
    entry.type = record->d_type;
    return true;
  }
  return false;
}

Value posix_listdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"listdir", {"path"}, 0}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("listdir", "path", bound[0].is_null() ? none() : bound[0],
                                   {true, true});
  DirectoryStream stream = open_directory(path);
  List* names = make_list();
  DirectoryEntry entry;
  while (next_directory_entry(stream, path.object, entry)) {
    list_append(names, fs_result(entry.name, path.is_bytes));
  }
  return Value::from_object(names);
}

// --- DirEntry and scandir ---------------------------------------------------

struct DirEntryObject : Object {
  Value name;
  Value path;
  Value stat;   // cached stat (following links), or null
  Value lstat;  // cached lstat, or null
  int dir_fd;   // scandir(fd): the directory's descriptor, else -1
  unsigned char d_type;
  ino_t d_ino;
};

Type dir_entry_type;
Type scandir_iterator_type;

DirEntryObject* as_dir_entry(Value self) { return self.as<DirEntryObject>(); }

std::string entry_bytes(Value value) {
  if (is_bytes(value)) return std::string(value.as<Bytes>()->view());
  return fs_encode(value);
}

Value entry_fetch_stat(DirEntryObject* entry, bool follow_symlinks) {
  struct stat status;
  int result;
  if (entry->dir_fd >= 0) {
    std::string name = entry_bytes(entry->name);
    result = ::fstatat(entry->dir_fd, name.c_str(), &status,
                       follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  } else {
    std::string path = entry_bytes(entry->path);
    result = follow_symlinks ? ::stat(path.c_str(), &status) : ::lstat(path.c_str(), &status);
  }
  if (result < 0) raise_os_error(errno, entry->path);
  return stat_result_from(status);
}

bool entry_is_symlink(DirEntryObject* entry) {
  if (entry->d_type != DT_UNKNOWN) return entry->d_type == DT_LNK;
  if (entry->lstat.is_null()) entry->lstat = entry_fetch_stat(entry, false);
  return S_ISLNK(index_as_long(struct_sequence_field(entry->lstat, 0)));
}

Value entry_get_stat(DirEntryObject* entry, bool follow_symlinks) {
  if (!follow_symlinks) {
    if (entry->lstat.is_null()) entry->lstat = entry_fetch_stat(entry, false);
    return entry->lstat;
  }
  if (entry->stat.is_null()) {
    if (entry_is_symlink(entry)) {
      entry->stat = entry_fetch_stat(entry, true);
    } else {
      entry->stat = entry_get_stat(entry, false);
    }
  }
  return entry->stat;
}

// is_dir/is_file: from d_type when the entry says, else from a stat; a
// missing file is neither.
bool entry_test_mode(DirEntryObject* entry, bool follow_symlinks, mode_t wanted) {
  bool need_stat = entry->d_type == DT_UNKNOWN || (follow_symlinks && entry_is_symlink(entry));
  if (need_stat) {
    Value status;
    try {
      status = entry_get_stat(entry, follow_symlinks);
    } catch (const PyException&) {
      if (!current_exception_matches(&exc_FileNotFoundError)) throw;
      clear_current_exception();
      return false;
    }
    return (index_as_long(struct_sequence_field(status, 0)) & S_IFMT) == wanted;
  }
  if (wanted == S_IFDIR) return entry->d_type == DT_DIR;
  return entry->d_type == DT_REG;
}

bool follow_symlinks_keyword(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({name, {"follow_symlinks"}, 0, 0, 0}, args, nargs, kwnames, bound);
  return bound[0].is_null() || truthy(bound[0]);
}

Value dir_entry_is_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool follow = follow_symlinks_keyword("is_dir", args, nargs, kwnames);
  return make_bool(entry_test_mode(as_dir_entry(self), follow, S_IFDIR));
}

Value dir_entry_is_file(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool follow = follow_symlinks_keyword("is_file", args, nargs, kwnames);
  return make_bool(entry_test_mode(as_dir_entry(self), follow, S_IFREG));
}

Value dir_entry_is_symlink(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  // CPython's defining-class signature: no count, and keywords are ignored.
  if (nargs > 0) throw_type_error("is_symlink() takes no arguments");
  return make_bool(entry_is_symlink(as_dir_entry(self)));
}

Value dir_entry_stat(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool follow = follow_symlinks_keyword("stat", args, nargs, kwnames);
  return entry_get_stat(as_dir_entry(self), follow);
}

Value dir_entry_inode(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("DirEntry.inode", kwnames);
  check_positional("DirEntry.inode", nargs, 0, 0);
  return make_int_from_unsigned(as_dir_entry(self)->d_ino);
}

Value dir_entry_fspath(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("DirEntry.__fspath__", kwnames);
  check_positional("DirEntry.__fspath__", nargs, 0, 0);
  return as_dir_entry(self)->path;
}

Value dir_entry_repr(Value self) {
  return str_value("<DirEntry " + repr_string(as_dir_entry(self)->name) + ">");
}

Value dir_entry_name(Value self) { return as_dir_entry(self)->name; }
Value dir_entry_path(Value self) { return as_dir_entry(self)->path; }

struct ScandirIteratorObject : Object {
  DirectoryStream stream;
  Value path;      // the argument as given to scandir (str/bytes/int/None)
  bool as_bytes;
  bool by_fd;
  int fd;
  char* prefix;  // GC-atomic, NUL-terminated: the directory joined to names ("" for a descriptor)
};

ScandirIteratorObject* as_scandir(Value self) { return self.as<ScandirIteratorObject>(); }

void scandir_close_directory(ScandirIteratorObject* iterator) { close_directory(iterator->stream); }

Value scandir_next(Value self) {
  ScandirIteratorObject* iterator = as_scandir(self);
  DirectoryEntry entry;
  if (!next_directory_entry(iterator->stream, iterator->path, entry)) return Value::null();
  auto* result = static_cast<DirEntryObject*>(allocate_instance(&dir_entry_type, 0));
  result->name = fs_result(entry.name, iterator->as_bytes);
  if (iterator->by_fd) {
    result->path = result->name;
  } else {
    std::string joined = iterator->prefix;
    joined += entry.name;
    result->path = fs_result(joined, iterator->as_bytes);
  }
  result->stat = Value::null();
  result->lstat = Value::null();
  result->dir_fd = iterator->by_fd ? iterator->fd : -1;
  result->d_type = entry.type;
  result->d_ino = entry.inode;
  return Value::from_object(result);
}

Value scandir_iter(Value self) { return self; }

Value scandir_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("ScandirIterator.close", kwnames);
  check_positional("ScandirIterator.close", nargs, 0, 0);
  scandir_close_directory(as_scandir(self));
  return none();
}

Value scandir_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("ScandirIterator.__enter__", kwnames);
  check_positional("ScandirIterator.__enter__", nargs, 0, 0);
  return self;
}

Value scandir_exit(Value self, const Value*, size_t, Tuple*) {
  scandir_close_directory(as_scandir(self));
  return none();
}

// An iterator dropped unclosed closes its directory when collected.
void finalize_scandir(void* block, void* offset) {
  auto* iterator = reinterpret_cast<ScandirIteratorObject*>(static_cast<char*>(block) +
                                                            reinterpret_cast<uintptr_t>(offset));
  scandir_close_directory(iterator);
}

Value posix_scandir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"scandir", {"path"}, 0}, args, nargs, kwnames, bound);
  PathArgument path = convert_path("scandir", "path", bound[0].is_null() ? none() : bound[0],
                                   {true, true});
  DirectoryStream stream = open_directory(path);
  auto* iterator =
      static_cast<ScandirIteratorObject*>(allocate_instance(&scandir_iterator_type, 0));
  iterator->stream = stream;
  iterator->path = path.object;
  iterator->as_bytes = path.is_bytes;
  iterator->by_fd = path.fd != -1;
  iterator->fd = path.fd;
  std::string prefix;
  if (!iterator->by_fd) {
    prefix = path.given ? path.narrow : std::string(".");
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  }
  iterator->prefix = static_cast<char*>(gc_alloc_atomic(prefix.size() + 1));
  std::memcpy(iterator->prefix, prefix.c_str(), prefix.size() + 1);
  void* block = GC_base(iterator);
  GC_register_finalizer_no_order(
      block, finalize_scandir,
      reinterpret_cast<void*>(static_cast<uintptr_t>(reinterpret_cast<char*>(iterator) -
                                                     static_cast<char*>(block))),
      nullptr, nullptr);
  return Value::from_object(iterator);
}

void init_dir_types() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  dir_entry_type.repr = dir_entry_repr;
  init_static_type(&dir_entry_type, "posix.DirEntry", nullptr, sizeof(DirEntryObject), 0);
  dir_entry_type.new_instance = nullptr;
  add_methods(&dir_entry_type, {
      {"is_dir", dir_entry_is_dir}, {"is_file", dir_entry_is_file},
      {"is_symlink", dir_entry_is_symlink}, {"stat", dir_entry_stat},
      {"inode", dir_entry_inode}, {"__fspath__", dir_entry_fspath},
      {"__class_getitem__", generic_class_getitem, kMethodClass},
  });
  add_getsets(&dir_entry_type, {{"name", dir_entry_name}, {"path", dir_entry_path}});
  scandir_iterator_type.iter = scandir_iter;
  scandir_iterator_type.next = scandir_next;
  init_static_type(&scandir_iterator_type, "posix.ScandirIterator", nullptr,
                   sizeof(ScandirIteratorObject), 0);
  scandir_iterator_type.new_instance = nullptr;
  add_methods(&scandir_iterator_type, {
      {"close", scandir_close}, {"__enter__", scandir_enter}, {"__exit__", scandir_exit},
  });
}

}  // namespace

Value stat_result_from(const struct stat& status) {
  Value values[19];
  values[0] = make_int(status.st_mode);
  values[1] = make_int_from_unsigned(status.st_ino);
  values[2] = make_int_from_unsigned(status.st_dev);
  values[3] = make_int_from_unsigned(status.st_nlink);
  values[4] = uid_value(status.st_uid);
  values[5] = gid_value(status.st_gid);
  values[6] = make_int(status.st_size);
  const timespec* times[3] = {&status.st_atim, &status.st_mtim, &status.st_ctim};
  for (size_t i = 0; i < 3; ++i) {
    values[kIntegerTimes + i] = make_int(times[i]->tv_sec);
    values[kFloatTimes + i] =
        make_float(static_cast<double>(times[i]->tv_sec) + static_cast<double>(times[i]->tv_nsec) * 1e-9);
    values[13 + i] = nanoseconds_value(times[i]->tv_sec, times[i]->tv_nsec);
  }
  values[16] = make_int(status.st_blksize);
  values[17] = make_int(status.st_blocks);
  values[18] = make_int_from_unsigned(status.st_rdev);
  return make_struct_sequence(stat_type(), values, 19);
}

void add_posix_stat_functions(Module* module) {
  init_dir_types();
  add_functions(module, {
      {"stat", posix_stat}, {"lstat", posix_lstat}, {"fstat", posix_fstat},
      {"statvfs", posix_statvfs}, {"fstatvfs", posix_fstatvfs}, {"access", posix_access},
      {"chmod", posix_chmod}, {"fchmod", posix_fchmod}, {"chown", posix_chown},
      {"lchown", posix_lchown}, {"fchown", posix_fchown}, {"utime", posix_utime},
      {"listdir", posix_listdir}, {"scandir", posix_scandir},
  });
  Dict* dict = module->dict;
  dict_set_str(dict, intern("stat_result"), Value::from_object(stat_type()));
  dict_set_str(dict, intern("statvfs_result"), Value::from_object(statvfs_type()));
  dict_set_str(dict, intern("DirEntry"), Value::from_object(&dir_entry_type));
}

}  // namespace krait
