// The `krait` command line.
//
// `krait [option] ... [-c cmd | -m mod | file | -] [arg] ...` runs a program
// as `python3.11` does: CPython's options and environment variables, its
// sys.argv, sys.path and sys.flags, its messages and exit statuses for usage
// errors. It also exposes the front end's stages: `--dump-tokens` prints what
// `python3.11 -m tokenize -e` prints, `--dump-ast` what `ast.dump(...,
// include_attributes=True, indent=1)` prints.
#include <unistd.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "compiler/syntax_error.h"
#include "compiler/token_dump.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/siphash.h"
#include "objects/str.h"
#include "runtime/gc.h"
#include "vm/disassemble.h"
#include "vm/import.h"
#include "modules/atexit.h"
#include "modules/hashlib.h"
#include "modules/locale.h"
#include "modules/sys.h"
#include "modules/thread.h"
#include "vm/repl.h"
#include "vm/run.h"
#include "vm/startup.h"

namespace {

// What CPython's -h, --help-env and --help-xoptions print (after -h's usage line).
constexpr std::string_view kHelpOptions = R"help(Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
)help";

constexpr std::string_view kHelpEnvironment = R"help(Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONSAFEPATH: don't prepend a potentially unsafe path to sys.path.
PYTHONHOME   : alternate <prefix> directory (or <prefix>:<exec_prefix>).
               The default module search path uses <prefix>/lib/pythonX.X.
PYTHONPLATLIBDIR : override sys.platlibdir.
PYTHONCASEOK : ignore case in 'import' statements (Windows).
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
PYTHONFAULTHANDLER: dump the Python traceback on fatal errors.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
   16, and 32 are never limited.
PYTHONMALLOC: set the Python memory allocators and/or install debug hooks
   on Python memory allocators. Use PYTHONMALLOC=debug to install debug
   hooks.
PYTHONCOERCECLOCALE: if this variable is set to 0, it disables the locale
   coercion behavior. Use PYTHONCOERCECLOCALE=warn to request display of
   locale coercion and locale compatibility warnings on stderr.
PYTHONBREAKPOINT: if this variable is set to 0, it disables the default
   debugger. It can be set to the callable of your debugger of choice.
PYTHONDEVMODE: enable the development mode.
PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.
PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'.
PYTHONNODEBUGRANGES: If this variable is set, it disables the inclusion of the 
   tables mapping extra location information (end line, start column offset 
   and end column offset) to every instruction in code objects. This is useful 
   when smaller code objects and pyc files are desired as well as suppressing the 
   extra visual location indicators when the interpreter displays tracebacks.
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : enable parser debug mode (-d)
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                          (-X int_max_str_digits=number)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
)help";

constexpr std::string_view kHelpXOptions = R"help(The following implementation-specific options are available:

-X faulthandler: enable faulthandler

-X showrefcount: output the total reference count and number of used
    memory blocks when the program finishes or after each statement in the
    interactive interpreter. This only works on debug builds

-X tracemalloc: start tracing Python memory allocations using the
    tracemalloc module. By default, only the most recent frame is stored in a
    traceback of a trace. Use -X tracemalloc=NFRAME to start tracing with a
    traceback limit of NFRAME frames

-X importtime: show how long each import takes. It shows module name,
    cumulative time (including nested imports) and self time (excluding
    nested imports). Note that its output may be broken in multi-threaded
    application. Typical usage is python3 -X importtime -c 'import asyncio'

-X dev: enable CPython's "development mode", introducing additional runtime
    checks which are too expensive to be enabled by default. Effect of the
    developer mode:
       * Add default warning filter, as -W default
       * Install debug hooks on memory allocators: see the PyMem_SetupDebugHooks()
         C function
       * Enable the faulthandler module to dump the Python traceback on a crash
       * Enable asyncio debug mode
       * Set the dev_mode attribute of sys.flags to True
       * io.IOBase destructor logs close() exceptions

-X utf8: enable UTF-8 mode for operating system interfaces, overriding the default
    locale-aware mode. -X utf8=0 explicitly disables UTF-8 mode (even when it would
    otherwise activate automatically)

-X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the
    given directory instead of to the code tree

-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'

