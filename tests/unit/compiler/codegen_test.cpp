// The code generator: compile snippets and check the disassembly against the
// instruction sequences CPython 3.11 produces (as `dis` shows them, with our
// absolute jumps and without PRECALL/CACHE).
#include <gtest/gtest.h>

#include <string>

#include "compiler/codegen.h"
#include "runtime/gc.h"
#include "vm/disassemble.h"

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

}  // namespace
}  // namespace krait
