// repr() of floats against values printed by CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "objects/complex.h"
#include "objects/float.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "number_test_support.h"

namespace krait {
namespace {

TEST(FloatRepr, UsesFixedNotationBetweenTheExponentLimits) {
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(123.456), "123.456");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(-2.5), "-2.5");
}

TEST(FloatRepr, UsesExponentNotationOutsideTheLimits) {
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e-05), "1e-05");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
}

TEST(FloatRepr, SpellsZerosInfinitiesAndNan) {
  EXPECT_EQ(float_repr(0.0), "0.0");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(float_repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(float_repr(std::nan("")), "nan");
}

TEST(FloatRepr, OmitsDotZeroForComplexParts) {
  EXPECT_EQ(float_repr_no_dot_zero(1.0), "1");
  EXPECT_EQ(float_repr_no_dot_zero(1.5), "1.5");
  EXPECT_EQ(float_repr_no_dot_zero(1e16), "1e+16");
}

using testing::construct;
using testing::outcome;
using testing::py_str;

class FloatTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }
};

std::string op(Value a, Value b, BinaryOp o) {
  return outcome([&] { return binary_op(a, b, o); });
}

std::string method(Value self, const char* name, std::initializer_list<Value> args) {
  return outcome([&] { return call_method(self, intern(name), args); });
}

std::string formatted(Value v, const char* spec) {
  return outcome([&] { return Value::from_object(format_value(v, make_str(spec))); });
}

Value f(double d) { return make_float(d); }

