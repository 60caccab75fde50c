// Struct sequences: tuple behaviour over the visible fields, names for all.
#include "objects/structseq.h"

#include <gtest/gtest.h>

#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "vm/startup.h"

namespace krait {
namespace {

class StructSeqTest : public ::testing::Test {
 protected:
  void SetUp() override {
    start_runtime();
    type_ = make_struct_sequence_type("test.point", {"x", "y", "label"}, 2);
  }
  Value point(int64_t x, int64_t y, const char* label) {
    return make_struct_sequence(type_, {make_int(x), make_int(y), str_value(label)});
  }
  std::string error_message() {
    Value error = take_current_exception();
    return str_string(error);
  }
  StructSeqType* type_ = nullptr;
};

TEST_F(StructSeqTest, ReprNamesTheVisibleFields) {
  EXPECT_EQ(repr_string(point(1, 2, "a")), "test.point(x=1, y=2)");
}

TEST_F(StructSeqTest, IsATupleOfTheVisibleFields) {
  Value p = point(1, 2, "a");
  EXPECT_TRUE(is_tuple(p));
  EXPECT_EQ(length(p), 2);
  EXPECT_TRUE(equals(p, Value::from_object(make_tuple({make_int(1), make_int(2)}))));
  EXPECT_EQ(hash(p), tuple_hash(p.as<Tuple>()->items(), 2));
}

TEST_F(StructSeqTest, EveryFieldIsAnAttribute) {
  Value p = point(1, 2, "a");
  EXPECT_TRUE(equals(getattr(p, intern("y")), make_int(2)));
  EXPECT_EQ(str_string(getattr(p, intern("label"))), "a");
}

TEST_F(StructSeqTest, FieldsAreReadOnly) {
  Value p = point(1, 2, "a");
  EXPECT_THROW(setattr(p, intern("x"), make_int(5)), PyException);
  EXPECT_EQ(error_message(), "readonly attribute");
}

TEST_F(StructSeqTest, ConstructorChecksTheSequenceLength) {
  Value type = Value::from_object(type_);
  Value short_tuple = Value::from_object(make_tuple({make_int(1)}));
  EXPECT_THROW(call(type, {short_tuple}), PyException);
  EXPECT_EQ(error_message(), "test.point() takes an at least 2-sequence (1-sequence given)");
  Value full = Value::from_object(make_tuple({make_int(1), make_int(2), str_value("b")}));
  Value p = call(type, {full});
  EXPECT_EQ(repr_string(p), "test.point(x=1, y=2)");
  EXPECT_EQ(str_string(getattr(p, intern("label"))), "b");
  Value pair = Value::from_object(make_tuple({make_int(1), make_int(2)}));
  EXPECT_TRUE(is_none(getattr(call(type, {pair}), intern("label"))));
}

TEST_F(StructSeqTest, UninstantiableTypesRefuseCalls) {
  StructSeqType* fixed = make_struct_sequence_type("test.fixed", {"a"}, SIZE_MAX, false);
  Value one = Value::from_object(make_tuple({make_int(1)}));
  EXPECT_THROW(call(Value::from_object(fixed), {one}), PyException);
  EXPECT_EQ(error_message(), "cannot create 'test.fixed' instances");
}

}  // namespace
}  // namespace krait
