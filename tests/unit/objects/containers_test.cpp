// The containers (tuple, list, dict, set, range, slice, the iterators),
// checked against what CPython 3.11 gives: reprs, hashes, iteration orders,
// error messages, and the mutation checks.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "vm/startup.h"

namespace krait {
namespace {

#include "set_order_cases.inc"

Value i(int64_t v) { return make_int(v); }
Value s(const char* text) { return str_value(text); }
Value obj(Object* o) { return Value::from_object(o); }
std::string r(Value v) { return repr_string(v); }

// The message of the Python exception a callable raises, as "Type: message".
template <class F>
std::string error_of(F body) {
  try {
    body();
  } catch (PyException&) {
    Value exception = take_current_exception();
    return type_name(exception) + ": " + str_string(exception);
  }
  return "no error";
}

std::vector<int64_t> int_items(Value iterable) {
  std::vector<int64_t> out;
  Value iterator = get_iter(iterable);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    int64_t v = 0;
    int_to_int64(item, v);
    out.push_back(v);
  }
  return out;
}

Value m(Value self, const char* name, std::initializer_list<Value> args) {
  return call_method(self, intern(name), args);
}

List* list_of(std::initializer_list<Value> items) {
  List* list = make_list();
  for (Value item : items) list_append(list, item);
  return list;
}

class Containers : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    start_runtime();
    // Until start-up readies them itself.
    if (!set_type.type) init_set_types();
    if (!range_type.type) init_range_types();
  }
};

TEST_F(Containers, TupleReprAndHashAreCPythons) {
  EXPECT_EQ(r(obj(make_tuple(0))), "()");
  EXPECT_EQ(r(obj(make_tuple({i(1)}))), "(1,)");
  EXPECT_EQ(r(obj(make_tuple({i(1), s("a")}))), "(1, 'a')");
  EXPECT_EQ(hash(obj(make_tuple(0))), 5740354900026072187);
  EXPECT_EQ(hash(obj(make_tuple({i(1), i(2)}))), -3550055125485641917);
  EXPECT_EQ(hash(obj(make_tuple({i(-1)}))), 8078679518589016365);
}