-X no_debug_ranges: disable the inclusion of the tables mapping extra location 
   information (end line, start column offset and end column offset) to every 
   instruction in code objects. This is useful when smaller code objects and pyc 
   files are desired as well as suppressing the extra visual location indicators 
   when the interpreter displays tracebacks.

-X frozen_modules=[on|off]: whether or not frozen modules should be used.
   The default is "on" (or "off" if you are running a local build).

-X int_max_str_digits=number: limit the size of int<->str conversions.
    This helps avoid denial of service attacks when parsing untrusted data.
    The default is sys.int_info.default_max_str_digits.  0 disables.
)help";

// Reads `path` whole; on failure prints CPython's message for an unopenable
// script and returns false.
bool read_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno;
    std::cerr << "krait: can't open file '" << path << "': [Errno " << err << "] "
              << std::strerror(err) << "\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  bytes = buffer.str();
  return true;
}

int dump_tokens_command(const std::string& path) {
  std::string bytes;
  if (!read_file(path, bytes)) return 2;
  try {
    std::cout << krait::dump_tokens(bytes, path);
  } catch (const krait::SyntaxErrorException& error) {
    std::cout.flush();
    std::cerr << krait::format_syntax_error(error.info());
    return 1;
  }
  return 0;
}

int dump_ast_command(const std::string& path) {
  std::string bytes;
  if (!read_file(path, bytes)) return 2;
  try {
    krait::Arena arena;
    krait::ParseResult result = krait::parse_bytes(bytes, path, arena);
    krait::ast::DumpOptions options;
    options.include_attributes = true;
    options.indent = 1;
    std::cout << krait::ast::dump(result.module, options) << "\n";
  } catch (const krait::SyntaxErrorException& error) {
    std::cerr << krait::format_syntax_error(error.info());
    return 1;
  } catch (const krait::ast::DumpTooDeepError& error) {
    // What CPython prints for the RecursionError its ast.parse raises here.
    std::cerr << "RecursionError: " << error.what() << "\n";
    return 1;
  }
  return 0;
}

// Hidden option `--dump-symtable FILE`: the symbol table in the format of
// krait::dump_symtable, then "--- code" and krait::dump_code_info, for
// tests/frontend/check_symtable.py. An error is
// printed as one "error ..." line on stdout (exit status 1).
int dump_symtable_command(const std::string& path) {
  std::string bytes;
  if (!read_file(path, bytes)) return 2;
  try {
    krait::Arena arena;
    krait::ParseResult result = krait::parse_bytes(bytes, path, arena);
    krait::FutureFlags future = krait::future_features(result.module, path);
    krait::SymbolTable table = krait::build_symtable(result.module, path, future);
    std::cout << krait::dump_symtable(table) << "--- code\n" << krait::dump_code_info(table);
  } catch (const krait::SyntaxErrorException& error) {
    const krait::SyntaxErrorInfo& info = error.info();
    std::cout << "error " << krait::syntax_error_kind_name(info.kind) << ": " << info.message
              << " line=" << info.lineno << " offset=" << krait::position_repr(info.offset)
              << " end_lineno=" << krait::position_repr(info.end_lineno)
              << " end_offset=" << krait::position_repr(info.end_offset) << "\n";
    return 1;
  } catch (const krait::CompileRecursionError& error) {
    std::cout << "error RecursionError: " << error.what() << "\n";
    return 1;
  }
  return 0;
}

// What `krait [option] ... [-c cmd | -m mod | file | -] [arg] ...` asks for.
enum class ProgramKind { Command, Module, Script, Directory, Stdin };

struct ProgramRequest {
  std::string program_name;  // argv[0], as CPython's messages print it
  std::vector<std::string> orig_argv;
  std::vector<std::string> argv;  // sys.argv
  krait::SysFlags flags;
  ProgramKind kind = ProgramKind::Stdin;
  std::string program;  // -c's command, -m's module name, or the script made absolute
  bool skip_first_line = false;  // -x
  bool use_environment = true;
  std::vector<std::string> path;  // sys.path
  std::vector<std::string> warn_options;
  std::vector<krait::XOption> x_options;
  bool has_pycache_prefix = false;
  std::string pycache_prefix;
};

