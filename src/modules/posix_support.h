// What the parts of the `posix` module share (posix.cpp, posix_files.cpp,
// posix_stat.cpp): CPython's argument converters for paths, descriptors,
// dir_fd and ids, and OSError with file names.
#pragma once

#include <sys/types.h>

#include <cerrno>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

struct Module;
struct StructSeqType;

// OSError (the subclass errno selects) with CPython's arguments: errno,
// strerror, and the file names when not null.
[[noreturn]] void raise_os_error(int error_number, Value filename = Value::null(),
                                 Value filename2 = Value::null());

// Text for the file system: str encoded as UTF-8 with surrogateescape
// (sys.getfilesystemencoding() and its errors), and back.
std::string fs_encode(Value str);
Value fs_decode(std::string_view bytes);
// A name read from the system, as bytes when the path argument was bytes.
Value fs_result(std::string_view bytes, bool as_bytes);

// CPython's PyUnicode_FSConverter: str (encoded), bytes or os.PathLike, as
// the encoded bytes, without NUL.
std::string fs_converter(Value value);

// CPython's path_t: a str, bytes or os.PathLike (its __fspath__), and when
// allowed an open descriptor or None.
struct PathArgument {
  Value object;        // the str, bytes or int the error messages name (None if absent)
  std::string narrow;  // the encoded path
  int fd = -1;         // when given a descriptor (-1: none, as in CPython)
  bool is_bytes = false;
  bool given = true;   // false for None
  // The path to pass to the system, null for a descriptor or none.
  const char* c_str() const { return given && fd == -1 ? narrow.c_str() : nullptr; }
  // The same where a path is required: with none (CPython's -1, which it
  // passes on as a null path), the EFAULT the system would answer.
  const char* system_path() const {
    if (!c_str()) raise_os_error(EFAULT, object);
    return c_str();
  }
};
struct PathOptions {
  bool allow_fd = false;
  bool nullable = false;
};
PathArgument convert_path(const char* function, const char* argument, Value value,
                          PathOptions options = {});

// A descriptor argument of a path function (the "fd is greater than
// maximum" messages).
int path_fd_argument(Value value);
// dir_fd=None (AT_FDCWD) or a descriptor.
int dir_fd_argument(Value value);
// The checks CPython makes before a call with a path, dir_fd and follow_symlinks.
void check_dir_fd_path(const char* function, const PathArgument& path, int dir_fd);
void check_dir_fd_and_fd(const char* function, int dir_fd, int fd);
void check_fd_and_follow_symlinks(const char* function, int fd, bool follow_symlinks);

// uid_t / gid_t as CPython's _Py_Uid_Converter: -1 allowed, overflow messages.
uid_t uid_argument(Value value);
gid_t gid_argument(Value value);
Value uid_value(uid_t uid);
Value gid_value(gid_t gid);

// The os.stat_result of a struct stat.
Value stat_result_from(const struct stat& status);

// The parts' module functions and types, added to the module by create_posix_module.
void add_posix_file_functions(Module* module);
void add_posix_stat_functions(Module* module);

}  // namespace krait
