// The default exception display against CPython 3.11's output for the same
// programs (recorded from /usr/bin/python3.11, the file path replaced by
// FILE), and the suggestion distance.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/gc.h"
#include "runtime/protocol.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/run.h"
#include "vm/startup.h"
#include "vm/suggestions.h"
#include "vm/traceback_print.h"

namespace krait {
namespace {

class TracebackPrintTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }
};

// Runs `source` from a file as __main__ and answers the display of the
// exception it raises, with the file's path replaced by FILE.
std::string traceback_of(const std::string& source) {
  // ctest runs each case in its own process, in parallel: the pid keeps
  // their files apart.
  static int counter = 0;
  std::string path = ::testing::TempDir() + "traceback_print_" + std::to_string(getpid()) + "_" +
                     std::to_string(++counter) + ".py";
  std::ofstream(path, std::ios::binary) << source;
  Value exception = Value::null();
  try {
    Code* code = compile_to_code(source, path, "exec", 0);
    Module* module = make_main_module();
    run_code(code, module->dict, Value::from_object(module->dict));
  } catch (const PyException&) {
    exception = take_current_exception();
  }
  if (exception.is_null()) return "(no exception)";
  std::string text = format_exception(exception);
  for (size_t at; (at = text.find(path)) != std::string::npos;) text.replace(at, path.size(), "FILE");
  // A program that sets sys.tracebacklimit must not limit the next one.
  if (Module* sys = find_builtin_module(names.sys)) {
    dict_delete(sys->dict, str_value("tracebacklimit"));
  }
  return text;
}

TEST_F(TracebackPrintTest, NoTraceback) {
  EXPECT_EQ(format_exception(new_exception_message(&exc_ValueError, "plain")),
            "ValueError: plain\n");
  EXPECT_EQ(format_exception(new_exception(&exc_KeyError, make_tuple(0))), "KeyError\n");
}

TEST_F(TracebackPrintTest, NotAnException) {
  EXPECT_EQ(format_exception(Value::from_small_int(5)),
            "TypeError: print_exception(): Exception expected for value, int found\n");
}

TEST(SuggestionDistanceTest, CostWeights) {
  EXPECT_EQ(suggestion_distance("foo", "Foo", 100), 1u);     // a case flip
  EXPECT_EQ(suggestion_distance("ab", "ba", 100), 4u);       // two substitutions
  EXPECT_EQ(suggestion_distance("", "abc", 100), 6u);        // three insertions
  EXPECT_EQ(suggestion_distance("apend", "append", 100), 2u);
  EXPECT_EQ(suggestion_distance("kitten", "sitting", 100), 6u);
}

TEST(SuggestionDistanceTest, Limits) {
  // Common affixes are trimmed before the 40-character limit applies.
  EXPECT_EQ(suggestion_distance(std::string(41, 'x') + "a", std::string(41, 'x') + "b", 100), 2u);
  EXPECT_EQ(suggestion_distance("a" + std::string(41, 'x'), "b" + std::string(41, 'y'), 100), 101u);
  // Past max_cost the answer is max_cost + 1.
  EXPECT_EQ(suggestion_distance("abcdef", "ghijkl", 3), 4u);
}

TEST_F(TracebackPrintTest, ClosestName) {
  List* names_list = make_list();
  for (const char* name : {"append", "extend", "apply"}) list_append(names_list, str_value(name));
  Value best = closest_name(names_list, "apend");
  ASSERT_FALSE(best.is_null());
  EXPECT_EQ(str_view(best), "append");
  EXPECT_TRUE(closest_name(names_list, "zzzzzz").is_null());
  // 750 candidates or more: no suggestion at all.
  List* many = make_list();
  for (int i = 0; i < 750; ++i) list_append(many, str_value("name" + std::to_string(i)));
  list_append(many, str_value("append"));
  EXPECT_TRUE(closest_name(many, "apend").is_null());
}

