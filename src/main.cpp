// The `krait` command line.
//
// `krait [option] ... [-c cmd | file | -] [arg] ...` runs a program as
// `python3.11` does (CPython's option letters, sys.argv, exit statuses).
// It also exposes the front end's stages: `--dump-tokens` prints what
// `python3.11 -m tokenize -e` prints, `--dump-ast` what `ast.dump(...,
// include_attributes=True, indent=1)` prints.
#include <unistd.h>

#include <cerrno>
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
#include "runtime/gc.h"
#include "vm/disassemble.h"
#include "modules/sys.h"
#include "vm/run.h"
#include "vm/startup.h"

namespace {

constexpr std::string_view kUsage =
    "usage: krait [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd             run the program passed as a string\n"
    "  -B -O -OO -E -I -P -u -X opt   as python3.11's options\n"
    "  --version          print the version and exit\n"
    "  --dump-tokens FILE print FILE's tokens as `python3.11 -m tokenize -e FILE`\n"
    "  --dump-ast FILE    print FILE's AST as `ast.dump(ast.parse(...), include_attributes=True, "
    "indent=1)`\n";

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

// What `krait [option] ... [-c cmd | file | -] [arg] ...` asks for.
struct ProgramRequest {
  std::string program_name;
  std::vector<std::string> orig_argv;
  std::vector<std::string> argv;  // sys.argv
  krait::SysFlags flags;
  bool has_command = false;
  std::string command;
  bool from_stdin = false;
  std::string script;  // absolute
};

void print_short_usage(const std::string& program_name) {
  std::cerr << "usage: " << program_name
            << " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
               "Try `python -h' for more information.\n";
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buffer[4096];
  if (!getcwd(buffer, sizeof buffer)) return path;
  std::string cwd = buffer;
  return cwd == "/" ? "/" + path : cwd + "/" + path;
}

std::string directory_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

int run_request(void* pointer) {
  auto* request = static_cast<ProgramRequest*>(pointer);
  krait::start_runtime();
  krait::optimization_level = request->flags.optimize;
  krait::sys_set_flags(request->flags);
  krait::sys_set_orig_argv(request->orig_argv);
  krait::sys_set_argv(request->argv);
  std::vector<std::string> path;
  if (!request->flags.safe_path) {
    path.push_back(request->has_command || request->from_stdin ? std::string()
                                                               : directory_of(request->script));
  }
  path.push_back(KRAIT_STDLIB_DIR);
  krait::sys_set_path(path);
  if (request->has_command) return krait::run_command(request->command);
  if (request->from_stdin) return krait::run_stdin();
  return krait::run_file(request->script);
}

// CPython's option letters; the grouped forms (-OO, -Bc cmd) are accepted.
int run_program_command(int argc, char** argv) {
  ProgramRequest request;
  request.program_name = argv[0];
  for (int i = 0; i < argc; ++i) request.orig_argv.push_back(argv[i]);
  bool ignore_environment = false;
  bool isolated = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-E" || arg == "-I") {
      ignore_environment = true;
      isolated = isolated || arg == "-I";
    }
    if (arg.size() < 2 || arg[0] != '-' || arg == "--") break;
  }
  request.flags = ignore_environment ? krait::SysFlags{} : krait::sys_flags_from_environment();
  int index = 1;
  bool done = false;
  for (; index < argc && !done; ++index) {
    std::string arg = argv[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg == "--version") {
      std::cout << "Krait " KRAIT_VERSION " (Python 3.11)\n";
      return 0;
    }
    if (arg == "-" || arg.size() < 2 || arg[0] != '-') break;
    if (arg == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (arg[1] == '-') {
      std::cerr << "unknown option " << arg << "\n";
      print_short_usage(request.program_name);
      return 2;
    }
    for (size_t k = 1; k < arg.size(); ++k) {
      char option = arg[k];
      // Options taking an argument: the rest of this word, else the next one.
      auto option_argument = [&](std::string& out) {
        if (k + 1 < arg.size()) {
          out = arg.substr(k + 1);
        } else if (index + 1 < argc) {
          out = argv[++index];
        } else {
          return false;
        }
        k = arg.size();
        return true;
      };
      switch (option) {
        case 'c':
          if (!option_argument(request.command)) {
            std::cerr << "Argument expected for the -c option\n";
            print_short_usage(request.program_name);
            return 2;
          }
          request.has_command = true;
          done = true;
          break;
        case 'm': {
          std::string module;
          if (!option_argument(module)) {
            std::cerr << "Argument expected for the -m option\n";
            print_short_usage(request.program_name);
            return 2;
          }
          std::cerr << request.program_name << ": No module named " << module << "\n";
          return 1;
        }
        case 'X':
        case 'W': {
          std::string value;
          if (!option_argument(value)) {
            std::cerr << "Argument expected for the -" << option << " option\n";
            print_short_usage(request.program_name);
            return 2;
          }
          if (option == 'X' && value.rfind("int_max_str_digits=", 0) == 0) {
            request.flags.int_max_str_digits = std::atoi(value.c_str() + 19);
          }
          break;
        }
        case 'B': request.flags.dont_write_bytecode = 1; break;
        case 'O': ++request.flags.optimize; break;
        case 'E': request.flags.ignore_environment = 1; break;
        case 'I':
          request.flags.isolated = 1;
          request.flags.ignore_environment = 1;
          request.flags.no_user_site = 1;
          request.flags.safe_path = true;
          break;
        case 'P': request.flags.safe_path = true; break;
        case 'u': request.flags.unbuffered = true; break;
        case 's': request.flags.no_user_site = 1; break;
        case 'S': request.flags.no_site = 1; break;
        case 'q': request.flags.quiet = 1; break;
        case 'b': ++request.flags.bytes_warning; break;
        case 'd': ++request.flags.debug; break;
        case 'v': ++request.flags.verbose; break;
        case 'i': request.flags.inspect = request.flags.interactive = 1; break;
        case 'R': break;
        case 'V':
          std::cout << "Krait " KRAIT_VERSION " (Python 3.11)\n";
          return 0;
        case 'h':
        case '?':
          std::cout << kUsage;
          return 0;
        default:
          std::cerr << "Unknown option: -" << option << "\n";
          print_short_usage(request.program_name);
          return 2;
      }
      if (done) break;
    }
  }
  if (request.has_command) {
    request.argv.push_back("-c");
  } else if (index < argc && std::string_view(argv[index]) != "-") {
    request.script = absolute_path(argv[index]);
    request.argv.push_back(argv[index]);
    ++index;
    std::ifstream probe(request.script, std::ios::binary);
    if (!probe) {
      int err = errno;
      std::cerr << request.program_name << ": can't open file '" << request.script
                << "': [Errno " << err << "] " << std::strerror(err) << "\n";
      return 2;
    }
  } else {
    request.from_stdin = true;
    request.argv.push_back(index < argc ? "-" : "");
    if (index < argc) ++index;
  }
  for (; index < argc; ++index) request.argv.push_back(argv[index]);
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
