// The interpreter loop on whole small programs: recursion limits and
// recovery, exception-table dispatch, generators, the handled-exception
// chain and the instruction budget.
#include <gtest/gtest.h>

#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/interpreter.h"
#include "vm/run.h"
#include "vm/startup.h"

namespace krait {
namespace {

class InterpreterTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }

  // Runs `source` in a fresh module namespace, which it answers.
  Dict* run(const std::string& source) {
    Module* module = make_main_module();
    Code* code = compile_to_code(source, "<test>", "exec", 0);
    run_code(code, module->dict, Value::from_object(module->dict));
    return module->dict;
  }

  // repr() of the global `name` after running `source`.
  std::string result(const std::string& source, const char* name = "result") {
    Dict* globals = run(source);
    Value value = dict_get_str(globals, intern(name));
    if (value.is_null()) return "<unset>";
    return std::string(repr(value)->view());
  }

  // The "Type: message" of the exception `source` lets escape.
  std::string escaping(const std::string& source) {
    try {
      run(source);
    } catch (const PyException&) {
      Value exception = take_current_exception();
      return type_name(exception) + ": " + std::string(str(exception)->view());
    }
    return "<nothing raised>";
  }
};

TEST_F(InterpreterTest, DeepRecursionRaisesAndRecovers) {
  ThreadState* ts = thread_state();
  run("pass\n");  // the value stack exists from the first run on
  int depth_before = ts->recursion_depth;
  Value* stack_before = ts->stack_top;
  EXPECT_EQ(escaping("def f(n):\n    return f(n + 1)\nf(0)\n"),
            "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(ts->recursion_depth, depth_before);
  EXPECT_EQ(ts->stack_top, stack_before);
  // The same thread runs ordinary code again, and deep-but-legal recursion.
  EXPECT_EQ(result("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nresult = f(500)\n"),
            "500");
  EXPECT_EQ(result("def f(n):\n"
                   "    try:\n"
                   "        return f(n + 1)\n"
                   "    except RecursionError:\n"
                   "        return n\n"
                   "result = f(0) > 100\n"),
            "True");
}

TEST_F(InterpreterTest, ExceptionTableDispatch) {
  EXPECT_EQ(result("log = []\n"
                   "def f(x):\n"
                   "    try:\n"
                   "        try:\n"
                   "            log.append(1 // x)\n"
                   "        finally:\n"
                   "            log.append('finally')\n"
                   "    except ZeroDivisionError as e:\n"
                   "        log.append(str(e))\n"
                   "    else:\n"
                   "        log.append('else')\n"
                   "    return len(log)\n"
                   "f(1)\n"
                   "f(0)\n"
                   "result = log\n"),
            "[1, 'finally', 'else', 'finally', 'integer division or modulo by zero']");
  EXPECT_EQ(result("def f():\n"
                   "    for i in range(3):\n"
                   "        try:\n"
                   "            if i == 1:\n"
                   "                continue\n"
                   "            raise KeyError(i)\n"
                   "        except KeyError as e:\n"
                   "            yield e.args[0]\n"
                   "result = list(f())\n"),
            "[0, 2]");
  EXPECT_EQ(escaping("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('x')\n"),
            "ValueError: x");
}

TEST_F(InterpreterTest, GeneratorRoundTrips) {
  EXPECT_EQ(result("def echo():\n"
                   "    received = []\n"
                   "    while True:\n"
                   "        value = yield len(received)\n"
                   "        if value is None:\n"
                   "            return received\n"
                   "        received.append(value)\n"
                   "def outer():\n"
                   "    got = yield from echo()\n"
                   "    yield got\n"
                   "g = outer()\n"
                   "result = [next(g), g.send('a'), g.send('b'), next(g)]\n"),
            "[0, 1, 2, ['a', 'b']]");
  EXPECT_EQ(result("def g():\n"
                   "    try:\n"
                   "        yield 1\n"
                   "    except ValueError as e:\n"
                   "        yield 'caught ' + str(e)\n"
                   "it = g()\n"
                   "next(it)\n"
                   "result = it.throw(ValueError('v'))\n"),
            "'caught v'");
}

TEST_F(InterpreterTest, HandledExceptionFollowsGeneratorChain) {
  EXPECT_EQ(result("import sys\n"
                   "def g():\n"
                   "    try:\n"
                   "        raise ValueError('inner')\n"
                   "    except ValueError:\n"
                   "        yield repr(sys.exc_info()[1])\n"
                   "    yield repr(sys.exc_info()[1])\n"
                   "it = g()\n"
                   "first = next(it)\n"
                   "try:\n"
                   "    raise KeyError('outer')\n"
                   "except KeyError:\n"
                   "    second = next(it)\n"
                   "result = (first, second, sys.exc_info()[0])\n"),
            "(\"ValueError('inner')\", \"KeyError('outer')\", None)");
  EXPECT_TRUE(thread_state()->handled_exception.is_null());
}

TEST_F(InterpreterTest, SetDisplays) {
  EXPECT_EQ(result("result = sorted({3, 1, *[2, 3]} | {x * 10 for x in range(2)})\n"),
            "[0, 1, 2, 3, 10]");
}

TEST_F(InterpreterTest, InstructionBudgetStopsLoopsAndRecursion) {
  ThreadState* ts = thread_state();
  ts->instruction_budget = 10000;
  EXPECT_EQ(escaping("while True:\n    try:\n        pass\n    except BaseException:\n"
                     "        pass\n"),
            "RuntimeError: instruction budget exhausted");
  ts->instruction_budget = 3000;
  EXPECT_EQ(escaping("def f():\n    try:\n        f()\n    except BaseException:\n        f()\n"
                     "f()\n"),
            "RuntimeError: instruction budget exhausted");
  // Handlers that recurse build exponentially long __context__ chains; the
  // budget pays for walking them (a fuzzer-found hang).
  ts->instruction_budget = 200000;
  EXPECT_EQ(escaping("def f():\n    try:\n        f()\n    except:\n        f()\nf()\n"),
            "RuntimeError: instruction budget exhausted");
  // Native loops that run no Python code are charged too.
  ts->instruction_budget = 1000;
  EXPECT_EQ(escaping("sum(range(10**12))\n"), "RuntimeError: instruction budget exhausted");
  ts->instruction_budget = 1000;
  EXPECT_EQ(escaping("sum(range(10**30, 10**31))\n"), "RuntimeError: instruction budget exhausted");
  ts->instruction_budget = 1000;
  EXPECT_EQ(escaping("sum(iter(int, 1))\n"), "RuntimeError: instruction budget exhausted");
  ts->instruction_budget = 0;
  EXPECT_EQ(result("n = 0\nfor i in range(50000):\n    n += i\nresult = n\n"), "1249975000");
}

}  // namespace
}  // namespace krait
