// libFuzzer target over the whole front end: bytes → decoding → tokens → AST →
// ast.dump, plus the tokenize-compatible token dump. Any input must end in a
// result, a SyntaxErrorException or (for a tree CPython's ast.parse finds too
// deep) a DumpTooDeepError; a crash, sanitizer report, leak or hang is a
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

namespace {

// Indented output repeats the indentation of every line, so its size is the
// tree's size times its depth: a 64 KB input nesting thousands of nodes under a
// 3 000-deep chain legitimately prints gigabytes (CPython's ast.dump would
// too). Larger inputs are dumped on one line, which is linear in the tree.
constexpr size_t kMaxIndentedInput = 4096;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    krait::Arena arena;
    krait::ParseResult result = krait::parse_bytes(bytes, "<fuzz>", arena);
    krait::ast::DumpOptions options;
    options.include_attributes = true;
    if (size <= kMaxIndentedInput) options.indent = 1;
    krait::ast::dump(result.module, options);
  } catch (const krait::SyntaxErrorException& error) {
    krait::format_syntax_error(error.info());
  } catch (const krait::ast::DumpTooDeepError&) {
    // A tree too deep for CPython's ast.parse: a clean RecursionError.
  }
  try {
    krait::dump_tokens(bytes, "<fuzz>");
  } catch (const krait::SyntaxErrorException& error) {
    krait::format_syntax_error(error.info());
  }
  return 0;
}
