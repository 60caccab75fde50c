// repr() of floats against values printed by CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "objects/float.h"

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

}  // namespace
}  // namespace krait
