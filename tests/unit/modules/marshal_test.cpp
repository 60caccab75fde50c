// The marshal module's C++ API: CPython's bytes for plain data, the loader's
// errors on bad input, code objects that survive a round trip and corrupt
// code objects refused. Inputs the fuzzer (fuzz/fuzz_marshal.cpp) found are
// kept at the end.
#include "modules/marshal.h"

#include <gtest/gtest.h>

#include <string>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "vm/code.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/run.h"
#include "vm/startup.h"

namespace krait {
namespace {

using namespace std::string_literals;

class MarshalTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }

  // "Type: message" of what loading `data` raises, or repr() of the result.
  std::string load(const std::string& data) {
    try {
      return std::string(repr(marshal_loads(data))->view());
    } catch (const PyException&) {
      Value exception = take_current_exception();
      return type_name(exception) + ": " + std::string(str(exception)->view());
    }
  }

  std::string module_code(const std::string& source) {
    return marshal_dumps(Value::from_object(compile_to_code(source, "<test>", "exec", 0)));
  }

  // The global `result` after running loaded code.
  std::string run_loaded(const std::string& data) {
    Value code = marshal_loads(data);
    Module* module = make_main_module();
    run_code(code.as<Code>(), module->dict, Value::from_object(module->dict));
    return std::string(repr(dict_get_str(module->dict, intern("result")))->view());
  }
};

// Offsets in a dumped code object: type byte, six int32 fields, the word
// count, then the instruction words.
constexpr size_t kStacksizeOffset = 1 + 3 * 4;
constexpr size_t kFirstWordOffset = 1 + 6 * 4 + 4;

void set_word(std::string& data, size_t index, Op op, uint8_t arg) {
  data[kFirstWordOffset + 2 * index] = static_cast<char>(op);
  data[kFirstWordOffset + 2 * index + 1] = static_cast<char>(arg);
}

TEST_F(MarshalTest, PlainDataAsCPython) {
  EXPECT_EQ(marshal_dumps(none()), "N");
  EXPECT_EQ(marshal_dumps(make_int(1)), "\xe9\x01\x00\x00\x00"s);
  EXPECT_EQ(marshal_dumps(make_int(1), 2), "i\x01\x00\x00\x00"s);
  EXPECT_EQ(marshal_dumps(make_int(int64_t{1} << 31)), "\xec\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00"s);
  EXPECT_EQ(marshal_dumps(make_float(1.5), 1), "f\x03" "1.5"s);
  EXPECT_EQ(marshal_dumps(Value::from_object(intern("abc"))), "\xda\x03" "abc"s);
  EXPECT_EQ(marshal_dumps(str_value("a b")), "\xfa\x03" "a b"s);
}

TEST_F(MarshalTest, LoadErrorsAsCPython) {
  EXPECT_EQ(load(""), "EOFError: EOF read where object expected");
  EXPECT_EQ(load("i\x01"), "EOFError: marshal data too short");
  EXPECT_EQ(load("?"), "ValueError: bad marshal data (unknown type code)");
  EXPECT_EQ(load("0"), "TypeError: NULL object in marshal data for object");
  EXPECT_EQ(load("l\x01\x00\x00\x00\x00\x00"s), "ValueError: bad marshal data (unnormalized long data)");
  EXPECT_EQ(load("r\x00\x00\x00\x00"s), "ValueError: bad marshal data (invalid reference)");
  EXPECT_EQ(load("f\x03" "abc"s), "ValueError: could not convert string to float: 'abc'");
}

TEST_F(MarshalTest, HugeDeclaredSizesFailWithoutAllocating) {
  for (char code : {'(', '[', '<', '>', 's', 'u', 'a', 'l'}) {
    std::string data = std::string(1, code) + "\xff\xff\xff\x7f" + "N";
    EXPECT_NE(load(data).find("Error"), std::string::npos) << code;
  }
}

TEST_F(MarshalTest, NestingIsBounded) {
  std::string ok;
  for (int i = 0; i < 1999; ++i) ok += ")\x01";
  Value value = marshal_loads(ok + "N");
  int levels = 0;
  for (; !is_none(value); ++levels) value = (*value.as<Tuple>())[0];
  EXPECT_EQ(levels, 1999);
  EXPECT_EQ(load(ok + ")\x01N"), "ValueError: recursion limit exceeded");
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "[\x01\x00\x00\x00"s;
  EXPECT_EQ(load(deep + "N"), "ValueError: recursion limit exceeded");

  // 1999 lists around None are 2000 levels, the most dumps writes.
  Value nested = none();
  for (int i = 0; i < 2000; ++i) {
    if (i == 1999) {
      EXPECT_NO_THROW(marshal_dumps(nested));
    }
    List* outer = make_list();
    list_append(outer, nested);
    nested = Value::from_object(outer);
  }
  try {
    marshal_dumps(nested);
    ADD_FAILURE() << "dumped 2001 levels";
  } catch (const PyException&) {
    EXPECT_EQ(std::string(str(take_current_exception())->view()), "object too deeply nested to marshal");
  }
}

