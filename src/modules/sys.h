// The sys module, and the state the command line gives it.
//
// The setters may run before or after the module is created (it is created
// on first import): they record the value and update the module if it exists.
#pragma once

#include <string>
#include <vector>

#include "runtime/value.h"

namespace krait {

struct Module;
struct Str;

// Builds the sys module.
Module* create_sys_module();

// sys.version.
const char* sys_version_string();

// sys.argv (the script and its arguments) and sys.orig_argv (the whole command line).
void sys_set_argv(const std::vector<std::string>& argv);
void sys_set_orig_argv(const std::vector<std::string>& orig_argv);
// sys.path: replaces the whole list (the script's directory first, then the library).
void sys_set_path(const std::vector<std::string>& path);

// The UTF-8 mode the locale alone implies (on under C or POSIX; PEP 540),
// for -E and -I, which ignore PYTHONUTF8.
int sys_locale_utf8_mode();

// sys.flags as the command line and the environment set them.
struct SysFlags {
  int debug = 0;
  int inspect = 0;
  int interactive = 0;
  int optimize = 0;
  int dont_write_bytecode = 0;
  int no_user_site = 0;
  int no_site = 0;
  int ignore_environment = 0;
  int verbose = 0;
  int bytes_warning = 0;
  int quiet = 0;
  int hash_randomization = 1;
  int isolated = 0;
  bool dev_mode = false;
  int utf8_mode = 0;
  int warn_default_encoding = 0;
  bool safe_path = false;
  int int_max_str_digits = -1;
  // Not a field of sys.flags: -u / PYTHONUNBUFFERED (stdout and stderr write through).
  bool unbuffered = false;
};
// The defaults from the environment (PYTHONDONTWRITEBYTECODE, PYTHONUNBUFFERED,
// PYTHONHASHSEED …), for the command line to adjust before sys_set_flags.
SysFlags sys_flags_from_environment();
void sys_set_flags(const SysFlags& flags);

// One -X option: `-X name=value`, or `-X name` (has_value false: sys._xoptions holds True).
struct XOption {
  std::string name;
  std::string value;
  bool has_value = false;
};
// sys.warnoptions (in CPython's order), sys._xoptions, sys.pycache_prefix
// (null: None), as the command line and the environment set them.
void sys_set_warnoptions(const std::vector<std::string>& options);
void sys_set_xoptions(const std::vector<XOption>& options);
void sys_set_pycache_prefix(const std::string* prefix);
// PYTHONIOENCODING's "encoding:errors" (an empty part keeps the default),
// for the standard streams the sys module makes; call before it exists. An
// encoding that cannot be used stops the process with CPython's fatal error.
void sys_set_stdio_encoding(const std::string& encoding, const std::string& errors);

// sys.<name> (null when missing or before the sys module exists).
Value sys_attribute(Str* name);
// The current sys.stdout / sys.stderr / sys.stdin (null when deleted).
Value sys_stdout();
Value sys_stderr();
Value sys_stdin();

// Reports an exception that cannot be raised (escaping __del__, a callback):
// calls sys.unraisablehook with an UnraisableHookArgs, or the default hook
// when it is missing or None, as CPython's _PyErr_WriteUnraisableMsg. `err_msg`
// (null: "Exception ignored in") heads the report. Never raises.
void report_unraisable_exception(Value error, Value object, Value err_msg);

// Flushes the original standard streams and whatever sys.stdout / sys.stderr
// are now (at exit, and before a traceback is written). Never raises.
void flush_std_streams();

}  // namespace krait