TEST_F(FloatTest, ArithmeticAndItsErrors) {
  EXPECT_EQ(op(f(7.5), make_int(2), BinaryOp::FloorDivide), "3.0");
  EXPECT_EQ(op(f(-7.5), make_int(2), BinaryOp::FloorDivide), "-4.0");
  EXPECT_EQ(op(f(7.5), make_int(-2), BinaryOp::Remainder), "-0.5");
  EXPECT_EQ(op(f(1.0), make_int(0), BinaryOp::TrueDivide), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(op(f(1.0), make_int(0), BinaryOp::FloorDivide),
            "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(op(f(1.0), f(0.0), BinaryOp::Remainder), "ZeroDivisionError: float modulo");
  EXPECT_EQ(op(f(0.0), make_int(-1), BinaryOp::Power),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(op(f(10.0), make_int(400), BinaryOp::Power),
            "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(op(f(-8.0), f(1.0 / 3), BinaryOp::Power), "(1.0000000000000002+1.7320508075688772j)");
  EXPECT_EQ(op(f(-2.0), make_int(3), BinaryOp::Power), "-8.0");
  EXPECT_EQ(op(make_int(2), f(0.5), BinaryOp::Power), "1.4142135623730951");
  EXPECT_EQ(op(f(1.5), binary_op(make_int(10), make_int(400), BinaryOp::Power), BinaryOp::Add),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(outcome([&] { return power(f(2.0), make_int(3), make_int(4)); }),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
}

TEST_F(FloatTest, HashesAsCPython) {
  EXPECT_EQ(hash(f(1.5)), 1152921504606846977);
  EXPECT_EQ(hash(f(-2.5)), -1152921504606846978);
  EXPECT_EQ(hash(f(1e300)), 1224995262755759164);
  EXPECT_EQ(hash(f(0.1)), 230584300921369408);
  EXPECT_EQ(hash(f(1e-300)), 482449582752280463);
  EXPECT_EQ(hash(f(-0.0)), 0);
  EXPECT_EQ(hash(f(HUGE_VAL)), 314159);
  EXPECT_EQ(hash(f(3.0)), 3);
}

TEST_F(FloatTest, ParsesStrings) {
  auto parse = [](const char* text) {
    return outcome([&] { return construct(&float_type, {py_str(text)}); });
  };
  EXPECT_EQ(parse(" 1_000.5 "), "1000.5");
  EXPECT_EQ(parse("-Infinity"), "-inf");
  EXPECT_EQ(parse("nAn"), "nan");
  EXPECT_EQ(parse("1e500"), "inf");
  EXPECT_EQ(parse(".5e-3"), "0.0005");
  EXPECT_EQ(parse("5."), "5.0");
  EXPECT_EQ(parse("1__0"), "ValueError: could not convert string to float: '1__0'");
  EXPECT_EQ(parse("0x10"), "ValueError: could not convert string to float: '0x10'");
  EXPECT_EQ(parse("x"), "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(outcome([&] { return construct(&float_type, {Value::from_object(make_tuple(0))}); }),
            "TypeError: float() argument must be a string or a real number, not 'tuple'");
}

TEST_F(FloatTest, RoundsCorrectly) {
  EXPECT_EQ(method(f(2.675), "__round__", {make_int(2)}), "2.67");
  EXPECT_EQ(method(f(0.5), "__round__", {}), "0");
  EXPECT_EQ(method(f(-2.5), "__round__", {}), "-2");
  EXPECT_EQ(method(f(1234.5678), "__round__", {make_int(-2)}), "1200.0");
  EXPECT_EQ(method(f(15.0), "__round__", {make_int(-1)}), "20.0");
  EXPECT_EQ(method(f(25.0), "__round__", {make_int(-1)}), "20.0");
  EXPECT_EQ(method(f(-0.4), "__round__", {make_int(0)}), "-0.0");
  EXPECT_EQ(method(f(1.7e308), "__round__", {make_int(-308)}),
            "OverflowError: rounded value too large to represent");
  EXPECT_EQ(method(f(HUGE_VAL), "__round__", {}),
            "OverflowError: cannot convert float infinity to integer");
}

TEST_F(FloatTest, MethodsMatchCPython) {
  EXPECT_EQ(method(f(1.5), "hex", {}), "'0x1.8000000000000p+0'");
  EXPECT_EQ(method(f(-0.1), "hex", {}), "'-0x1.999999999999ap-4'");
  EXPECT_EQ(method(f(5e-324), "hex", {}), "'0x0.0000000000001p-1022'");
  Value type = Value::from_object(&float_type);
  EXPECT_EQ(method(type, "fromhex", {py_str("0x1.8p1")}), "3.0");
  EXPECT_EQ(method(type, "fromhex", {py_str(" -1p-2 ")}), "-0.25");
  EXPECT_EQ(method(type, "fromhex", {py_str("ff")}), "255.0");
  EXPECT_EQ(method(type, "fromhex", {py_str("x")}),
            "ValueError: invalid hexadecimal floating-point string");
  EXPECT_EQ(method(f(0.1), "as_integer_ratio", {}), "(3602879701896397, 36028797018963968)");
  EXPECT_EQ(method(f(-2.5), "as_integer_ratio", {}), "(-5, 2)");
  EXPECT_EQ(method(f(1e20), "as_integer_ratio", {}), "(100000000000000000000, 1)");
  EXPECT_EQ(method(f(NAN), "as_integer_ratio", {}), "ValueError: cannot convert NaN to integer ratio");
  EXPECT_EQ(method(f(3.0), "is_integer", {}), "True");
  EXPECT_EQ(method(f(-3.5), "__floor__", {}), "-4");
  EXPECT_EQ(method(f(-3.5), "__ceil__", {}), "-3");
}

TEST_F(FloatTest, FormatSpecs) {
  Value x = f(1234.5678);
  Value tiny = f(-0.0001);
  EXPECT_EQ(formatted(x, ".2f"), "'1234.57'");
  EXPECT_EQ(formatted(x, ">10.3f"), "'  1234.568'");
  EXPECT_EQ(formatted(x, ",.2f"), "'1,234.57'");
  EXPECT_EQ(formatted(x, "010.2f"), "'0001234.57'");
  EXPECT_EQ(formatted(tiny, "010.2f"), "'-000000.00'");
  EXPECT_EQ(formatted(x, "e"), "'1.234568e+03'");
  EXPECT_EQ(formatted(x, ".3g"), "'1.23e+03'");
  EXPECT_EQ(formatted(x, ".1%"), "'123456.8%'");
  EXPECT_EQ(formatted(x, "+"), "'+1234.5678'");
  EXPECT_EQ(formatted(x, "#.0f"), "'1235.'");
  EXPECT_EQ(formatted(tiny, "z.1f"), "'0.0'");
  EXPECT_EQ(formatted(x, "^12,.1f"), "'  1,234.6   '");
  EXPECT_EQ(formatted(f(1e22), ",.2f"), "'10,000,000,000,000,000,000,000.00'");
  EXPECT_EQ(formatted(f(1.0), ".3"), "'1.0'");
  EXPECT_EQ(formatted(f(-0.0), "#.3"), "'-0.00'");
  EXPECT_EQ(formatted(f(1.0), "=^010"), "'===1.0===='");
  EXPECT_EQ(formatted(f(HUGE_VAL), "E"), "'INF'");
  EXPECT_EQ(formatted(f(-HUGE_VAL), "=10"), "'-      inf'");
  EXPECT_EQ(formatted(f(1.5), "d"), "ValueError: Unknown format code 'd' for object of type 'float'");
}

TEST_F(FloatTest, ComplexBasics) {
  EXPECT_EQ(repr_string(make_complex(1, 2)), "(1+2j)");
  EXPECT_EQ(repr_string(make_complex(0, 1)), "1j");
  EXPECT_EQ(repr_string(make_complex(-0.0, -0.0)), "(-0-0j)");
  EXPECT_EQ(repr_string(make_complex(1, -0.0)), "(1-0j)");
  EXPECT_EQ(op(make_complex(1, 2), make_complex(3, -4), BinaryOp::Multiply), "(11+2j)");
  EXPECT_EQ(op(make_complex(1, 2), make_complex(3, -4), BinaryOp::TrueDivide), "(-0.2+0.4j)");
  EXPECT_EQ(op(make_complex(1, 1), make_int(2), BinaryOp::Power), "2j");
  EXPECT_EQ(op(make_int(2), make_complex(0, 1), BinaryOp::Power),
            "(0.7692389013639721+0.6389612763136348j)");
  EXPECT_EQ(op(make_complex(0, 1), make_int(0), BinaryOp::TrueDivide),
            "ZeroDivisionError: complex division by zero");
  EXPECT_EQ(op(make_complex(0, 0), make_int(-1), BinaryOp::Power),
            "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(op(make_complex(0, 1), make_int(1), BinaryOp::Remainder),
            "TypeError: unsupported operand type(s) for %: 'complex' and 'int'");
  EXPECT_EQ(outcome([&] { return unary_op(make_complex(3, 4), UnaryOp::Absolute); }), "5.0");
  EXPECT_EQ(hash(make_complex(1, 2)), 2000007);
  EXPECT_EQ(hash(make_complex(1.5, 0)), 1152921504606846977);
  auto parse = [](const char* text) {
    return outcome([&] { return construct(&complex_type, {py_str(text)}); });
  };
  EXPECT_EQ(parse(" (1-2j) "), "(1-2j)");
  EXPECT_EQ(parse("j"), "1j");
  EXPECT_EQ(parse("-1.5e3+2_0J"), "(-1500+20j)");
  EXPECT_EQ(parse("inf-nanj"), "(inf+nanj)");
  EXPECT_EQ(parse("x"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(formatted(make_complex(1.5, -2), ".2f"), "'1.50-2.00j'");
  EXPECT_EQ(formatted(make_complex(1.5, -2), ">20"), "'            (1.5-2j)'");
  EXPECT_EQ(formatted(make_complex(0, 2), "g"), "'0+2j'");
  EXPECT_EQ(formatted(make_complex(0, 2), ".3"), "'2j'");
  EXPECT_EQ(formatted(make_complex(1.5, -2), "+.2e"), "'+1.50e+00-2.00e+00j'");
  EXPECT_EQ(formatted(make_complex(1, 2), "=10"),
            "ValueError: '=' alignment flag is not allowed in complex format specifier");
}

}  // namespace
}  // namespace krait