TEST_F(Containers, TupleComparesLexicographically) {
  Value a = obj(make_tuple({i(1), i(2)}));
  Value b = obj(make_tuple({i(1), i(3)}));
  Value c = obj(make_tuple({i(1)}));
  EXPECT_TRUE(compare_bool(a, b, CompareOp::Lt));
  EXPECT_TRUE(compare_bool(c, a, CompareOp::Lt));
  EXPECT_TRUE(equals(a, obj(make_tuple({i(1), i(2)}))));
  EXPECT_EQ(error_of([&] { compare(a, obj(make_tuple({i(1), s("x")})), CompareOp::Lt); }),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
}

TEST_F(Containers, ListBasicsAndMessages) {
  List* list = make_list();
  for (int k = 0; k < 1000; ++k) list_append(list, i(k));
  EXPECT_EQ(list->size, 1000u);
  EXPECT_EQ(r(getitem(obj(list), i(-1))), "999");
  EXPECT_EQ(error_of([&] { getitem(obj(list), i(1000)); }), "IndexError: list index out of range");
  EXPECT_EQ(error_of([&] { setitem(obj(list), i(1000), i(0)); }),
            "IndexError: list assignment index out of range");
  EXPECT_EQ(error_of([&] { getitem(obj(list), s("a")); }),
            "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(error_of([&] { binary_op(obj(list), i(1), BinaryOp::Add); }),
            "TypeError: can only concatenate list (not \"int\") to list");
  EXPECT_EQ(error_of([&] { hash(obj(list)); }), "TypeError: unhashable type: 'list'");
}

TEST_F(Containers, ListSliceAssignment) {
  List* list = make_list();
  for (int k = 0; k < 10; ++k) list_append(list, i(k));
  Value all = obj(list);
  setitem(all, obj(make_slice(i(2), i(5), none())), obj(make_tuple({s("x")})));
  EXPECT_EQ(r(all), "[0, 1, 'x', 5, 6, 7, 8, 9]");
  delitem(all, obj(make_slice(none(), none(), i(-3))));
  EXPECT_EQ(r(all), "[0, 'x', 5, 7, 8]");
  EXPECT_EQ(error_of([&] {
              setitem(all, obj(make_slice(none(), none(), i(2))), obj(make_tuple({i(1), i(2)})));
            }),
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 3");
  EXPECT_EQ(error_of([&] { setitem(all, obj(make_slice(none(), none(), none())), i(1)); }),
            "TypeError: can only assign an iterable");
  EXPECT_EQ(r(getitem(all, obj(make_slice(none(), none(), i(-2))))), "[8, 5, 0]");
}

TEST_F(Containers, RecursiveReprs) {
  List* list = make_list();
  list_append(list, i(1));
  list_append(list, obj(list));
  EXPECT_EQ(r(obj(list)), "[1, [...]]");
  Dict* dict = make_dict();
  dict_set(dict, s("me"), obj(dict));
  EXPECT_EQ(r(obj(dict)), "{'me': {...}}");
}

TEST_F(Containers, SortIsStableWithKeyAndReverse) {
  List* list = make_list();
  const int64_t values[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
  for (int64_t v : values) list_append(list, obj(make_tuple({i(v % 3), i(v)})));
  // Sort on the first item only: equal keys keep their order.
  Value first = obj(make_builtin_function(
      "first", [](Value, const Value* args, size_t, Tuple*) { return (*args[0].as<Tuple>())[0]; },
      none()));
  list_sort(list, first, false);
  EXPECT_EQ(r(obj(list)),
            "[(0, 3), (0, 9), (0, 6), (0, 3), (1, 1), (1, 4), (1, 1), (2, 5), (2, 2), (2, 5), "
            "(2, 5)]");
  list_sort(list, first, true);
  EXPECT_EQ(r(obj(list)),
            "[(2, 5), (2, 2), (2, 5), (2, 5), (1, 1), (1, 4), (1, 1), (0, 3), (0, 9), (0, 6), "
            "(0, 3)]");
  List* big = make_list();
  for (int64_t k = 0; k < 5000; ++k) list_append(big, i((k * 7919) % 5003));
  list_sort(big, Value::null(), false);
  for (size_t k = 1; k < big->size; ++k) {
    ASSERT_TRUE(compare_bool(big->items[k - 1], big->items[k], CompareOp::Le));
  }
}

List* sorted_list;

TEST_F(Containers, SortDetectsModification) {
  sorted_list = make_list();
  for (int64_t k = 0; k < 5; ++k) list_append(sorted_list, i(5 - k));
  Value appender = obj(make_builtin_function(
      "appender",
      [](Value, const Value* args, size_t, Tuple*) {
        list_append(sorted_list, i(0));
        return args[0];
      },
      none()));
  EXPECT_EQ(error_of([&] { list_sort(sorted_list, appender, false); }),
            "ValueError: list modified during sort");
  EXPECT_EQ(r(obj(sorted_list)), "[1, 2, 3, 4, 5]");
}

TEST_F(Containers, DictKeepsInsertionOrderAcrossDeletesAndGrowth) {
  Dict* dict = make_dict();
  uint64_t version = dict->version;
  for (int64_t k = 0; k < 100; ++k) dict_set(dict, i(k * 37 % 101), i(k));
  EXPECT_NE(dict->version, version);
  for (int64_t k = 0; k < 100; k += 2) EXPECT_TRUE(dict_delete(dict, i(k * 37 % 101)));
  EXPECT_EQ(dict_size(dict), 50u);
  std::vector<int64_t> keys = int_items(obj(dict));
  ASSERT_EQ(keys.size(), 50u);
  for (size_t k = 0; k < keys.size(); ++k) EXPECT_EQ(keys[k], int64_t((2 * k + 1) * 37 % 101));
  EXPECT_TRUE(dict_get(dict, i(0)).is_null());
  EXPECT_EQ(r(dict_get(dict, i(37))), "1");
}

TEST_F(Containers, DictStrLookupAndPopitem) {
  Dict* dict = make_dict();
  dict_set_str(dict, intern("alpha"), i(1));
  dict_set(dict, s("beta"), i(2));
  EXPECT_EQ(r(dict_get_str(dict, make_str("alpha"))), "1");
  EXPECT_EQ(r(dict_get_str(dict, intern("beta"))), "2");
  EXPECT_TRUE(dict_get_str(dict, intern("gamma")).is_null());
  // 1 and 1.0 are one key.
  dict_set(dict, i(1), s("int"));
  dict_set(dict, make_float(1.0), s("float"));
  EXPECT_EQ(r(obj(dict)), "{'alpha': 1, 'beta': 2, 1: 'float'}");
  Value popitem = getattr(obj(dict), intern("popitem"));
  EXPECT_EQ(r(call(popitem, nullptr, 0)), "(1, 'float')");
  EXPECT_EQ(r(call(popitem, nullptr, 0)), "('beta', 2)");
  call(popitem, nullptr, 0);
  EXPECT_EQ(error_of([&] { call(popitem, nullptr, 0); }),
            "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(error_of([&] { getitem(obj(dict), s("x")); }), "KeyError: 'x'");
}

TEST_F(Containers, DictIterationChecksMutation) {
  Dict* dict = make_dict();
  dict_set(dict, i(1), i(1));
  Value iterator = get_iter(obj(dict));
  dict_set(dict, i(2), i(2));
  EXPECT_EQ(error_of([&] { iter_next(iterator); }),
            "RuntimeError: dictionary changed size during iteration");
  Dict* other = make_dict();
  dict_set(other, i(1), i(1));
  Value keys_iterator = get_iter(obj(other));
  EXPECT_EQ(r(iter_next(keys_iterator)), "1");
  dict_delete(other, i(1));
  dict_set(other, i(2), i(1));
  EXPECT_EQ(error_of([&] { iter_next(keys_iterator); }),
            "RuntimeError: dictionary keys changed during iteration");
}

TEST_F(Containers, DictViewsReprAndSetOperations) {
  Dict* dict = make_dict();
  dict_set(dict, i(1), i(2));
  Value keys = call_method(obj(dict), intern("keys"), {});
  Value items = call_method(obj(dict), intern("items"), {});
  EXPECT_EQ(r(keys), "dict_keys([1])");
  EXPECT_EQ(r(items), "dict_items([(1, 2)])");
  EXPECT_EQ(r(call_method(obj(dict), intern("values"), {})), "dict_values([2])");
  List* three = make_list();
  list_append(three, i(3));
  EXPECT_EQ(r(binary_op(keys, obj(three), BinaryOp::Or)), "{1, 3}");
  EXPECT_EQ(r(binary_op(obj(three), keys, BinaryOp::Xor)), "{1, 3}");
  EXPECT_EQ(r(binary_op(keys, obj(three), BinaryOp::And)), "set()");
}

TEST_F(Containers, SetIterationOrderMatchesCPython) {
  for (const SetCase& c : set_cases()) {
    Set* set = make_set();
    for (auto [add, v] : c.ops) {
      if (add) {
        set_add(set, i(v));
      } else {
        set_discard(set, i(v));
      }
    }
    EXPECT_EQ(int_items(obj(set)), c.order);
    EXPECT_EQ(int_items(obj(set_from_iterable(obj(set)))), c.copy_order);
  }
  List* list = make_list();
  for (int64_t v : {5, 3, 100, 7, 1000, -4}) list_append(list, i(v));
  EXPECT_EQ(int_items(obj(set_from_iterable(obj(list)))),
            (std::vector<int64_t>{3, 100, 5, 7, 1000, -4}));
}

TEST_F(Containers, FrozensetHashAndReprs) {
  EXPECT_EQ(hash(obj(make_frozenset())), 133146708735736);
  List* list = make_list();
  for (int64_t v : {1, 2, 3}) list_append(list, i(v));
  EXPECT_EQ(hash(obj(frozenset_from_iterable(obj(list)))), -272375401224217160);
  List* hundred = make_list();
  for (int64_t v = 0; v < 100; ++v) list_append(hundred, i(v));
  EXPECT_EQ(hash(obj(frozenset_from_iterable(obj(hundred)))), 4411996150312757951);
  EXPECT_EQ(r(obj(make_set())), "set()");
  EXPECT_EQ(r(obj(make_frozenset())), "frozenset()");
  EXPECT_EQ(r(obj(frozenset_from_iterable(obj(list)))), "frozenset({1, 2, 3})");
  EXPECT_EQ(r(obj(set_from_iterable(obj(list)))), "{1, 2, 3}");
  Set* empty = make_set();
  EXPECT_EQ(error_of([&] { call_method(obj(empty), intern("pop"), {}); }),
            "KeyError: 'pop from an empty set'");
  EXPECT_EQ(error_of([&] { hash(obj(empty)); }), "TypeError: unhashable type: 'set'");
}

TEST_F(Containers, RangeArithmetic) {
  Range* range = make_range(i(0), i(10), i(3));
  EXPECT_EQ(r(obj(range)), "range(0, 10, 3)");
  EXPECT_EQ(length(obj(range)), 4);
  EXPECT_EQ(int_items(obj(range)), (std::vector<int64_t>{0, 3, 6, 9}));
  EXPECT_EQ(r(getitem(obj(range), obj(make_slice(i(-1), i(0), i(-2))))), "range(9, 0, -6)");
  EXPECT_TRUE(contains(obj(range), i(6)));
  EXPECT_FALSE(contains(obj(range), i(7)));
  EXPECT_EQ(hash(obj(make_range(i(0), i(3), i(1)))), -8338477496398685190);
  // hash(range(0)) hashes None, whose hash is its address in 3.11.
  EXPECT_EQ(hash(obj(make_range(i(0), i(0), i(1)))),
            hash(obj(make_tuple({i(0), none(), none()}))));
  EXPECT_EQ(error_of([&] { getitem(obj(range), i(4)); }),
            "IndexError: range object index out of range");
  Value huge = int_from_decimal_digits("100000000000000000000");
  Range* big = make_range(i(0), huge, i(1));
  EXPECT_EQ(r(getitem(obj(big), i(-1))), "99999999999999999999");
  EXPECT_EQ(error_of([&] { length(obj(big)); }),
            "OverflowError: Python int too large to convert to C ssize_t");
}

TEST_F(Containers, SliceArithmetic) {
  int64_t start, stop, step;
  slice_unpack(make_slice(none(), none(), i(-1)), &start, &stop, &step);
  EXPECT_EQ(slice_adjust_indices(5, &start, &stop, step), 5);
  EXPECT_EQ(start, 4);
  EXPECT_EQ(stop, -1);
  EXPECT_EQ(r(obj(make_slice(i(1), i(2), none()))), "slice(1, 2, None)");
  EXPECT_EQ(error_of([&] { slice_unpack(make_slice(none(), none(), i(0)), &start, &stop, &step); }),
            "ValueError: slice step cannot be zero");
}

TEST_F(Containers, ZipStrictMessages) {
  List* one = make_list();
  list_append(one, i(1));
  List* two = make_list();
  list_append(two, i(1));
  list_append(two, i(2));
  Value strict_name = obj(make_tuple({s("strict")}));
  Value args[3] = {obj(one), obj(two), make_bool(true)};
  Value zip = call(obj(&zip_type), args, 2, strict_name.as<Tuple>());
  EXPECT_EQ(r(iter_next(zip)), "(1, 1)");
  EXPECT_EQ(error_of([&] { iter_next(zip); }),
            "ValueError: zip() argument 2 is longer than argument 1");
}

TEST_F(Containers, ListMethods) {
  Value list = obj(list_of({i(3), i(1), i(2)}));
  m(list, "append", {i(1)});
  m(list, "insert", {i(-100), s("a")});
  EXPECT_EQ(r(list), "['a', 3, 1, 2, 1]");
  EXPECT_EQ(r(m(list, "pop", {i(0)})), "'a'");
  EXPECT_EQ(r(m(list, "index", {i(1)})), "1");
  EXPECT_EQ(r(m(list, "index", {i(1), i(2)})), "3");
  EXPECT_EQ(r(m(list, "count", {i(1)})), "2");
  m(list, "remove", {i(1)});
  m(list, "reverse", {});
  EXPECT_EQ(r(list), "[1, 2, 3]");
  m(list, "extend", {obj(make_range(i(0), i(2), i(1)))});
  EXPECT_EQ(r(m(list, "copy", {})), "[1, 2, 3, 0, 1]");
  EXPECT_EQ(r(binary_op(list, i(2), BinaryOp::Multiply)), "[1, 2, 3, 0, 1, 1, 2, 3, 0, 1]");
  EXPECT_EQ(r(binary_op(i(0), list, BinaryOp::Multiply)), "[]");
  EXPECT_EQ(error_of([&] { m(list, "index", {i(9)}); }), "ValueError: 9 is not in list");
  EXPECT_EQ(error_of([&] { m(list, "remove", {i(9)}); }),
            "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(error_of([&] { m(list, "pop", {i(9)}); }), "IndexError: pop index out of range");
  EXPECT_EQ(error_of([&] { m(obj(make_list()), "pop", {}); }), "IndexError: pop from empty list");
  EXPECT_EQ(error_of([&] { binary_op(list, s("a"), BinaryOp::Multiply); }),
            "TypeError: can't multiply sequence by non-int of type 'str'");
  m(list, "clear", {});
  EXPECT_EQ(r(list), "[]");
  Value reversed = m(obj(list_of({i(1), i(2)})), "__reversed__", {});
  EXPECT_EQ(int_items(reversed), (std::vector<int64_t>{2, 1}));
}

TEST_F(Containers, TupleMethods) {
  Value tuple = obj(make_tuple({i(1), i(2), i(1)}));
  EXPECT_EQ(r(m(tuple, "count", {i(1)})), "2");
  EXPECT_EQ(r(m(tuple, "index", {i(2)})), "1");
  EXPECT_EQ(error_of([&] { m(tuple, "index", {i(5)}); }),
            "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(r(binary_op(tuple, obj(make_tuple({i(4)})), BinaryOp::Add)), "(1, 2, 1, 4)");
  EXPECT_EQ(r(getitem(tuple, obj(make_slice(none(), none(), i(-1))))), "(1, 2, 1)");
  EXPECT_EQ(error_of([&] { binary_op(tuple, i(1), BinaryOp::Add); }),
            "TypeError: can only concatenate tuple (not \"int\") to tuple");
  EXPECT_EQ(error_of([&] { getitem(tuple, i(3)); }), "IndexError: tuple index out of range");
}

TEST_F(Containers, DictMethods) {
  Value dict = obj(make_dict());
  EXPECT_EQ(r(m(dict, "setdefault", {s("a"), i(1)})), "1");
  EXPECT_EQ(r(m(dict, "setdefault", {s("a"), i(2)})), "1");
  EXPECT_EQ(r(m(dict, "get", {s("b")})), "None");
  EXPECT_EQ(r(m(dict, "get", {s("b"), i(0)})), "0");
  m(dict, "update", {obj(list_of({obj(make_tuple({s("b"), i(2)})), obj(list_of({i(3), i(4)}))}))});
  EXPECT_EQ(r(dict), "{'a': 1, 'b': 2, 3: 4}");
  EXPECT_EQ(r(m(dict, "pop", {i(3)})), "4");
  EXPECT_EQ(r(m(dict, "pop", {i(3), s("gone")})), "'gone'");
  EXPECT_EQ(error_of([&] { m(dict, "pop", {i(3)}); }), "KeyError: 3");
  EXPECT_EQ(error_of([&] { m(dict, "update", {obj(list_of({i(1)}))}); }),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_EQ(error_of([&] { m(dict, "update", {obj(list_of({obj(make_tuple({i(1)}))}))}); }),
            "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
  Value copy = m(dict, "copy", {});
  EXPECT_TRUE(equals(copy, dict));
  EXPECT_EQ(r(binary_op(dict, obj(make_dict()), BinaryOp::Or)), "{'a': 1, 'b': 2}");
  Value keys = obj(list_of({i(1), i(2)}));
  EXPECT_EQ(r(call(getattr(obj(&dict_type), intern("fromkeys")), {keys})), "{1: None, 2: None}");
  EXPECT_EQ(int_items(m(obj(dict_copy(make_dict())), "__reversed__", {})),
            std::vector<int64_t>{});
  Dict* numbers = make_dict();
  for (int64_t k = 0; k < 4; ++k) dict_set(numbers, i(k), i(k * k));
  EXPECT_EQ(int_items(m(obj(numbers), "__reversed__", {})), (std::vector<int64_t>{3, 2, 1, 0}));
  EXPECT_EQ(int_items(m(obj(numbers), "values", {})), (std::vector<int64_t>{0, 1, 4, 9}));
  m(dict, "clear", {});
  EXPECT_EQ(r(dict), "{}");
}

TEST_F(Containers, SetMethodsAndOperators) {
  Value a = obj(set_from_iterable(obj(list_of({i(1), i(2), i(3)}))));
  Value b = obj(set_from_iterable(obj(list_of({i(2), i(3), i(4)}))));
  EXPECT_EQ(r(binary_op(a, b, BinaryOp::Or)), "{1, 2, 3, 4}");
  EXPECT_EQ(r(binary_op(a, b, BinaryOp::And)), "{2, 3}");
  EXPECT_EQ(r(binary_op(a, b, BinaryOp::Subtract)), "{1}");
  EXPECT_EQ(r(binary_op(a, b, BinaryOp::Xor)), "{1, 4}");
  EXPECT_EQ(r(m(a, "union", {obj(list_of({i(9)})), b})), "{1, 2, 3, 4, 9}");
  EXPECT_EQ(r(m(a, "intersection", {b, obj(list_of({i(3)}))})), "{3}");
  EXPECT_EQ(r(m(a, "difference", {obj(list_of({i(1)})), obj(list_of({i(2)}))})), "{3}");
  EXPECT_EQ(r(m(a, "issubset", {obj(make_range(i(0), i(5), i(1)))})), "True");
  EXPECT_EQ(r(m(a, "issuperset", {obj(list_of({i(1)}))})), "True");
  EXPECT_EQ(r(m(a, "isdisjoint", {b})), "False");
  EXPECT_TRUE(compare_bool(obj(set_from_iterable(obj(list_of({i(2)})))), a, CompareOp::Lt));
  EXPECT_FALSE(compare_bool(a, b, CompareOp::Le));
  Value frozen = obj(frozenset_from_iterable(a));
  EXPECT_TRUE(equals(frozen, a));
  EXPECT_EQ(r(binary_op(frozen, b, BinaryOp::And)), "frozenset({2, 3})");
  // A set is looked up in a set as the equal frozenset.
  Value nested = obj(set_from_iterable(obj(list_of({frozen}))));
  EXPECT_TRUE(contains(nested, a));
  m(a, "add", {i(7)});
  m(a, "discard", {i(1)});
  EXPECT_EQ(error_of([&] { m(a, "remove", {i(1)}); }), "KeyError: 1");
  EXPECT_EQ(r(a), "{2, 3, 7}");
  m(a, "symmetric_difference_update", {b});
  EXPECT_EQ(r(a), "{4, 7}");
  m(a, "intersection_update", {obj(list_of({i(7)}))});
  EXPECT_EQ(r(a), "{7}");
  EXPECT_EQ(r(m(a, "pop", {})), "7");
  EXPECT_EQ(error_of([&] { m(a, "add", {obj(make_list())}); }),
            "TypeError: unhashable type: 'list'");
  Value iterator = get_iter(b);
  m(b, "add", {i(100)});
  EXPECT_EQ(error_of([&] { iter_next(iterator); }),
            "RuntimeError: Set changed size during iteration");
}

TEST_F(Containers, RangeMethods) {
  Value range = obj(make_range(i(10), i(0), i(-3)));
  EXPECT_EQ(r(range), "range(10, 0, -3)");
  EXPECT_EQ(int_items(range), (std::vector<int64_t>{10, 7, 4, 1}));
  EXPECT_EQ(int_items(m(range, "__reversed__", {})), (std::vector<int64_t>{1, 4, 7, 10}));
  EXPECT_EQ(r(m(range, "index", {i(4)})), "2");
  EXPECT_EQ(r(m(range, "count", {i(5)})), "0");
  EXPECT_EQ(error_of([&] { m(range, "index", {i(5)}); }), "ValueError: 5 is not in range");
  EXPECT_TRUE(equals(obj(make_range(i(0), i(3), i(5))), obj(make_range(i(0), i(2), i(7)))));
  EXPECT_EQ(error_of([&] { make_range(i(0), i(1), i(0)); }),
            "ValueError: range() arg 3 must not be zero");
}

TEST_F(Containers, IteratorBuiltins) {
  Value letters = obj(list_of({s("a"), s("b")}));
  Value enumerate = call(obj(&enumerate_type), {letters, i(5)});
  EXPECT_EQ(r(obj(list_from_iterable(enumerate))), "[(5, 'a'), (6, 'b')]");
  Value reversed = call(obj(&reversed_type), {obj(make_tuple({i(1), i(2)}))});
  EXPECT_EQ(r(obj(list_from_iterable(reversed))), "[2, 1]");
  EXPECT_EQ(error_of([&] { call(obj(&reversed_type), {i(1)}); }),
            "TypeError: 'int' object is not reversible");
  Value filter = call(obj(&filter_type), {none(), obj(list_of({i(0), i(1), s(""), s("x")}))});
  EXPECT_EQ(r(obj(list_from_iterable(filter))), "[1, 'x']");
  EXPECT_EQ(error_of([&] { call(obj(&map_type), {none()}); }),
            "TypeError: map() must have at least two arguments.");
  Value zip = call(obj(&zip_type), {letters, obj(make_range(i(0), i(5), i(1)))});
  EXPECT_EQ(r(obj(list_from_iterable(zip))), "[('a', 0), ('b', 1)]");
}

}  // namespace
}  // namespace krait
