// int and bool against values and messages CPython 3.11 gives.
#include <gtest/gtest.h>

#include <string>

#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "number_test_support.h"

namespace krait {
namespace {

using testing::construct;
using testing::outcome;
using testing::py_int;
using testing::py_str;

class IntTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }
};

Value small(int64_t i) { return make_int(i); }

std::string op(Value a, Value b, BinaryOp o) {
  return outcome([&] { return binary_op(a, b, o); });
}

TEST_F(IntTest, ResultsThatFitAreImmediates) {
  Value big = py_int("281474976710656");  // 2**48
  EXPECT_TRUE(big.is_object());
  Value back = binary_op(big, small(1), BinaryOp::Subtract);
  EXPECT_TRUE(back.is_small_int());
  EXPECT_EQ(back.as_small_int(), Value::kSmallIntMax);
  EXPECT_TRUE(make_int(Value::kSmallIntMin).is_small_int());
  EXPECT_TRUE(make_int(Value::kSmallIntMin - 1).is_object());
  EXPECT_TRUE(binary_op(make_int(Value::kSmallIntMin - 1), small(1), BinaryOp::Add).is_small_int());
}

TEST_F(IntTest, ArithmeticFollowsPythonSemantics) {
  EXPECT_EQ(op(small(-7), small(2), BinaryOp::FloorDivide), "-4");
  EXPECT_EQ(op(small(-7), small(2), BinaryOp::Remainder), "1");
  EXPECT_EQ(op(small(7), small(-2), BinaryOp::Remainder), "-1");
  EXPECT_EQ(op(small(2), small(100), BinaryOp::Power), "1267650600228229401496703205376");
  EXPECT_EQ(op(small(2), small(-2), BinaryOp::Power), "0.25");
  EXPECT_EQ(op(small(0), small(-1), BinaryOp::Power),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(op(small(1), small(0), BinaryOp::FloorDivide),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(op(small(1), small(0), BinaryOp::Remainder), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(op(small(1), small(0), BinaryOp::TrueDivide), "ZeroDivisionError: division by zero");
  Value big = py_int("-123456789012345678901234567890");
  EXPECT_EQ(op(big, small(97), BinaryOp::FloorDivide), "-1272750402189130710322005855");
  EXPECT_EQ(op(big, small(97), BinaryOp::Remainder), "45");
  EXPECT_EQ(op(big, big, BinaryOp::Multiply),
            "15241578753238836750495351562536198787501905199875019052100");
  EXPECT_EQ(op(small(1) , small(3), BinaryOp::TrueDivide), "0.3333333333333333");
  EXPECT_EQ(op(py_int("1" + std::string(30, '0')), small(3), BinaryOp::TrueDivide), "3.333333333333333e+29");
  EXPECT_EQ(op(py_int("9007199254740993"), small(1), BinaryOp::TrueDivide), "9007199254740992.0");
  EXPECT_EQ(op(small(0), small(-5), BinaryOp::TrueDivide), "-0.0");
  EXPECT_EQ(outcome([&] { return power(small(2), small(-1), small(7)); }), "4");
  EXPECT_EQ(outcome([&] { return power(small(3), small(4), small(-5)); }), "-4");
  EXPECT_EQ(outcome([&] { return power(small(2), small(3), small(0)); }),
            "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(outcome([&] { return power(small(2), small(-1), small(4)); }),
            "ValueError: base is not invertible for the given modulus");
}

TEST_F(IntTest, ShiftsAndBitwiseOperationsOnNegatives) {
  EXPECT_EQ(op(small(1), small(100), BinaryOp::LShift), "1267650600228229401496703205376");
  EXPECT_EQ(op(small(-5), small(1), BinaryOp::RShift), "-3");
  EXPECT_EQ(op(small(-1), small(1000), BinaryOp::RShift), "-1");
  EXPECT_EQ(op(small(1), small(-1), BinaryOp::LShift), "ValueError: negative shift count");
  EXPECT_EQ(op(small(1), small(-1), BinaryOp::RShift), "ValueError: negative shift count");
  EXPECT_EQ(op(small(-12), small(10), BinaryOp::And), "0");
  EXPECT_EQ(op(small(-12), small(7), BinaryOp::Or), "-9");
  Value big = py_int("-1267650600228229401496703205376");
  EXPECT_EQ(op(big, small(-1), BinaryOp::Xor), "1267650600228229401496703205375");
  EXPECT_EQ(op(big, py_int("1267650600228229401496703205375"), BinaryOp::And), "0");
  EXPECT_EQ(outcome([&] { return unary_op(big, UnaryOp::Invert); }),
            "1267650600228229401496703205375");
}

TEST_F(IntTest, BoolsAreIntsThatPrintByName) {
  EXPECT_EQ(repr_string(make_bool(true)), "True");
  EXPECT_EQ(repr_string(make_bool(false)), "False");
  EXPECT_EQ(op(make_bool(true), small(1), BinaryOp::Add), "2");
  EXPECT_EQ(op(make_bool(true), make_bool(false), BinaryOp::Or), "True");
  EXPECT_EQ(op(make_bool(true), make_bool(true), BinaryOp::Xor), "False");
  EXPECT_EQ(op(make_bool(true), small(3), BinaryOp::And), "1");
  EXPECT_EQ(outcome([&] { return construct(&bool_type, {small(5)}); }), "True");
  EXPECT_EQ(hash(make_bool(true)), 1);
}

TEST_F(IntTest, HashesAsCPython) {
  EXPECT_EQ(hash(small(-1)), -2);
  EXPECT_EQ(hash(small(12345)), 12345);
  EXPECT_EQ(hash(py_int("2305843009213693952")), 1);  // 2**61
  EXPECT_EQ(hash(py_int("-2305843009213693951")), 0);
  EXPECT_EQ(hash(py_int("-2305843009213693952")), -2);
  EXPECT_EQ(hash(py_int("123456789012345678901234567890")), 248789772095949448);
}

TEST_F(IntTest, ParsesStringsAsIntDoes) {
  auto parse = [](std::initializer_list<Value> args) {
    return outcome([&] { return construct(&int_type, args); });
  };
  EXPECT_EQ(parse({py_str(" 1_000 ")}), "1000");
  EXPECT_EQ(parse({py_str("-0x_ff"), small(0)}), "-255");
  EXPECT_EQ(parse({py_str("0b101"), small(2)}), "5");
  EXPECT_EQ(parse({py_str("z"), small(36)}), "35");
  EXPECT_EQ(parse({py_str("x")}), "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(parse({py_str("1__0")}), "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_EQ(parse({py_str("010"), small(0)}), "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(parse({py_str("000"), small(0)}), "0");
  EXPECT_EQ(parse({py_str("12"), small(1)}), "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(parse({make_float(1.5), small(10)}),
            "TypeError: int() can't convert non-string with explicit base");
  EXPECT_EQ(parse({make_float(-2.9)}), "-2");
  EXPECT_EQ(parse({make_float(1e20)}), "100000000000000000000");
  EXPECT_EQ(parse({make_float(HUGE_VAL)}), "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(parse({make_float(NAN)}), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(parse({py_str(std::string(5000, '1'))}),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
            "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(parse({}), "0");
}

TEST_F(IntTest, StrHonoursTheDigitLimit) {
  Value huge = binary_op(small(10), small(5000), BinaryOp::Power);
  EXPECT_EQ(outcome([&] { return Value::from_object(str(huge)); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(int_to_decimal(binary_op(small(10), small(4299), BinaryOp::Power)).size(), 4300u);
}

TEST_F(IntTest, ConvertsToFloatWithCorrectRounding) {
  EXPECT_EQ(int_to_double(py_int("9007199254740993")), 9007199254740992.0);
  EXPECT_EQ(int_to_double(py_int("9007199254740995")), 9007199254740996.0);
  EXPECT_EQ(int_to_double(py_int("-36028797018963971")), -36028797018963972.0);
  EXPECT_EQ(outcome([&] { return make_float(int_to_double(binary_op(small(10), small(400), BinaryOp::Power))); }),
            "OverflowError: int too large to convert to float");
}

TEST_F(IntTest, ComparesExactlyWithFloats) {
  Value big = py_int("9007199254740993");
  EXPECT_FALSE(compare_bool(big, make_float(9007199254740992.0), CompareOp::Eq));
  EXPECT_TRUE(compare_bool(big, make_float(9007199254740992.0), CompareOp::Gt));
  EXPECT_TRUE(compare_bool(make_float(9007199254740992.0), big, CompareOp::Lt));
  EXPECT_TRUE(compare_bool(small(1), make_float(1.0), CompareOp::Eq));
  EXPECT_FALSE(compare_bool(small(1), make_float(NAN), CompareOp::Eq));
  EXPECT_TRUE(compare_bool(big, make_float(HUGE_VAL), CompareOp::Lt));
}

TEST_F(IntTest, MethodsMatchCPython) {
  auto method = [](Value self, const char* name, std::initializer_list<Value> args) {
    return outcome([&] { return call_method(self, intern(name), args); });
  };
  EXPECT_EQ(method(small(-255), "bit_length", {}), "8");
  EXPECT_EQ(method(small(-255), "bit_count", {}), "8");
  EXPECT_EQ(method(small(1024), "to_bytes", {small(2), py_str("little")}), "b'\\x00\\x04'");
  EXPECT_EQ(method(small(-1), "to_bytes", {small(1), py_str("big")}),
            "OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(method(small(256), "to_bytes", {small(1), py_str("big")}),
            "OverflowError: int too big to convert");
  EXPECT_EQ(method(small(1), "to_bytes", {small(1), py_str("mid")}),
            "ValueError: byteorder must be either 'little' or 'big'");
  EXPECT_EQ(method(small(-129), "as_integer_ratio", {}), "(-129, 1)");
  EXPECT_EQ(method(small(1250), "__round__", {small(-2)}), "1200");
  EXPECT_EQ(method(small(1350), "__round__", {small(-2)}), "1400");
  EXPECT_EQ(method(small(-1251), "__round__", {small(-1)}), "-1250");
  EXPECT_EQ(method(small(7), "__round__", {make_float(1.5)}),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(int_to_base_string(small(-255), 16), "-0xff");
  EXPECT_EQ(int_to_base_string(small(5), 2), "0b101");
}

TEST_F(IntTest, IndexConversions) {
  EXPECT_EQ(outcome([&] { return index_value(make_float(1.5)); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(outcome([&] { return make_int(index_as_ssize(py_int("99999999999999999999"))); }),
            "OverflowError: cannot fit 'int' into an index-sized integer");
  EXPECT_EQ(index_as_ssize_clamped(py_int("-99999999999999999999")), INT64_MIN);
  EXPECT_EQ(index_as_ssize(make_bool(true)), 1);
}

TEST_F(IntTest, FormatSpecs) {
  auto f = [](Value v, const char* spec) {
    return outcome([&] { return Value::from_object(format_value(v, make_str(spec))); });
  };
  EXPECT_EQ(f(small(1234567), ","), "'1,234,567'");
  EXPECT_EQ(f(small(1234), "08,"), "'0,001,234'");
  EXPECT_EQ(f(small(1234), "012,"), "'0,000,001,234'");
  EXPECT_EQ(f(small(1234), "010_x"), "'0_0000_04d2'");
  EXPECT_EQ(f(small(1234), "#010_x"), "'0x000_04d2'");
  EXPECT_EQ(f(small(1234), "+010,"), "'+0,001,234'");
  EXPECT_EQ(f(small(42), ">5"), "'   42'");
  EXPECT_EQ(f(small(42), "*^7"), "'**42***'");
  EXPECT_EQ(f(small(-42), "=+6"), "'-   42'");
  EXPECT_EQ(f(small(255), "#X"), "'0XFF'");
  EXPECT_EQ(f(small(5), "#b"), "'0b101'");
  EXPECT_EQ(f(small(97), "c"), "'a'");
  EXPECT_EQ(f(small(1234), ".2f"), "'1234.00'");
  EXPECT_EQ(f(small(1), "%"), "'100.000000%'");
  EXPECT_EQ(f(make_bool(true), ""), "'True'");
  EXPECT_EQ(f(make_bool(true), "d"), "'1'");
  EXPECT_EQ(f(small(1), ".2"), "ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(f(small(1), "z"),
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
  EXPECT_EQ(f(small(1), ",b"), "ValueError: Cannot specify ',' with 'b'.");
  EXPECT_EQ(f(small(1), "1,_"), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(f(small(1), "abc"), "ValueError: Invalid format specifier 'abc' for object of type 'int'");
  EXPECT_EQ(f(small(1), "=s"), "ValueError: Unknown format code 's' for object of type 'int'");
  EXPECT_EQ(f(small(1), "+c"), "ValueError: Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(f(small(1), ".f"), "ValueError: Format specifier missing precision");
}

}  // namespace
}  // namespace krait
