// Regression tests for what fuzz/fuzz_parser and tests/frontend/check_deep_nesting.py
// found: each input goes through the front end as the fuzzer sends it (bytes →
// parse_bytes → ast::dump, and dump_tokens) and must end in a result or a clean
// error; where CPython 3.11 rejects the input, the error is CPython's
// (expectations from /usr/bin/python3.11's ast.parse and tokenize).
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "compiler/token_dump.h"

namespace krait {
namespace {

// The pieces one after the other (GCC 12's -Wrestrict misfires on
// `"literal" + std::string&&`).
std::string concat(std::initializer_list<std::string_view> pieces) {
  std::string text;
  for (std::string_view piece : pieces) text += piece;
  return text;
}

std::string repeat(std::string_view piece, int times) {
  std::string text;
  text.reserve(piece.size() * static_cast<size_t>(times));
  for (int i = 0; i < times; ++i) text += piece;
  return text;
}

// "ok" when `bytes` parse and dump as the fuzzer dumps them; "RecursionError"
// when the tree is too deep to dump; otherwise "Kind: message (line N)".
std::string parse_outcome(std::string_view bytes) {
  try {
    Arena arena;
    ParseResult result = parse_bytes(bytes, "<fuzz>", arena);
    ast::DumpOptions options;
    options.include_attributes = true;
    options.indent = 1;
    ast::dump(result.module, options);
    return "ok";
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& info = e.info();
    return std::string(syntax_error_kind_name(info.kind)) + ": " + info.message + " (line " +
           std::to_string(info.lineno) + ")";
  } catch (const ast::DumpTooDeepError&) {
    return "RecursionError";
  }
}

// "ok" when dump_tokens succeeds, otherwise "Kind: message (line N)".
std::string tokens_outcome(std::string_view bytes) {
  try {
    dump_tokens(bytes, "<fuzz>");
    return "ok";
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& info = e.info();
    return std::string(syntax_error_kind_name(info.kind)) + ": " + info.message + " (line " +
           std::to_string(info.lineno) + ")";
  }
}

// ast.dump's recursion built each subtree's text and copied it into its
// parent's: a stack overflow under ASan at 1 000 levels of `not`, and minutes
// for a chain of 2 900 attributes.
TEST(FuzzRegressions, DeepTreesDumpWithoutExhaustingTheStack) {
  EXPECT_EQ(parse_outcome(concat({repeat("not ", 1000), "x\n"})), "ok");
  EXPECT_EQ(parse_outcome(concat({"a", repeat(".b", 2900), "\n"})), "ok");
  EXPECT_EQ(parse_outcome(concat({repeat("a+", 2900), "a\n"})), "ok");
}

// CPython: RecursionError("maximum recursion depth exceeded during ast
// construction") from ast.parse; the left-recursive rules build these trees in
// loops, so only the dumper meets their depth.
TEST(FuzzRegressions, TreesDeeperThanCPythonBuildsAreARecursionError) {
  EXPECT_EQ(parse_outcome(concat({"a", repeat(".b", 100000), "\n"})), "RecursionError");
  EXPECT_EQ(parse_outcome(concat({"f", repeat("()", 100000), "\n"})), "RecursionError");
  EXPECT_EQ(parse_outcome(concat({repeat("a+", 100000), "a\n"})), "RecursionError");
  EXPECT_EQ(parse_outcome(concat({"f'{", repeat("a+", 100000), "a}'\n"})), "RecursionError");
}

// compile_expression counted the newlines from the start of the literal to
// each field: quadratic, over 30 s under ASan for 100 000 fields.
TEST(FuzzRegressions, FStringWithManyFieldsParsesInLinearTime) {
  std::string one_line = concat({"f'", repeat("{a}", 100000), "'\n"});
  std::string many_lines = concat({"f'''", repeat("{a}\n", 100000), "'''\n"});
  EXPECT_EQ(parse_outcome(one_line), "ok");
  EXPECT_EQ(parse_outcome(many_lines), "ok");
  EXPECT_EQ(tokens_outcome(one_line), "ok");
  EXPECT_EQ(tokens_outcome(many_lines), "ok");
}

}  // namespace
}  // namespace krait