TEST_F(MarshalTest, CodeRoundTripRuns) {
  std::string data = module_code(
      "def f(n):\n"
      "    try:\n"
      "        return [i * n for i in range(3)]\n"
      "    except TypeError:\n"
      "        return None\n"
      "result = (f(2), f('x'), f(None))\n");
  EXPECT_EQ(run_loaded(data), "([0, 2, 4], ['', 'x', 'xx'], None)");
  EXPECT_EQ(marshal_dumps(marshal_loads(data)), data);
}

TEST_F(MarshalTest, LoadedNamesAreInterned) {
  Value code = marshal_loads(module_code("result = object.__name__\n"));
  Tuple* names = code.as<Code>()->names;
  for (size_t i = 0; i < names->size; ++i) {
    EXPECT_TRUE((*names)[i].as<Str>()->flags & kStrInterned);
  }
}

TEST_F(MarshalTest, CorruptCodeIsRefused) {
  // RESUME, LOAD_CONST 0, STORE_NAME 0, LOAD_CONST 1, RETURN_VALUE.
  const std::string data = module_code("x = 1\n");
  ASSERT_EQ(static_cast<uint8_t>(data[kFirstWordOffset + 2]), static_cast<uint8_t>(Op::LOAD_CONST));
  auto refused = [&](std::string corrupt) {
    return load(corrupt).rfind("ValueError: bad marshal data (code object: ", 0) == 0;
  };
  std::string d = data;
  set_word(d, 1, Op::LOAD_CONST, 7);
  EXPECT_TRUE(refused(d)) << "constant index";
  d = data;
  set_word(d, 2, Op::STORE_NAME, 9);
  EXPECT_TRUE(refused(d)) << "name index";
  d = data;
  set_word(d, 1, Op::LOAD_FAST, 0);
  EXPECT_TRUE(refused(d)) << "local index";
  d = data;
  d[kFirstWordOffset + 2] = 3;  // no such opcode
  EXPECT_TRUE(refused(d)) << "opcode";
  d = data;
  set_word(d, 1, Op::JUMP_FORWARD, 200);
  EXPECT_TRUE(refused(d)) << "jump target";
  d = data;
  set_word(d, 1, Op::POP_TOP, 0);
  EXPECT_TRUE(refused(d)) << "stack underflow";
  d = data;
  set_word(d, 4, Op::NOP, 0);
  EXPECT_TRUE(refused(d)) << "running past the end";
  d = data;
  d[kStacksizeOffset] = 0;
  EXPECT_TRUE(refused(d)) << "stack size";
  d = data;
  set_word(d, 1, Op::EXTENDED_ARG, 1);
  EXPECT_TRUE(refused(d)) << "extended argument";
}

// Fuzzer findings.

// A frozenset inside a tuple that is still being loaded, which the set then
// contains through a reference: dumping it sorted the set's elements by their
// serialisations with a fresh writer, which recursed around the cycle without
// a depth limit until the C++ stack overflowed (CPython 3.11 crashes too).
TEST_F(MarshalTest, FuzzCyclicFrozensetThroughTuple) {
  const std::string data =
      "\xfb\xda\x06nested\xdb\x02\x00\x00\x00\xa9\x02\xe9\x01\x00\x00\x00\xfb\xe9\x02\x00\x00\x00"
      "\xbe\x01\x00\x00\x00\xf2\x03\x00\x00\x00" "0\xdb\x01\x00\x00\x00\xdb\x01\x00\x00\x00"
      "\xdb\x01\x00\x00\x00\xdb\x00\x00\x00\x00" "0"s;
  Value loaded = marshal_loads(data);
  try {
    marshal_dumps(loaded);
    ADD_FAILURE() << "dumped a cycle through a frozenset";
  } catch (const PyException&) {
    EXPECT_EQ(std::string(str(take_current_exception())->view()), "unmarshallable object");
  }
}

// A frozenset of two NaNs of opposite signs: version 1 writes both as the
// text "nan", which loads as one value, so the round trip's set has one
// element (the fuzzer's fixed-point check now compares from version 2 on).
TEST_F(MarshalTest, FuzzTextNaNsCollapseBeforeVersion2) {
  const std::string data =
      "\xbe\x02\x00\x00\x00\xe7\x07\x00\x00\x00\x00\x00\xf0\x7fgggggg\xff\xff\xff" "0\x00\x00\x00q"s;
  Value loaded = marshal_loads(data);
  EXPECT_EQ(marshal_dumps(marshal_loads(marshal_dumps(loaded, 1)), 1), ">\x01\x00\x00\x00" "f\x03nan"s);
  std::string binary = marshal_dumps(loaded, 2);
  EXPECT_EQ(marshal_dumps(marshal_loads(binary), 2), binary);
}

// A tuple that contains itself (through a reference) put in a set: hashing
// it recursed without end and overflowed the C++ stack (as in CPython).
TEST_F(MarshalTest, FuzzSelfContainingTupleAsSetElement) {
  const std::string data = "<\x01\x00\x00\x00\xa9\x01r\x00\x00\x00\x00"s;
  EXPECT_EQ(load(data), "RecursionError: maximum recursion depth exceeded while hashing");
  EXPECT_EQ(load("{\xa9\x01r\x00\x00\x00\x00N0"s), "RecursionError: maximum recursion depth exceeded while hashing");
}

}  // namespace
}  // namespace krait
