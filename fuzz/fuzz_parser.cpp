// libFuzzer target over the whole front end: bytes → decoding → tokens → AST →
// ast.dump, plus the tokenize-compatible token dump. Any input must end in a
// result or a SyntaxErrorException; a crash, sanitizer report, leak or hang is a
// bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "compiler/token_dump.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    krait::Arena arena;
    krait::ParseResult result = krait::parse_bytes(bytes, "<fuzz>", arena);
    krait::ast::DumpOptions options;
    options.include_attributes = true;
    options.indent = 1;
    krait::ast::dump(result.module, options);
  } catch (const krait::SyntaxErrorException& error) {
    krait::format_syntax_error(error.info());
  }
  try {
    krait::dump_tokens(bytes, "<fuzz>");
  } catch (const krait::SyntaxErrorException& error) {
    krait::format_syntax_error(error.info());
  }
  return 0;
}
