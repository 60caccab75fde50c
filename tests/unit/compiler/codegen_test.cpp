// The code generator: compile snippets and check the disassembly against the
// instruction sequences CPython 3.11 produces (as `dis` shows them, with our
// absolute jumps and without PRECALL/CACHE).
#include <gtest/gtest.h>

#include <string>

#include "compiler/codegen.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/gc.h"
#include "runtime/protocol.h"
#include "vm/disassemble.h"
#include "vm/startup.h"

namespace krait {
namespace {

std::string dis(const std::string& source) {
  gc_init();
  Code* code = compile_source(source, "<test>", CompileOptions{});
  return disassemble(code);
}

std::string compile_error(const std::string& source) {
  gc_init();
  try {
    compile_source(source, "<test>", CompileOptions{});
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& info = e.info();
    return info.message + " " + std::to_string(info.lineno) + ":" + std::to_string(info.offset);
  }
  return "no error";
}

TEST(Codegen, ModuleCallAndLoop) {
  std::string out = dis("for i in range(3):\n    print(i, end='')\n");
  EXPECT_NE(out.find("   RESUME 0 0:0-1:0\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   PUSH_NULL  1:9-1:14\n   LOAD_NAME range 1:9-1:14\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   GET_ITER  1:0-2:20\n   FOR_ITER L16 1:0-2:20\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   KW_NAMES ('end',) 2:4-2:20\n   CALL 2 2:4-2:20\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   JUMP_BACKWARD L6 2:4-2:20\n"), std::string::npos) << out;
}

TEST(Codegen, FunctionFlagsAndVarnames) {
  std::string out = dis("def f(a, b=1, *c, d, **e):\n    'doc'\n    x = a + b\n    return x\n");
  EXPECT_NE(out.find("code f line=1 flags=0xf argcount=2 posonly=0 kwonly=1 stacksize=2 "
                     "varnames=('a', 'b', 'd', 'c', 'e', 'x')"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("   LOAD_CONST (1,) 1:0-4:12\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   BINARY_OP + 3:8-3:13\n"), std::string::npos) << out;
}

TEST(Codegen, ClassCell) {
  std::string out = dis("class C:\n    def m(self):\n        return __class__\n");
  EXPECT_NE(out.find("   MAKE_CELL __class__ None:None-None:None\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   STORE_NAME __classcell__"), std::string::npos) << out;
  EXPECT_NE(out.find("   COPY_FREE_VARS 1 None:None-None:None\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   LOAD_DEREF __class__ 3:15-3:24\n"), std::string::npos) << out;
}

TEST(Codegen, ConstantFolding) {
  std::string out = dis("x = 2 ** 10 + 1\ny = 'ab' * 3\nz = (1, (2, 3))\n");
  EXPECT_NE(out.find("LOAD_CONST 1025 "), std::string::npos) << out;
  EXPECT_NE(out.find("LOAD_CONST 'ababab' "), std::string::npos) << out;
  EXPECT_NE(out.find("LOAD_CONST (1, (2, 3)) "), std::string::npos) << out;
  out = dis("x = 2 ** 200\n");
  EXPECT_NE(out.find("BINARY_OP **"), std::string::npos) << out;
}

TEST(Codegen, Errors) {
  EXPECT_EQ(compile_error("return 1\n"), "'return' outside function 1:1");
  EXPECT_EQ(compile_error("break\n"), "'break' outside loop 1:1");
  EXPECT_EQ(compile_error("while 1:\n  def f():\n    continue\n"),
            "'continue' not properly in loop 3:5");
  EXPECT_EQ(compile_error("x = (yield)\n"), "'yield' outside function 1:6");
  EXPECT_EQ(compile_error("def f():\n  yield from x\nasync def g():\n  yield from x\n"),
            "'yield from' inside async function 4:3");
  EXPECT_EQ(compile_error("*a = b\n"), "starred assignment target must be in a list or tuple 1:1");
  EXPECT_EQ(compile_error("*a, *b = c\n"), "multiple starred expressions in assignment 1:1");
  EXPECT_EQ(compile_error("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n"),
            "default 'except:' must be last 3:1");
  EXPECT_EQ(compile_error("__debug__ = 1\n"), "cannot assign to __debug__ 1:1");
}

TEST(Codegen, MatchSequenceCapturesAfterMatch) {
  std::string out = dis("match x:\n    case [a, *_, b]:\n        pass\n    case {'k': v, **rest}:\n        pass\n");
  // Captures stay on the stack until the whole pattern matched, then are stored.
  EXPECT_NE(out.find("   MATCH_SEQUENCE  2:9-2:19\n   POP_JUMP_FORWARD_IF_FALSE"), std::string::npos) << out;
  EXPECT_NE(out.find("   GET_LEN  2:9-2:19\n   LOAD_CONST 2 2:9-2:19\n   COMPARE_OP >= 2:9-2:19\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("   STORE_NAME a 2:17-2:18\n   STORE_NAME b 2:17-2:18\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   MATCH_KEYS  4:9-4:25\n   COPY 1 4:9-4:25\n   POP_JUMP_FORWARD_IF_NONE"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("   DICT_UPDATE 2 "), std::string::npos) << out;
}

TEST(Codegen, MatchClassAndOr) {
  std::string out = dis("match p:\n    case Point(x=0, y=yy) | Point(y=yy, x=1):\n        pass\n");
  EXPECT_NE(out.find("LOAD_CONST ('x', 'y') "), std::string::npos) << out;
  EXPECT_NE(out.find("MATCH_CLASS 0 "), std::string::npos) << out;
  EXPECT_NE(out.find("STORE_NAME yy "), std::string::npos) << out;
}

TEST(Codegen, MatchErrors) {
  EXPECT_EQ(compile_error("match x:\n    case y:\n        pass\n    case 1:\n        pass\n"),
            "name capture 'y' makes remaining patterns unreachable 2:10");
  EXPECT_EQ(compile_error("match x:\n    case _:\n        pass\n    case 1:\n        pass\n"),
            "wildcard makes remaining patterns unreachable 2:10");
  EXPECT_EQ(compile_error("match x:\n    case [a, a]:\n        pass\n"),
            "multiple assignments to name 'a' in pattern 2:14");
  EXPECT_EQ(compile_error("match x:\n    case [a] | [b]:\n        pass\n"),
            "alternative patterns bind different names 2:17");
  EXPECT_EQ(compile_error("match x:\n    case {1: a, True: b}:\n        pass\n"),
            "mapping pattern checks duplicate key (True) 2:10");
  EXPECT_EQ(compile_error("match x:\n    case C(a=1, a=2):\n        pass\n"),
            "attribute name repeated in class pattern: a 2:19");
}

TEST(Codegen, PercentFormatBecomesFString) {
  std::string out = dis("s = '<%s|%-3r|%.2a>' % (a, b, c)\n");
  EXPECT_NE(out.find("   FORMAT_VALUE 1 1:24-1:25\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   LOAD_CONST '3' "), std::string::npos) << out;
  EXPECT_NE(out.find("   FORMAT_VALUE 6 1:27-1:28\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   BUILD_STRING 7 1:4-1:32\n"), std::string::npos) << out;
  // A %d unit, or a tuple of constants, keeps the run-time formatting.
  EXPECT_NE(dis("s = '%d' % (a,)\n").find("BINARY_OP %"), std::string::npos);
  EXPECT_NE(dis("s = '%s %s' % (1, 2)\n").find("BINARY_OP %"), std::string::npos);
}

TEST(Codegen, IterablesFoldToTuples) {
  std::string out = dis("for i in [a, b]:\n    pass\nx in [1, 2]\nnot (x in y)\n");
  EXPECT_NE(out.find("   BUILD_TUPLE 2 1:9-1:15\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   LOAD_CONST (1, 2) 3:5-3:11\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   CONTAINS_OP 1 4:5-4:11\n"), std::string::npos) << out;
}

TEST(Codegen, SingleComparisonJump) {
  std::string out = dis("if x == 1:\n    pass\nif x is None:\n    pass\n");
  EXPECT_NE(out.find("   POP_JUMP_FORWARD_IF_FALSE L6 1:3-1:9\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   POP_JUMP_FORWARD_IF_NOT_NONE L10 3:3-3:12\n"), std::string::npos) << out;
}

TEST(Codegen, FutureAnnotationsUnparse) {
  std::string out = dis(
      "from __future__ import annotations\n"
      "def f(a: lambda *z, k=1: z, b: [x for x in y if x], c: f'{v!r:>{w}}', d: x[1:2, ::3],\n"
      "      e: -x ** -y, g: f(x for x in y)): pass\n");
  EXPECT_NE(out.find("'lambda*z, k=1: z'"), std::string::npos) << out;
  EXPECT_NE(out.find("'[x for x in y if x]'"), std::string::npos) << out;
  EXPECT_NE(out.find("\"f'{v!r:>{w}}'\""), std::string::npos) << out;
  EXPECT_NE(out.find("'x[1:2, ::3]'"), std::string::npos) << out;
  EXPECT_NE(out.find("'-x ** (-y)'"), std::string::npos) << out;
  EXPECT_NE(out.find("'f(x for x in y)'"), std::string::npos) << out;
}

class CodeObject : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { start_runtime(); }
};

TEST_F(CodeObject, Attributes) {
  Code* module = compile_source("def f(a, /, b, *c, d):\n    e = 1\n    return lambda: e\n", "x.py",
                                CompileOptions{});
  Value code = module->consts->items()[0];
  auto attr = [&](const char* name) { return repr_string(getattr(code, intern(name))); };
  EXPECT_EQ(attr("co_name"), "'f'");
  EXPECT_EQ(attr("co_argcount"), "2");
  EXPECT_EQ(attr("co_posonlyargcount"), "1");
  EXPECT_EQ(attr("co_kwonlyargcount"), "1");
  EXPECT_EQ(attr("co_varnames"), "('a', 'b', 'd', 'c')");
  EXPECT_EQ(attr("co_cellvars"), "('e',)");
  EXPECT_EQ(attr("co_nlocals"), "4");
  EXPECT_EQ(attr("co_filename"), "'x.py'");
  std::string text = repr_string(code);
  EXPECT_EQ(text.rfind("<code object f at 0x", 0), 0u) << text;
  EXPECT_NE(text.find(", file \"x.py\", line 1>"), std::string::npos) << text;
  Value copy = call_method(code, intern("replace"), {});
  EXPECT_TRUE(equals(copy, code));
  EXPECT_EQ(hash(copy), hash(code));
}

}  // namespace
}  // namespace krait
