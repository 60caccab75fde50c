// The `krait` command line.
//
// For now it exposes the front end's stages (issue 2): `--dump-tokens` prints
// what `python3.11 -m tokenize -e` prints, `--dump-ast` what `ast.dump(...,
// include_attributes=True, indent=1)` prints. Running programs arrives with the
// virtual machine.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "compiler/token_dump.h"

namespace {

constexpr std::string_view kUsage =
    "usage: krait [option] file\n"
    "Options:\n"
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

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc == 2 && std::string_view(argv[1]) == "--version") {
    std::cout << "Krait " KRAIT_VERSION " (Python 3.11)\n";
    return 0;
  }
  if (argc == 3 && std::string_view(argv[1]) == "--dump-tokens") return dump_tokens_command(argv[2]);
  if (argc == 3 && std::string_view(argv[1]) == "--dump-ast") return dump_ast_command(argv[2]);
  std::cerr << kUsage;
  return 2;
}
