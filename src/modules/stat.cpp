// The `_stat` module, which Lib/stat.py imports over its pure-Python
// definitions: the S_* and file-flag constants, the S_IS* tests, S_IMODE,
// S_IFMT and filemode.
#include "modules/stat.h"

#include <sys/stat.h>

#include <cstdint>
#include <string>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/native.h"

namespace krait {

namespace {

// Types POSIX leaves to other systems (Solaris doors, event ports, BSD whiteouts).
constexpr uint32_t kIfDoor = 0;
constexpr uint32_t kIfPort = 0;
constexpr uint32_t kIfWhiteout = 0;

// A mode argument as CPython's _PyLong_AsMode_t: an int (no __index__),
// non-negative, at most mode_t's range.
uint32_t mode_argument(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string qualified = std::string("_stat.") + name;
  reject_keywords(qualified.c_str(), kwnames);
  check_positional(qualified.c_str(), nargs, 1, 1);
  Value mode = args[0];
  if (!is_int(mode)) throw_type_error("an integer is required");
  if (int_sign(mode) < 0) throw_overflow_error("can't convert negative value to unsigned int");
  int64_t value;
  if (!int_to_int64(mode, value)) {
    throw_overflow_error("Python int too large to convert to C unsigned long");
  }
  if (value > UINT32_MAX) throw_overflow_error("mode out of range");
  return static_cast<uint32_t>(value);
}

#define KRAIT_STAT_TEST(NAME, TEST)                                           \
  Value stat_##NAME(Value, const Value* args, size_t nargs, Tuple* kwnames) { \
    uint32_t mode = mode_argument(#NAME, args, nargs, kwnames);               \
    return make_bool(TEST);                                                   \
  }
KRAIT_STAT_TEST(S_ISDIR, S_ISDIR(mode))
KRAIT_STAT_TEST(S_ISCHR, S_ISCHR(mode))
KRAIT_STAT_TEST(S_ISBLK, S_ISBLK(mode))
KRAIT_STAT_TEST(S_ISREG, S_ISREG(mode))
KRAIT_STAT_TEST(S_ISFIFO, S_ISFIFO(mode))
KRAIT_STAT_TEST(S_ISLNK, S_ISLNK(mode))
KRAIT_STAT_TEST(S_ISSOCK, S_ISSOCK(mode))
KRAIT_STAT_TEST(S_ISDOOR, false && mode)
KRAIT_STAT_TEST(S_ISPORT, false && mode)
KRAIT_STAT_TEST(S_ISWHT, false && mode)
#undef KRAIT_STAT_TEST

Value stat_S_IMODE(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(mode_argument("S_IMODE", args, nargs, kwnames) & 07777);
}

Value stat_S_IFMT(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(mode_argument("S_IFMT", args, nargs, kwnames) & S_IFMT);
}

char file_type_letter(uint32_t mode) {
  if (S_ISREG(mode)) return '-';
  if (S_ISDIR(mode)) return 'd';
  if (S_ISLNK(mode)) return 'l';
  if (S_ISBLK(mode)) return 'b';
  if (S_ISCHR(mode)) return 'c';
  if (S_ISFIFO(mode)) return 'p';
  if (S_ISSOCK(mode)) return 's';
  return '?';
}

// One rwx triple; `special` (set-id or sticky) shows in the x place as
// `set_letter` with x, its capital without.
void permission_letters(std::string& out, uint32_t mode, uint32_t read, uint32_t write,
                        uint32_t execute, uint32_t special, char set_letter) {
  out += (mode & read) ? 'r' : '-';
  out += (mode & write) ? 'w' : '-';
  if (mode & special) {
    out += (mode & execute) ? set_letter : static_cast<char>(set_letter - 'a' + 'A');
  } else {
    out += (mode & execute) ? 'x' : '-';
  }
}

Value stat_filemode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t mode = mode_argument("filemode", args, nargs, kwnames);
  std::string text(1, file_type_letter(mode));
  permission_letters(text, mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's');
  permission_letters(text, mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's');
  permission_letters(text, mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't');
  return str_value(text);
}

}  // namespace

Module* create_stat_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_stat"));
  add_functions(module, {
      {"S_ISDIR", stat_S_ISDIR, kMethodInstance,
       "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory."},
      {"S_ISCHR", stat_S_ISCHR, kMethodInstance,
       "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file."},
      {"S_ISBLK", stat_S_ISBLK, kMethodInstance,
       "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file."},
      {"S_ISREG", stat_S_ISREG, kMethodInstance,
       "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file."},
      {"S_ISFIFO", stat_S_ISFIFO, kMethodInstance,
       "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe)."},
      {"S_ISLNK", stat_S_ISLNK, kMethodInstance,
       "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link."},
      {"S_ISSOCK", stat_S_ISSOCK, kMethodInstance,
       "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket."},
      {"S_ISDOOR", stat_S_ISDOOR, kMethodInstance,
       "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door."},
      {"S_ISPORT", stat_S_ISPORT, kMethodInstance,
       "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port."},
      {"S_ISWHT", stat_S_ISWHT, kMethodInstance,
       "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout."},
      {"S_IMODE", stat_S_IMODE, kMethodInstance,
       "Return the portion of the file's mode that can be set by os.chmod()."},
      {"S_IFMT", stat_S_IFMT, kMethodInstance,
       "Return the portion of the file's mode that describes the file type."},
      {"filemode", stat_filemode, kMethodInstance,
       "Convert a file's mode to a string of the form '-rwxrwxrwx'"},
  });
  add_int_constants(module, {
      {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK}, {"S_IFREG", S_IFREG},
      {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK},
      {"S_IFDOOR", kIfDoor}, {"S_IFPORT", kIfPort}, {"S_IFWHT", kIfWhiteout},
      {"S_ISUID", S_ISUID}, {"S_ISGID", S_ISGID}, {"S_ISVTX", S_ISVTX},
      {"S_ENFMT", S_ISGID}, {"S_IREAD", S_IRUSR}, {"S_IWRITE", S_IWUSR}, {"S_IEXEC", S_IXUSR},
      {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR}, {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR},
      {"S_IRWXG", S_IRWXG}, {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
      {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH}, {"S_IXOTH", S_IXOTH},
      // BSD file flags (st_flags), defined everywhere for chflags.
      {"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4}, {"UF_OPAQUE", 0x8},
      {"UF_NOUNLINK", 0x10}, {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000},
      {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000},
      {"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000},
      // Indexes into a stat_result.
      {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4},
      {"ST_GID", 5}, {"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
  });
  dict_set_str(module->dict, intern("__doc__"),
               str_value("S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n"
                         "S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\n"
                         "S_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\n"
                         "S_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\n"
                         "S_ISGID: set GID bit\nS_ENFMT: file locking enforcement\n"
                         "S_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\n"
                         "S_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for "
                         "S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\n"
                         "S_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for "
                         "group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\n"
                         "S_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) "
                         "permissions\nS_IROTH: read by others\nS_IWOTH: write by others\n"
                         "S_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\n"
                         "UF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be "
                         "appended to\nUF_OPAQUE: directory is opaque when viewed through a union "
                         "stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: "
                         "OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be "
                         "displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not "
                         "be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file "
                         "may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\n"
                         "ST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\n"
                         "ST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n"
                         "                   (only present on Windows)\n"));
  return module;
}

}  // namespace krait