// The options as given, before the environment adds its part.
struct CommandLineOptions {
  krait::SysFlags flags;  // counts and switches set by options only
  int version = 0;        // -V given this many times
  bool ignore_environment = false;
  bool force_hash_randomization = false;  // -R
  std::vector<std::string> warn_options;
  std::vector<krait::XOption> x_options;
};

constexpr int kUsageErrorStatus = 2;

int usage_error(const std::string& message, const std::string& program_name) {
  std::cerr << message << "\nusage: " << program_name
            << " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
               "Try `python -h' for more information.\n";
  return kUsageErrorStatus;
}

// CPython's report of a configuration it refuses before starting.
int fatal_error(const std::string& function, const std::string& message, const char* state) {
  std::cerr << "Fatal Python error: " << function << ": " << message
            << "\nPython runtime state: " << state << "\n\n";
  return 1;
}

void print_version(int level) {
  if (level > 1) {
    std::cout << "Krait " KRAIT_VERSION " (Python 3.11.2, main) [GCC " __VERSION__ "]\n";
  } else {
    std::cout << "Krait " KRAIT_VERSION " (Python 3.11)\n";
  }
}

void print_help(const std::string& program_name) {
  std::cout << "usage: " << program_name
            << " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            << kHelpOptions;
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buffer[PATH_MAX];
  if (!getcwd(buffer, sizeof buffer)) return path;
  std::string cwd = buffer;
  if (path.empty()) return cwd;
  return cwd == "/" ? "/" + path : cwd + "/" + path;
}

std::string directory_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// sys.path[0] for a script: the folder of the file its symbolic links lead to.
std::string script_directory(const std::string& script) {
  char resolved[PATH_MAX];
  std::string file = realpath(script.c_str(), resolved) ? std::string(resolved) : script;
  return directory_of(file);
}

// A decimal int as CPython's configuration reads one (leading blanks and a
// sign allowed, nothing after); false when it is not one or overflows.
bool parse_config_int(const char* text, long& value) {
  errno = 0;
  char* end = nullptr;
  value = std::strtol(text, &end, 10);
  return errno == 0 && *end == '\0' && value >= INT_MIN && value <= INT_MAX;
}

bool valid_int_max_str_digits(const char* text, int& digits) {
  long value;
  if (!parse_config_int(text, value) || (value != 0 && value < 640)) return false;
  digits = static_cast<int>(value);
  return true;
}

// Splits `text` at `separator`, dropping empty pieces when asked.
std::vector<std::string> split(const std::string& text, char separator, bool drop_empty) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (true) {
    size_t end = text.find(separator, start);
    std::string piece = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!piece.empty() || !drop_empty) pieces.push_back(piece);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return pieces;
}

// `path` with "." and ".." steps and repeated slashes resolved by name, as
// os.path.normpath (an absolute path).
std::string normalized_path(const std::string& path) {
  std::vector<std::string> steps;
  for (const std::string& step : split(path, '/', true)) {
    if (step == ".") continue;
    if (step == "..") {
      if (!steps.empty()) steps.pop_back();
      continue;
    }
    steps.push_back(step);
  }
  std::string result;
  for (const std::string& step : steps) result += "/" + step;
  return result.empty() ? "/" : result;
}