TEST_F(TracebackPrintTest, BinopInFunction) {
  EXPECT_EQ(traceback_of("def add(a, b):\n"
            "    return a + b\n"
            "\n"
            "add(1, 'x')\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 4, in <module>\n"
            "    add(1, 'x')\n"
            "  File \"FILE\", line 2, in add\n"
            "    return a + b\n"
            "           ~~^~~\n"
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
}

TEST_F(TracebackPrintTest, Subscript) {
  EXPECT_EQ(traceback_of("data = {'a': 1}\n"
            "value = data['b'] + 1\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 2, in <module>\n"
            "    value = data['b'] + 1\n"
            "            ~~~~^^^^^\n"
            "KeyError: 'b'\n");
}

TEST_F(TracebackPrintTest, WholeLine) {
  EXPECT_EQ(traceback_of("def f():\n"
            "    raise ValueError('bad')\n"
            "f()\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 3, in <module>\n"
            "    f()\n"
            "  File \"FILE\", line 2, in f\n"
            "    raise ValueError('bad')\n"
            "ValueError: bad\n");
}

TEST_F(TracebackPrintTest, RepeatedFour) {
  EXPECT_EQ(traceback_of("def r(n):\n"
            "    if n:\n"
            "        r(n - 1)\n"
            "    else:\n"
            "        1 / 0\n"
            "r(4)\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 6, in <module>\n"
            "    r(4)\n"
            "  File \"FILE\", line 3, in r\n"
            "    r(n - 1)\n"
            "  File \"FILE\", line 3, in r\n"
            "    r(n - 1)\n"
            "  File \"FILE\", line 3, in r\n"
            "    r(n - 1)\n"
            "  [Previous line repeated 1 more time]\n"
            "  File \"FILE\", line 5, in r\n"
            "    1 / 0\n"
            "    ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
}

TEST_F(TracebackPrintTest, Cause) {
  EXPECT_EQ(traceback_of("try:\n"
            "    {}['k']\n"
            "except KeyError as e:\n"
            "    raise ValueError('v') from e\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 2, in <module>\n"
            "    {}['k']\n"
            "    ~~^^^^^\n"
            "KeyError: 'k'\n"
            "\n"
            "The above exception was the direct cause of the following exception:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 4, in <module>\n"
            "    raise ValueError('v') from e\n"
            "ValueError: v\n");
}

TEST_F(TracebackPrintTest, ContextAndNotes) {
  EXPECT_EQ(traceback_of("try:\n"
            "    int('x')\n"
            "except ValueError:\n"
            "    e = TypeError('t')\n"
            "    e.add_note('first\\nsecond')\n"
            "    e.add_note('third')\n"
            "    raise e\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 2, in <module>\n"
            "    int('x')\n"
            "ValueError: invalid literal for int() with base 10: 'x'\n"
            "\n"
            "During handling of the above exception, another exception occurred:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 7, in <module>\n"
            "    raise e\n"
            "TypeError: t\n"
            "first\n"
            "second\n"
            "third\n");
}

TEST_F(TracebackPrintTest, NameSuggestion) {
  EXPECT_EQ(traceback_of("number = 3\n"
            "print(numbr)\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 2, in <module>\n"
            "    print(numbr)\n"
            "          ^^^^^\n"
            "NameError: name 'numbr' is not defined. Did you mean: 'number'?\n");
}

TEST_F(TracebackPrintTest, LocalSuggestion) {
  EXPECT_EQ(traceback_of("def f():\n"
            "    counter = 1\n"
            "    return countr\n"
            "f()\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 4, in <module>\n"
            "    f()\n"
            "  File \"FILE\", line 3, in f\n"
            "    return countr\n"
            "           ^^^^^^\n"
            "NameError: name 'countr' is not defined. Did you mean: 'counter'?\n");
}

TEST_F(TracebackPrintTest, AttributeSuggestion) {
  EXPECT_EQ(traceback_of("[].apend(1)\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 1, in <module>\n"
            "    [].apend(1)\n"
            "    ^^^^^^^^\n"
            "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?\n");
}

TEST_F(TracebackPrintTest, SyntaxErrorObject) {
  EXPECT_EQ(traceback_of("raise SyntaxError('bad thing', ('f.py', 3, 5, '  xx = (1 2)\\n', 3, 9))\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 1, in <module>\n"
            "    raise SyntaxError('bad thing', ('f.py', 3, 5, '  xx = (1 2)\\n', 3, 9))\n"
            "  File \"f.py\", line 3\n"
            "    xx = (1 2)\n"
            "      ^^^^\n"
            "SyntaxError: bad thing\n");
}

TEST_F(TracebackPrintTest, MultilineCall) {
  EXPECT_EQ(traceback_of("def f(a, b):\n"
            "    return a / b\n"
            "x = f(1,\n"
            "      0)\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 3, in <module>\n"
            "    x = f(1,\n"
            "        ^^^^\n"
            "  File \"FILE\", line 2, in f\n"
            "    return a / b\n"
            "           ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
}

TEST_F(TracebackPrintTest, UnicodeColumns) {
  EXPECT_EQ(traceback_of("s = 'é'\n"
            "t = 'ü' + s + 1\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 2, in <module>\n"
            "    t = 'ü' + s + 1\n"
            "        ~~~~~~~~^~~\n"
            "TypeError: can only concatenate str (not \"int\") to str\n");
}

TEST_F(TracebackPrintTest, EmptyMessage) {
  EXPECT_EQ(traceback_of("def f():\n"
            "    x = [][0:0] + None\n"
            "f()\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 3, in <module>\n"
            "    f()\n"
            "  File \"FILE\", line 2, in f\n"
            "    x = [][0:0] + None\n"
            "        ~~~~~~~~^~~~~~\n"
            "TypeError: can only concatenate list (not \"NoneType\") to list\n");
}

TEST_F(TracebackPrintTest, Tracebacklimit) {
  EXPECT_EQ(traceback_of("import sys\n"
            "sys.tracebacklimit = 1\n"
            "def f():\n"
            "    g()\n"
            "def g():\n"
            "    1 / 0\n"
            "f()\n"),
            "Traceback (most recent call last):\n"
            "  File \"FILE\", line 6, in g\n"
            "    1 / 0\n"
            "    ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
}

// An ExceptionGroup `message` of `members` (ExceptionGroup(message, members)).
Value make_group(const std::string& message, const gc::vector<Value>& members) {
  List* list = make_list();
  for (Value member : members) list_append(list, member);
  Value group = new_exception(&exc_ExceptionGroup,
                              make_tuple({str_value(message), Value::from_object(list)}));
  if (lookup_attr(group, intern("exceptions")).is_null()) {
    // Until objects/exceptions.cpp gives groups their fields, a plain
    // instance with CPython's `exceptions` and str() stands in.
    size_t count = members.size();
    std::string shown = message + " (" + std::to_string(count) + " sub-exception" +
                        (count == 1 ? "" : "s") + ")";
    setattr(group, intern("exceptions"), Value::from_object(make_tuple(members.data(), count)));
    setattr(group, intern("args"), Value::from_object(make_tuple({str_value(shown)})));
  }
  return group;
}

Value message_exception(Type* type, const std::string& message) {
  return new_exception_message(type, message);
}

TEST_F(TracebackPrintTest, GroupWithContext) {
  Value value = new_exception(&exc_ValueError, make_tuple({Value::from_small_int(1)}));
  value.as<BaseExceptionObject>()->context = message_exception(&exc_KeyError, "k");
  Value type_error = new_exception(&exc_TypeError, make_tuple({Value::from_small_int(2)}));
  EXPECT_EQ(format_exception(make_group("eg", {value, type_error})),
            "  | ExceptionGroup: eg (2 sub-exceptions)\n"
            "  +-+---------------- 1 ----------------\n"
            "    | KeyError: 'k'\n"
            "    | \n"
            "    | During handling of the above exception, another exception occurred:\n"
            "    | \n"
            "    | ValueError: 1\n"
            "    +---------------- 2 ----------------\n"
            "    | TypeError: 2\n"
            "    +------------------------------------\n");
}

TEST_F(TracebackPrintTest, GroupWidthLimit) {
  gc::vector<Value> members;
  for (int i = 0; i < 17; ++i) {
    members.push_back(new_exception(&exc_ValueError, make_tuple({Value::from_small_int(i)})));
  }
  EXPECT_EQ(format_exception(make_group("many", members)),
            "  | ExceptionGroup: many (17 sub-exceptions)\n"
            "  +-+---------------- 1 ----------------\n"
            "    | ValueError: 0\n"
            "    +---------------- 2 ----------------\n"
            "    | ValueError: 1\n"
            "    +---------------- 3 ----------------\n"
            "    | ValueError: 2\n"
            "    +---------------- 4 ----------------\n"
            "    | ValueError: 3\n"
            "    +---------------- 5 ----------------\n"
            "    | ValueError: 4\n"
            "    +---------------- 6 ----------------\n"
            "    | ValueError: 5\n"
            "    +---------------- 7 ----------------\n"
            "    | ValueError: 6\n"
            "    +---------------- 8 ----------------\n"
            "    | ValueError: 7\n"
            "    +---------------- 9 ----------------\n"
            "    | ValueError: 8\n"
            "    +---------------- 10 ----------------\n"
            "    | ValueError: 9\n"
            "    +---------------- 11 ----------------\n"
            "    | ValueError: 10\n"
            "    +---------------- 12 ----------------\n"
            "    | ValueError: 11\n"
            "    +---------------- 13 ----------------\n"
            "    | ValueError: 12\n"
            "    +---------------- 14 ----------------\n"
            "    | ValueError: 13\n"
            "    +---------------- 15 ----------------\n"
            "    | ValueError: 14\n"
            "    +---------------- ... ----------------\n"
            "    | and 2 more exceptions\n"
            "    +------------------------------------\n");
}

TEST_F(TracebackPrintTest, GroupDepthLimit) {
  Value group = message_exception(&exc_ValueError, "leaf");
  for (int i = 0; i < 12; ++i) group = make_group("level" + std::to_string(i), {group});
  EXPECT_EQ(format_exception(group),
            "  | ExceptionGroup: level11 (1 sub-exception)\n"
            "  +-+---------------- 1 ----------------\n"
            "    | ExceptionGroup: level10 (1 sub-exception)\n"
            "    +-+---------------- 1 ----------------\n"
            "      | ExceptionGroup: level9 (1 sub-exception)\n"
            "      +-+---------------- 1 ----------------\n"
            "        | ExceptionGroup: level8 (1 sub-exception)\n"
            "        +-+---------------- 1 ----------------\n"
            "          | ExceptionGroup: level7 (1 sub-exception)\n"
            "          +-+---------------- 1 ----------------\n"
            "            | ExceptionGroup: level6 (1 sub-exception)\n"
            "            +-+---------------- 1 ----------------\n"
            "              | ExceptionGroup: level5 (1 sub-exception)\n"
            "              +-+---------------- 1 ----------------\n"
            "                | ExceptionGroup: level4 (1 sub-exception)\n"
            "                +-+---------------- 1 ----------------\n"
            "                  | ExceptionGroup: level3 (1 sub-exception)\n"
            "                  +-+---------------- 1 ----------------\n"
            "                    | ExceptionGroup: level2 (1 sub-exception)\n"
            "                    +-+---------------- 1 ----------------\n"
            "                      | ... (max_group_depth is 10)\n"
            "                      +------------------------------------\n");
}

TEST_F(TracebackPrintTest, NestedGroupWithNote) {
  Value inner = make_group("inner", {message_exception(&exc_ValueError, "a")});
  List* notes = make_list();
  list_append(notes, str_value("inner note"));
  setattr(inner, names.dunder_notes, Value::from_object(notes));
  Value outer = make_group("outer", {inner, message_exception(&exc_RuntimeError, "r")});
  EXPECT_EQ(format_exception(outer),
            "  | ExceptionGroup: outer (2 sub-exceptions)\n"
            "  +-+---------------- 1 ----------------\n"
            "    | ExceptionGroup: inner (1 sub-exception)\n"
            "    | inner note\n"
            "    +-+---------------- 1 ----------------\n"
            "      | ValueError: a\n"
            "      +------------------------------------\n"
            "    +---------------- 2 ----------------\n"
            "    | RuntimeError: r\n"
            "    +------------------------------------\n");
}

}  // namespace
}  // namespace krait
