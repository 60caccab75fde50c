// Exception objects: BaseExceptionGroup's construction rules, split() and
// the projection except* uses, the hierarchy with ExceptionGroup's two bases,
// and the str() forms of OSError and the Unicode errors (checked against
// CPython 3.11's output).
#include <gtest/gtest.h>

#include <string>

#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/protocol.h"
#include "vm/startup.h"

namespace krait {
namespace {

class ExceptionsTest : public ::testing::Test {
 protected:
  void SetUp() override { start_runtime(); }
};

Value exception(Type* type, std::initializer_list<Value> args) {
  return call(Value::from_object(type), args);
}

Value error(Type* type, const char* message) { return exception(type, {str_value(message)}); }

Value group(Type* type, const char* message, std::initializer_list<Value> members) {
  return exception(type, {str_value(message), Value::from_object(make_list(
                                                  members.begin(), members.size()))});
}

// "TypeName: message" of the exception `body` raises.
template <class Body>
std::string raised(Body body) {
  try {
    body();
  } catch (const PyException&) {
    Value raised_exception = take_current_exception();
    return type_name(raised_exception) + ": " + str_string(raised_exception);
  }
  return "no exception";
}

TEST_F(ExceptionsTest, GroupConstructorChecksItsArguments) {
  auto make = [](std::initializer_list<Value> args) {
    return [args] { exception(&exc_ExceptionGroup, args); };
  };
  Value one = Value::from_object(make_list());
  list_append(one.as<List>(), error(&exc_ValueError, "x"));
  EXPECT_EQ(raised(make({str_value("m")})),
            "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
  EXPECT_EQ(raised(make({make_int(1), one})),
            "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int");
  EXPECT_EQ(raised(make({str_value("m"), make_int(1)})),
            "TypeError: second argument (exceptions) must be a sequence");
  EXPECT_EQ(raised(make({str_value("m"), Value::from_object(make_list())})),
            "ValueError: second argument (exceptions) must be a non-empty sequence");
  EXPECT_EQ(raised(make({str_value("m"), Value::from_object(make_tuple({make_int(1)}))})),
            "ValueError: Item 0 of second argument (exceptions) is not an exception");
  Value base = Value::from_object(make_tuple({exception(&exc_KeyboardInterrupt, {})}));
  EXPECT_EQ(raised(make({str_value("m"), base})),
            "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
}

TEST_F(ExceptionsTest, BaseExceptionGroupOfExceptionsIsAnExceptionGroup) {
  Value plain = group(&exc_BaseExceptionGroup, "m", {error(&exc_ValueError, "v")});
  EXPECT_EQ(type_of(plain), &exc_ExceptionGroup);
  Value base = group(&exc_BaseExceptionGroup, "m", {exception(&exc_KeyboardInterrupt, {})});
  EXPECT_EQ(type_of(base), &exc_BaseExceptionGroup);
}

TEST_F(ExceptionsTest, ExceptionGroupHasTwoBases) {
  EXPECT_EQ(repr_string(Value::from_object(exc_ExceptionGroup.bases)),
            "(<class 'BaseExceptionGroup'>, <class 'Exception'>)");
  EXPECT_EQ(repr_string(Value::from_object(exc_ExceptionGroup.mro)),
            "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
            "<class 'BaseException'>, <class 'object'>)");
  EXPECT_TRUE(is_subtype(&exc_ExceptionGroup, &exc_Exception));
}

TEST_F(ExceptionsTest, GroupStrAndReprShowTheArgumentsAsGiven) {
  Value eg = group(&exc_ExceptionGroup, "msg", {error(&exc_ValueError, "a")});
  EXPECT_EQ(str_string(eg), "msg (1 sub-exception)");
  EXPECT_EQ(repr_string(eg), "ExceptionGroup('msg', [ValueError('a')])");
  Value two = group(&exc_ExceptionGroup, "two", {error(&exc_ValueError, "a"), error(&exc_TypeError, "b")});
  EXPECT_EQ(str_string(two), "two (2 sub-exceptions)");
}

TEST_F(ExceptionsTest, SplitKeepsTheTreeAndTheMetadata) {
  Value nested = group(&exc_ExceptionGroup, "nested",
                       {error(&exc_ValueError, "v2"), error(&exc_KeyError, "k")});
  Value eg = group(&exc_ExceptionGroup, "top",
                   {error(&exc_ValueError, "v1"), error(&exc_TypeError, "t1"), nested});
  Value cause = error(&exc_IndexError, "c");
  setattr(eg, intern("__cause__"), cause);
  Value rest;
  Value match = exception_group_split(eg, Value::from_object(&exc_ValueError), &rest);
  EXPECT_EQ(repr_string(match),
            "ExceptionGroup('top', [ValueError('v1'), ExceptionGroup('nested', [ValueError('v2')])])");
  EXPECT_EQ(repr_string(rest),
            "ExceptionGroup('top', [TypeError('t1'), ExceptionGroup('nested', [KeyError('k')])])");
  EXPECT_TRUE(getattr(match, intern("__cause__")).is(cause));
  EXPECT_TRUE(getattr(rest, intern("__cause__")).is(cause));

  // Every leaf matching still builds a new group (3.11); the group matching keeps it.
  Value every_leaf = Value::from_object(
      make_tuple({Value::from_object(&exc_ValueError), Value::from_object(&exc_TypeError),
                  Value::from_object(&exc_KeyError)}));
  EXPECT_FALSE(exception_group_split(eg, every_leaf, &rest).is(eg));
  EXPECT_TRUE(is_none(rest));
  EXPECT_TRUE(exception_group_split(eg, Value::from_object(&exc_ExceptionGroup), &rest).is(eg));
  EXPECT_TRUE(is_none(rest));
  EXPECT_TRUE(is_none(exception_group_split(eg, Value::from_object(&exc_OSError), nullptr)));
  EXPECT_EQ(raised([&] { exception_group_split(eg, make_int(1), nullptr); }),
            "TypeError: expected a function, exception type or tuple of exception types");
}

TEST_F(ExceptionsTest, ProjectionKeepsTheGivenLeaves) {
  Value v1 = error(&exc_ValueError, "v1");
  Value k = error(&exc_KeyError, "k");
  Value nested = group(&exc_ExceptionGroup, "nested", {error(&exc_ValueError, "v2"), k});
  Value eg = group(&exc_ExceptionGroup, "top", {v1, error(&exc_TypeError, "t1"), nested});
  gc::vector<Value> leaves;
  exception_group_collect_leaves(eg, leaves);
  EXPECT_EQ(leaves.size(), 4u);
  Value kept[2] = {v1, k};
  EXPECT_EQ(repr_string(exception_group_project(eg, kept, 2)),
            "ExceptionGroup('top', [ValueError('v1'), ExceptionGroup('nested', [KeyError('k')])])");
  Value stranger = error(&exc_ValueError, "v1");
  EXPECT_TRUE(is_none(exception_group_project(eg, &stranger, 1)));
}

TEST_F(ExceptionsTest, UnicodeErrorsQuoteTheOffendingCharacterOrByte) {
  auto encode = [](const char* text, int64_t start, int64_t end) {
    return str_string(exception(&exc_UnicodeEncodeError,
                                {str_value("ascii"), str_value(text), make_int(start),
                                 make_int(end), str_value("ordinal not in range(128)")}));
  };
  EXPECT_EQ(encode("h\xc3\xa9llo", 1, 2),
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
  EXPECT_EQ(encode("\xe2\x82\xac", 0, 1),
            "'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)");
  EXPECT_EQ(encode("\xf0\x9f\x98\x80", 0, 1),
            "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in "
            "range(128)");
  EXPECT_EQ(encode("ab", 0, 2),
            "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
  Value translate = exception(&exc_UnicodeTranslateError,
                              {str_value("\xe2\x82\xac"), make_int(0), make_int(1), str_value("r")});
  EXPECT_EQ(str_string(translate), "can't translate character '\\u20ac' in position 0: r");
}

TEST_F(ExceptionsTest, OSErrorPicksTheSubclassAndFormsItsStr) {
  Value missing = exception(&exc_OSError, {make_int(2), str_value("No such file"), str_value("f")});
  EXPECT_EQ(type_of(missing), &exc_FileNotFoundError);
  EXPECT_EQ(str_string(missing), "[Errno 2] No such file: 'f'");
  EXPECT_EQ(repr_string(missing), "FileNotFoundError(2, 'No such file')");
  Value six = exception(&exc_OSError, {make_int(1), make_int(2), make_int(3), make_int(4),
                                       make_int(5), make_int(6)});
  EXPECT_EQ(repr_string(six), "OSError(1, 2, 3, 4, 5, 6)");
  Value unknown_errno = exception(&exc_OSError, {none(), str_value("x")});
  EXPECT_EQ(str_string(unknown_errno), "[Errno None] x");
}

}  // namespace
}  // namespace krait