const char* environment_value(const ProgramRequest& request, const char* name) {
  if (!request.use_environment) return nullptr;
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

const krait::XOption* find_x_option(const std::vector<krait::XOption>& options,
                                    std::string_view name) {
  const krait::XOption* found = nullptr;
  for (const krait::XOption& option : options) {
    if (option.name == name) found = &option;
  }
  return found;
}

// Combines the options with the environment into sys.flags, sys.warnoptions,
// sys._xoptions and sys.pycache_prefix, as CPython's configuration does: a
// count from the environment is a floor for the options' count, -X wins
// over the corresponding variable. Answers -1, or the exit status of a
// refused configuration.
int configure(const CommandLineOptions& options, ProgramRequest& request) {
  request.use_environment = !options.ignore_environment;
  krait::SysFlags f = request.use_environment ? krait::sys_flags_from_environment() : krait::SysFlags{};
  const krait::SysFlags& given = options.flags;
  f.debug = std::max(f.debug, given.debug);
  f.inspect = std::max(f.inspect, given.inspect);
  f.interactive = given.interactive;
  f.optimize = std::max(f.optimize, given.optimize);
  f.dont_write_bytecode = std::max(f.dont_write_bytecode, given.dont_write_bytecode);
  f.no_user_site = std::max(f.no_user_site, given.no_user_site);
  f.no_site = given.no_site;
  f.ignore_environment = options.ignore_environment ? 1 : 0;
  f.verbose = std::max(f.verbose, given.verbose);
  f.bytes_warning = given.bytes_warning;
  f.quiet = given.quiet;
  f.isolated = given.isolated;
  f.safe_path = f.safe_path || given.safe_path;
  f.unbuffered = f.unbuffered || given.unbuffered;
  if (!request.use_environment) f.utf8_mode = krait::sys_locale_utf8_mode();

  if (const char* utf8 = environment_value(request, "PYTHONUTF8")) {
    std::string_view value = utf8;
    if (value != "0" && value != "1") {
      return fatal_error("preconfig_init_utf8_mode",
                         "invalid PYTHONUTF8 environment variable value", "preinitializing");
    }
  }
  if (const krait::XOption* utf8 = find_x_option(options.x_options, "utf8")) {
    if (!utf8->has_value || utf8->value == "1") {
      f.utf8_mode = 1;
    } else if (utf8->value == "0") {
      f.utf8_mode = 0;
    } else {
      return fatal_error("preconfig_init_utf8_mode", "invalid -X utf8 option value",
                         "preinitializing");
    }
  }
  if (const char* seed = environment_value(request, "PYTHONHASHSEED")) {
    std::string_view text = seed;
    char* end = nullptr;
    errno = 0;
    unsigned long long value = std::strtoull(seed, &end, 10);
    if (text != "random" && (errno || *end || value > 0xFFFFFFFFull || text[0] == '-')) {
      return fatal_error("config_init_hash_seed",
                         "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]",
                         "preinitialized");
    }
  }
  if (!request.use_environment || options.force_hash_randomization) {
    krait::ignore_hash_seed_environment();
    f.hash_randomization = 1;
  }
  if (const krait::XOption* digits = find_x_option(options.x_options, "int_max_str_digits")) {
    if (!digits->has_value || !valid_int_max_str_digits(digits->value.c_str(), f.int_max_str_digits)) {
      return fatal_error("config_init_int_max_str_digits",
                         "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.",
                         "preinitialized");
    }
  } else if (const char* digits = environment_value(request, "PYTHONINTMAXSTRDIGITS")) {
    if (!valid_int_max_str_digits(digits, f.int_max_str_digits)) {
      return fatal_error("config_init_int_max_str_digits",
                         "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.",
                         "preinitialized");
    }
  } else {
    f.int_max_str_digits = -1;
  }
  if (find_x_option(options.x_options, "dev")) f.dev_mode = true;
  if (find_x_option(options.x_options, "warn_default_encoding")) f.warn_default_encoding = 1;
  request.flags = f;

  // sys.warnoptions: -X dev's "default", PYTHONWARNINGS, -W, then -b's.
  if (f.dev_mode) request.warn_options.push_back("default");
  if (const char* warnings = environment_value(request, "PYTHONWARNINGS")) {
    for (const std::string& option : split(warnings, ',', true)) {
      request.warn_options.push_back(option);
    }
  }
  for (const std::string& option : options.warn_options) request.warn_options.push_back(option);
  if (f.bytes_warning > 1) {
    request.warn_options.push_back("error::BytesWarning");
  } else if (f.bytes_warning == 1) {
    request.warn_options.push_back("default::BytesWarning");
  }
  request.x_options = options.x_options;

  if (const krait::XOption* prefix = find_x_option(options.x_options, "pycache_prefix")) {
    // A bare `-X pycache_prefix` or an empty value means no prefix.
    if (prefix->has_value && !prefix->value.empty()) {
      request.has_pycache_prefix = true;
      request.pycache_prefix = prefix->value;
    }
  } else if (const char* prefix = environment_value(request, "PYTHONPYCACHEPREFIX")) {
    request.has_pycache_prefix = true;
    request.pycache_prefix = prefix;
  }
  krait::init_process_locale(request.use_environment);
  return -1;
}

// sys.path: the program's folder (unless -P, -I or PYTHONSAFEPATH), the
// PYTHONPATH entries made absolute (an empty one is the current folder),
// Krait's lib/, then the standard library.
void build_path(ProgramRequest& request) {
  if (!request.flags.safe_path) {
    switch (request.kind) {
      case ProgramKind::Command:
      case ProgramKind::Stdin: request.path.push_back(""); break;
      case ProgramKind::Module: request.path.push_back(absolute_path("")); break;
      case ProgramKind::Script: request.path.push_back(script_directory(request.program)); break;
      case ProgramKind::Directory: request.path.push_back(request.program); break;
    }
  }
  std::vector<std::string> search_path;
  if (const char* python_path = environment_value(request, "PYTHONPATH")) {
    for (const std::string& entry : split(python_path, ':', false)) {
      search_path.push_back(normalized_path(absolute_path(entry)));
    }
  }
  search_path.push_back(KRAIT_LIB_DIR);
  search_path.push_back(KRAIT_STDLIB_DIR);
  for (const std::string& entry : search_path) {
    // CPython's site module drops repeated entries (before sys.path[0] is added).
    bool repeated = std::find(request.path.begin() + (request.flags.safe_path ? 0 : 1),
                              request.path.end(), entry) != request.path.end();
    if (request.flags.no_site || !repeated) request.path.push_back(entry);
  }
}

bool stdin_is_terminal() { return isatty(0) == 1; }

// CPython's greeting before an interactive session, on stderr; the names it
// mentions come from the site module, so -S leaves that line out.
void print_banner(bool site) {
  std::cerr << "Python " << krait::sys_version_string() << " on linux\n";
  if (site) {
    std::cerr << "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
  }
}

krait::Module* main_module() {
  krait::Value main = krait::dict_get_str(krait::module_table(), krait::intern("__main__"));
  if (!main.is_null() && krait::type_of(main) == &krait::module_type) {
    return main.as<krait::Module>();
  }
  return krait::make_main_module();
}

// The program read from standard input: an interactive session when it is a
// terminal or -i forces one (after $PYTHONSTARTUP), else a whole program.
int run_standard_input(const ProgramRequest& request) {
  if (!stdin_is_terminal() && !request.flags.interactive) return krait::run_stdin();
  if (!request.flags.quiet) print_banner(!request.flags.no_site);
  krait::Module* module = krait::make_main_module();
  if (const char* startup = environment_value(request, "PYTHONSTARTUP")) {
    krait::run_startup_file(startup, module);
  }
  return krait::run_interactive(module);
}

// As CPython at exit: the non-daemon threads are waited for, the atexit
// functions run, and what they wrote is flushed; then the native resources
// of objects still alive are released.
int finish_program(int status) {
  krait::shutdown_threads();
  krait::run_atexit_callbacks();
  krait::stop_other_threads();
  krait::flush_std_streams();
  krait::release_hashlib_contexts();
  return status;
}

int run_request(void* pointer) {
  auto* request = static_cast<ProgramRequest*>(pointer);
  if (const char* io_encoding = environment_value(*request, "PYTHONIOENCODING")) {
    std::string setting = io_encoding;
    size_t colon = setting.find(':');
    krait::sys_set_stdio_encoding(setting.substr(0, colon),
                                  colon == std::string::npos ? "" : setting.substr(colon + 1));
  }
  // Before the runtime starts: it makes the sys module (and the standard
  // streams) from these.
  krait::optimization_level = request->flags.optimize;
  krait::sys_set_flags(request->flags);
  krait::sys_set_orig_argv(request->orig_argv);
  krait::sys_set_argv(request->argv);
  krait::sys_set_path(request->path);
  krait::sys_set_warnoptions(request->warn_options);
  krait::sys_set_xoptions(request->x_options);
  krait::sys_set_pycache_prefix(request->has_pycache_prefix ? &request->pycache_prefix : nullptr);
  krait::start_runtime();
  // As CPython: with warning options, the warnings module reads them (and
  // reports the invalid ones) before the program starts.
  if (!request->warn_options.empty()) krait::import_warnings_module();
  // Under -i an uncaught SystemExit is reported, not obeyed, so the session follows.
  krait::report_system_exit = request->flags.inspect != 0;
  int status = 0;
  switch (request->kind) {
    case ProgramKind::Command: status = krait::run_command(request->program); break;
    case ProgramKind::Module: status = krait::run_module_as_main(request->program); break;
    case ProgramKind::Script:
      status = krait::run_file(request->program, request->skip_first_line);
      break;
    case ProgramKind::Directory: status = krait::run_directory_as_main(request->program); break;
    case ProgramKind::Stdin: status = run_standard_input(*request); break;
  }
  if (request->kind == ProgramKind::Stdin) return finish_program(status);
  // PYTHONINSPECT is looked at again here: the program may have set it.
  bool inspect = request->flags.inspect || environment_value(*request, "PYTHONINSPECT");
  if (inspect && (stdin_is_terminal() || request->flags.interactive)) {
    krait::report_system_exit = false;
    status = krait::run_interactive(main_module());
  }
  return finish_program(status);
}

bool is_directory(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// CPython's option letters (grouped forms such as -OO, -Bc cmd, -uc cmd
// included) and long options, then the environment.
int run_program_command(int argc, char** argv) {
  ProgramRequest request;
  request.program_name = argv[0] ? argv[0] : "";
  for (int i = 0; i < argc; ++i) request.orig_argv.push_back(argv[i]);
  CommandLineOptions options;
  krait::SysFlags& given = options.flags;
  int index = 1;
  bool program_found = false;
  while (index < argc && !program_found) {
    std::string arg = argv[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') break;
    ++index;
    if (arg[1] == '-') {
      std::string_view name = std::string_view(arg).substr(2);
      if (name == "version") {
        ++options.version;
      } else if (name == "help") {
        print_help(request.program_name);
        return 0;
      } else if (name == "help-env") {
        std::cout << kHelpEnvironment;
        return 0;
      } else if (name == "help-xoptions") {
        std::cout << kHelpXOptions;
        return 0;
      } else if (name == "help-all") {
        print_help(request.program_name);
        std::cout << "\n\n" << kHelpEnvironment << "\n\n" << kHelpXOptions;
        return 0;
      } else if (name == "check-hash-based-pycs") {
        if (index >= argc) {
          return usage_error("Argument expected for the --check-hash-based-pycs options",
                             request.program_name);
        }
        std::string_view mode = argv[index++];
        if (mode != "default" && mode != "always" && mode != "never") {
          return usage_error(
              "--check-hash-based-pycs must be one of 'default', 'always', or 'never'",
              request.program_name);
        }
      } else {
        return usage_error("unknown option " + arg, request.program_name);
      }
      continue;
    }
    for (size_t k = 1; k < arg.size() && !program_found; ++k) {
      char option = arg[k];
      // An option's argument: the rest of this word, else the next word.
      auto take_argument = [&](std::string& out) {
        if (k + 1 < arg.size()) {
          out = arg.substr(k + 1);
        } else if (index < argc) {
          out = argv[index++];
        } else {
          return false;
        }
        k = arg.size();
        return true;
      };
      auto missing_argument = [&] {
        return usage_error(std::string("Argument expected for the -") + option + " option",
                           request.program_name);
      };
      switch (option) {
        case 'c':
        case 'm':
          if (!take_argument(request.program)) return missing_argument();
          request.kind = option == 'c' ? ProgramKind::Command : ProgramKind::Module;
          program_found = true;
          break;
        case 'W': {
          std::string value;
          if (!take_argument(value)) return missing_argument();
          options.warn_options.push_back(value);
          break;
        }
        case 'X': {
          std::string value;
          if (!take_argument(value)) return missing_argument();
          krait::XOption x_option;
          size_t equals = value.find('=');
          x_option.name = value.substr(0, equals);
          if (equals != std::string::npos) {
            x_option.value = value.substr(equals + 1);
            x_option.has_value = true;
          }
          options.x_options.push_back(x_option);
          break;
        }
        case 'b': ++given.bytes_warning; break;
        case 'B': given.dont_write_bytecode = 1; break;
        case 'd': ++given.debug; break;
        case 'E': options.ignore_environment = true; break;
        case 'i': given.inspect = given.interactive = 1; break;
        case 'I':
          given.isolated = 1;
          given.no_user_site = 1;
          given.safe_path = true;
          options.ignore_environment = true;
          break;
        case 'O': ++given.optimize; break;
        case 'P': given.safe_path = true; break;
        case 'q': given.quiet = 1; break;
        case 'R': options.force_hash_randomization = true; break;
        case 's': given.no_user_site = 1; break;
        case 'S': given.no_site = 1; break;
        case 'u': given.unbuffered = true; break;
        case 'v': ++given.verbose; break;
        case 'V': ++options.version; break;
        case 'x': request.skip_first_line = true; break;
        case 'h':
        case '?':
          print_help(request.program_name);
          return 0;
        case 'J': return usage_error("-J is reserved for Jython", request.program_name);
        default:
          return usage_error(std::string("Unknown option: -") + option, request.program_name);
      }
    }
  }
  if (options.version > 0) {
    print_version(options.version);
    return 0;
  }
  int refused = configure(options, request);
  if (refused >= 0) return refused;

  if (request.kind == ProgramKind::Command) {
    request.argv.push_back("-c");
  } else if (request.kind == ProgramKind::Module) {
    // runpy replaces it with the module's file once found.
    request.argv.push_back("-m");
  } else if (index < argc && std::string_view(argv[index]) != "-") {
    request.program = absolute_path(argv[index]);
    request.argv.push_back(argv[index]);
    ++index;
    std::ifstream probe(request.program, std::ios::binary);
    if (!probe) {
      int err = errno;
      std::cerr << request.program_name << ": can't open file '" << request.program
                << "': [Errno " << err << "] " << std::strerror(err) << "\n";
      return 2;
    }
    request.kind = is_directory(request.program) ? ProgramKind::Directory : ProgramKind::Script;
  } else {
    request.kind = ProgramKind::Stdin;
    request.argv.push_back(index < argc ? "-" : "");
    if (index < argc) ++index;
  }
  for (; index < argc; ++index) request.argv.push_back(argv[index]);
  build_path(request);
  int status = krait::run_on_large_stack(run_request, &request);
  if (krait::unhandled_keyboard_interrupt) krait::exit_by_sigint();
  return status;
}

// Hidden option `--dump-bytecode FILE`: the disassembly of FILE's code
// objects (krait::disassemble), for tests/frontend/check_codegen.py; a
// compile error is one "error ..." line on stdout (exit status 1).
int dump_bytecode_command(const std::string& path) {
  std::string bytes;
  if (!read_file(path, bytes)) return 2;
  krait::gc_init();
  try {
    krait::Code* code = krait::compile_source(bytes, path, krait::CompileOptions{});
    std::cout << krait::disassemble(code);
  } catch (const krait::SyntaxErrorException& error) {
    const krait::SyntaxErrorInfo& info = error.info();
    std::cout << "error " << krait::syntax_error_kind_name(info.kind) << ": " << info.message
              << " line=" << info.lineno << " offset=" << krait::position_repr(info.offset)
              << " end_lineno=" << krait::position_repr(info.end_lineno)
              << " end_offset=" << krait::position_repr(info.end_offset) << "\n";
    return 1;
  } catch (const krait::CompileRecursionError& error) {
    std::cout << "error RecursionError: " << error.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc == 2 && std::string_view(argv[1]) == "--version") {
    std::cout << "Krait " KRAIT_VERSION " (Python 3.11)\n";
    return 0;
  }
  if (argc == 3 && std::string_view(argv[1]) == "--dump-tokens") return dump_tokens_command(argv[2]);
  if (argc == 3 && std::string_view(argv[1]) == "--dump-ast") return dump_ast_command(argv[2]);
  if (argc == 3 && std::string_view(argv[1]) == "--dump-symtable") {
    return dump_symtable_command(argv[2]);
  }
  if (argc == 3 && std::string_view(argv[1]) == "--dump-bytecode") {
    return dump_bytecode_command(argv[2]);
  }
  return run_program_command(argc, argv);
}
