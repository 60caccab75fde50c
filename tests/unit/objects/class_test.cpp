// Python classes built through type(name, bases, dict) with native methods:
// MRO, layout and __slots__ checks, slot trampolines, super, property.
#include <gtest/gtest.h>

#include <string>

#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "vm/startup.h"

namespace krait {
namespace {

// The runtime, with the class machinery's types and hooks (start-up may not
// ready them yet).
void start_object_model() {
  start_runtime();
  if (!type_attribute_changed) init_class_types();
}

class ClassTest : public ::testing::Test {
 protected:
  void SetUp() override { start_object_model(); }
};

Value str_of(const char* text) { return str_value(text); }

// type(name, bases, namespace) through the type object, as Python code calls it.
Value make(const char* name, std::initializer_list<Value> bases, Dict* ns = nullptr) {
  if (!ns) ns = make_dict();
  if (dict_get_str(ns, names.dunder_module).is_null()) {
    dict_set_str(ns, names.dunder_module, str_of("test"));
  }
  Value args[3] = {str_of(name), Value::from_object(make_tuple(bases)), Value::from_object(ns)};
  return call(Value::from_object(&type_type), args, 3);
}

// A native function usable as a method: a method descriptor that accepts any self.
Value method(const char* name, NativeFn function) {
  return make_method_descriptor(&object_type, MethodDef{name, function});
}

template <class Body>
std::string raised(Type* expected, Body body) {
  try {
    body();
  } catch (const PyException&) {
    EXPECT_TRUE(current_exception_matches(expected));
    Value exception = take_current_exception();
    return str_string(exception);
  }
  return "<no exception>";
}

std::string mro_names(Value type) {
  std::string out;
  Tuple* mro = type.as<Type>()->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    if (i) out += " ";
    out += std::string((*mro)[i].as<Type>()->name->view());
  }
  return out;
}

TEST_F(ClassTest, LinearisesDiamondsWithC3) {
  Value a = make("A", {});
  Value b = make("B", {a});
  Value c = make("C", {a});
  Value d = make("D", {b, c});
  EXPECT_EQ(mro_names(d), "D B C A object");
  Value mro = call_method(d, intern("mro"), {});
  EXPECT_EQ(repr_string(mro).substr(0, 22), "[<class 'test.D'>, <cl");
}

TEST_F(ClassTest, ReportsInconsistentAndDuplicateBases) {
  Value a = make("A", {});
  Value b = make("B", {a});
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("X", {a, b}); }),
            "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("S", {a, a}); }), "duplicate base class A");
}

TEST_F(ClassTest, ChecksMetaclassesAndAcceptableBases) {
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("X", {make_int(1)}); }),
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases");
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("X", {Value::from_object(&bool_type)}); }),
            "type 'bool' is not an acceptable base type");
  Value meta = make("Meta", {Value::from_object(&type_type)});
  Value with_meta = call(meta, {str_of("M"), Value::from_object(make_tuple(0)),
                                Value::from_object(make_dict())});
  Value derived = make("Derived", {with_meta});
  EXPECT_TRUE(type_of(derived) == meta.as<Type>());
}

TEST_F(ClassTest, LaysOutSlotsAfterTheBase) {
  Dict* ns = make_dict();
  dict_set_str(ns, names.dunder_slots, Value::from_object(make_tuple({str_of("b"), str_of("a")})));
  Value p = make("P", {}, ns);
  Type* type = p.as<Type>();
  EXPECT_FALSE(type->flags & kTypeHasInstanceDict);
  EXPECT_EQ(type->basic_size, sizeof(Object) + 2 * sizeof(Value));
  Value instance = call(p, {});
  setattr(instance, intern("a"), make_int(5));
  EXPECT_EQ(getattr(instance, intern("a")).as_small_int(), 5);
  EXPECT_EQ(raised(&exc_AttributeError, [&] { setattr(instance, intern("c"), none()); }),
            "'P' object has no attribute 'c'");
  EXPECT_EQ(raised(&exc_AttributeError, [&] { getattr(instance, intern("b")); }),
            "'P' object has no attribute 'b'");
  EXPECT_EQ(raised(&exc_AttributeError, [&] { delattr(instance, intern("b")); }), "b");

  Dict* other = make_dict();
  dict_set_str(other, names.dunder_slots, str_of("c"));
  Value q = make("Q", {}, other);
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("R", {p, q}); }),
            "multiple bases have instance lay-out conflict");
}

TEST_F(ClassTest, RejectsBadSlots) {
  Dict* ns = make_dict();
  dict_set_str(ns, names.dunder_slots, Value::from_object(make_tuple({make_int(1)})));
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("B", {}, ns); }),
            "__slots__ items must be strings, not 'int'");
  dict_set_str(ns, names.dunder_slots, str_of("not valid"));
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("B", {}, ns); }), "__slots__ must be identifiers");
  dict_set_str(ns, names.dunder_slots, str_of("x"));
  dict_set_str(ns, intern("x"), make_int(1));
  EXPECT_EQ(raised(&exc_ValueError, [&] { make("B", {}, ns); }),
            "'x' in __slots__ conflicts with class variable");
  Dict* int_ns = make_dict();
  dict_set_str(int_ns, names.dunder_slots, str_of("x"));
  EXPECT_EQ(raised(&exc_TypeError, [&] { make("I", {Value::from_object(&int_type)}, int_ns); }),
            "nonempty __slots__ not supported for subtype of 'int'");
}

TEST_F(ClassTest, OrdersTheClassDictAsCPython) {
  Dict* ns = make_dict();
  dict_set_str(ns, names.dunder_module, str_of("test"));
  dict_set_str(ns, intern("x"), make_int(1));
  Value a = make("A", {}, ns);
  Value keys = Value::from_object(list_from_iterable(Value::from_object(a.as<Type>()->dict)));
  EXPECT_EQ(repr_string(keys), "['__module__', 'x', '__dict__', '__weakref__', '__doc__']");
}

Value repr_method(Value self, const Value*, size_t, Tuple*) { return str_value("<R>"); }
Value add_method(Value self, const Value* args, size_t, Tuple*) {
  return is_int(args[0]) ? str_value("add") : not_implemented();
}
Value radd_method(Value self, const Value* args, size_t, Tuple*) { return str_value("radd"); }
Value negative_len(Value, const Value*, size_t, Tuple*) { return make_int(-1); }
Value int_result(Value, const Value*, size_t, Tuple*) { return make_int(1); }
Value eq_method(Value, const Value*, size_t, Tuple*) { return make_bool(true); }

TEST_F(ClassTest, FillsSlotsWithTrampolines) {
  Dict* ns = make_dict();
  dict_set_str(ns, names.dunder_repr, method("__repr__", repr_method));
  dict_set_str(ns, names.dunder_add, method("__add__", add_method));
  dict_set_str(ns, names.dunder_radd, method("__radd__", radd_method));
  dict_set_str(ns, names.dunder_len, method("__len__", negative_len));
  dict_set_str(ns, names.dunder_bool, method("__bool__", int_result));
  Value c = make("C", {}, ns);
  Value instance = call(c, {});
  EXPECT_EQ(repr_string(instance), "<R>");
  EXPECT_EQ(str_string(instance), "<R>");
  EXPECT_EQ(str_string(binary_op(instance, make_int(1), BinaryOp::Add)), "add");
  EXPECT_EQ(str_string(binary_op(make_int(1), instance, BinaryOp::Add)), "radd");
  EXPECT_EQ(raised(&exc_TypeError, [&] { binary_op(instance, str_of("s"), BinaryOp::Add); }),
            "unsupported operand type(s) for +: 'C' and 'str'");
  EXPECT_EQ(raised(&exc_ValueError, [&] { length(instance); }), "__len__() should return >= 0");
  EXPECT_EQ(raised(&exc_TypeError, [&] { truthy(instance); }),
            "__bool__ should return bool, returned int");
  EXPECT_EQ(raised(&exc_TypeError, [&] { unary_op(instance, UnaryOp::Negative); }),
            "bad operand type for unary -: 'C'");
}

TEST_F(ClassTest, EqWithoutHashMakesInstancesUnhashable) {
  Dict* ns = make_dict();
  dict_set_str(ns, names.dunder_eq, method("__eq__", eq_method));
  Value c = make("C", {}, ns);
  EXPECT_TRUE(is_none(dict_get_str(c.as<Type>()->dict, names.dunder_hash)));
  Value instance = call(c, {});
  EXPECT_EQ(raised(&exc_TypeError, [&] { hash(instance); }), "unhashable type: 'C'");
  EXPECT_TRUE(compare_bool(instance, make_int(3), CompareOp::Eq));
  EXPECT_FALSE(compare_bool(instance, make_int(3), CompareOp::Ne));
}

TEST_F(ClassTest, AssigningADunderLaterUpdatesSubclassSlots) {
  Value base = make("Base", {});
  Value derived = make("Derived", {base});
  Value instance = call(derived, {});
  EXPECT_EQ(repr_string(instance).substr(0, 21), "<test.Derived object ");
  setattr(base, names.dunder_repr, method("__repr__", repr_method));
  EXPECT_EQ(repr_string(instance), "<R>");
  delattr(base, names.dunder_repr);
  EXPECT_EQ(repr_string(instance).substr(0, 21), "<test.Derived object ");
}

Value who(Value self, const Value*, size_t, Tuple*) { return str_value("A.who"); }

TEST_F(ClassTest, SuperStartsAfterTheGivenClass) {
  Dict* ns = make_dict();
  dict_set_str(ns, intern("who"), method("who", who));
  Value a = make("A", {}, ns);
  Value b = make("B", {a});
  Value instance = call(b, {});
  Value sup = call(Value::from_object(&super_type), {b, instance});
  EXPECT_EQ(str_string(call_method(sup, intern("who"), {})), "A.who");
  EXPECT_EQ(repr_string(sup), "<super: <class 'B'>, <B object>>");
  EXPECT_EQ(raised(&exc_AttributeError, [&] { getattr(sup, intern("nothing")); }),
            "'super' object has no attribute 'nothing'");
  EXPECT_EQ(raised(&exc_TypeError, [&] {
              call(Value::from_object(&super_type), {a, make_int(1)});
            }),
            "super(type, obj): obj must be an instance or subtype of type");
  EXPECT_EQ(raised(&exc_TypeError, [&] {
              call(Value::from_object(&super_type), {make_int(1), make_int(2)});
            }),
            "super() argument 1 must be a type, not int");
}

Value getter(Value, const Value* args, size_t, Tuple*) { return make_int(42); }

TEST_F(ClassTest, PropertiesReportMissingAccessors) {
  Value prop = call(Value::from_object(&property_type), {method("g", getter)});
  Dict* ns = make_dict();
  dict_set_str(ns, intern("x"), prop);
  Value c = make("C", {}, ns);
  Value instance = call(c, {});
  EXPECT_EQ(getattr(instance, intern("x")).as_small_int(), 42);
  EXPECT_EQ(raised(&exc_AttributeError, [&] { setattr(instance, intern("x"), none()); }),
            "property 'x' of 'C' object has no setter");
  Value late = call(Value::from_object(&property_type), {});
  setattr(c, intern("y"), late);
  EXPECT_EQ(raised(&exc_AttributeError, [&] { getattr(instance, intern("y")); }),
            "property of 'C' object has no getter");
}

TEST_F(ClassTest, InitSubclassRejectsKeywordsByDefault) {
  Value args[4] = {str_of("U"), Value::from_object(make_tuple(0)),
                   Value::from_object(make_dict()), make_int(1)};
  EXPECT_EQ(raised(&exc_TypeError, [&] {
              call(Value::from_object(&type_type), args, 3, make_tuple({str_of("k")}));
            }),
            "U.__init_subclass__() takes no keyword arguments");
}

TEST_F(ClassTest, ClassAssignmentChecksLayout) {
  Dict* ns1 = make_dict();
  dict_set_str(ns1, names.dunder_slots, str_of("a"));
  Dict* ns2 = make_dict();
  dict_set_str(ns2, names.dunder_slots, str_of("b"));
  Value s1 = make("S1", {}, ns1);
  Value s2 = make("S2", {}, ns2);
  Value instance = call(s1, {});
  EXPECT_EQ(raised(&exc_TypeError, [&] { setattr(instance, names.dunder_class, s2); }),
            "__class__ assignment: 'S2' object layout differs from 'S1'");
  EXPECT_EQ(raised(&exc_TypeError,
                   [&] { setattr(instance, names.dunder_class, Value::from_object(&int_type)); }),
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
  Value cat = make("Cat", {});
  Value dog = make("Dog", {});
  Value pet = call(cat, {});
  setattr(pet, names.dunder_class, dog);
  EXPECT_TRUE(type_of(pet) == dog.as<Type>());
}

TEST_F(ClassTest, AbstractMethodsBlockInstantiationOnlyWhenAssigned) {
  Value a = make("A", {});
  EXPECT_EQ(raised(&exc_AttributeError, [&] { getattr(a, names.dunder_abstractmethods); }),
            "__abstractmethods__");
  setattr(a, names.dunder_abstractmethods,
          Value::from_object(make_tuple({str_of("g"), str_of("f")})));
  EXPECT_EQ(raised(&exc_TypeError, [&] { call(a, {}); }),
            "Can't instantiate abstract class A with abstract methods f, g");
  setattr(a, names.dunder_abstractmethods, Value::from_object(make_tuple(0)));
  call(a, {});
}


TEST_F(ClassTest, TypeDictIsAReadOnlyMappingProxy) {
  Dict* ns = make_dict();
  dict_set_str(ns, intern("attr"), make_int(7));
  Value c = make("C", {}, ns);
  Value proxy = getattr(c, names.dunder_dict);
  EXPECT_EQ(type_name(proxy), "mappingproxy");
  EXPECT_EQ(repr_string(proxy).substr(0, 14), "mappingproxy({");
  EXPECT_EQ(getitem(proxy, str_of("attr")).as_small_int(), 7);
  EXPECT_TRUE(contains(proxy, str_of("attr")));
  EXPECT_FALSE(contains(proxy, str_of("missing")));
  EXPECT_EQ(raised(&exc_TypeError, [&] { setitem(proxy, str_of("x"), none()); }),
            "'mappingproxy' object does not support item assignment");
  EXPECT_EQ(raised(&exc_KeyError, [&] { getitem(proxy, str_of("missing")); }), "'missing'");
  Value merged = binary_op(proxy, Value::from_object(make_dict()), BinaryOp::Or);
  EXPECT_EQ(type_name(merged), "dict");
  EXPECT_EQ(raised(&exc_TypeError, [&] { inplace_op(proxy, merged, BinaryOp::Or); }),
            "'|=' is not supported by mappingproxy; use '|' instead");
  Value copy = call_method(proxy, intern("copy"), {});
  EXPECT_EQ(type_name(copy), "dict");
  EXPECT_EQ(length(proxy), length(copy));
}

TEST_F(ClassTest, SubscriptedBuiltinsAreGenericAliases) {
  Value list_class = Value::from_object(&list_type);
  Value int_class = Value::from_object(&int_type);
  Value str_class = Value::from_object(&str_type);
  Value alias = getitem(list_class, int_class);
  EXPECT_EQ(repr_string(alias), "list[int]");
  EXPECT_EQ(repr_string(Value::from_object(type_of(alias))), "<class 'types.GenericAlias'>");
  EXPECT_EQ(repr_string(getitem(Value::from_object(&dict_type),
                                Value::from_object(make_tuple({str_class, alias})))),
            "dict[str, list[int]]");
  EXPECT_EQ(repr_string(getitem(Value::from_object(&type_type), int_class)), "type[int]");
  EXPECT_EQ(repr_string(getitem(Value::from_object(&tuple_type),
                                Value::from_object(make_tuple({int_class, ellipsis()})))),
            "tuple[int, ...]");
  EXPECT_TRUE(getattr(alias, intern("__origin__")).is(list_class));
  EXPECT_EQ(repr_string(getattr(alias, intern("__args__"))), "(<class 'int'>,)");
  EXPECT_TRUE(equals(alias, getitem(list_class, int_class)));
  EXPECT_EQ(hash(alias), hash(getitem(list_class, int_class)));
  EXPECT_FALSE(equals(alias, list_class));
  EXPECT_EQ(repr_string(call(alias, {})), "[]");
  EXPECT_EQ(raised(&exc_TypeError, [&] { isinstance(call(alias, {}), alias); }),
            "isinstance() argument 2 cannot be a parameterized generic");
  EXPECT_EQ(raised(&exc_TypeError, [&] { getitem(alias, int_class); }),
            "list[int] is not a generic class");
  EXPECT_EQ(raised(&exc_TypeError, [&] { getitem(Value::from_object(&object_type), int_class); }),
            "type 'object' is not subscriptable");
}

TEST_F(ClassTest, OrOfTypesIsAUnion) {
  Value int_class = Value::from_object(&int_type);
  Value str_class = Value::from_object(&str_type);
  Value either = binary_op(int_class, str_class, BinaryOp::Or);
  EXPECT_EQ(repr_string(either), "int | str");
  EXPECT_EQ(repr_string(Value::from_object(type_of(either))), "<class 'types.UnionType'>");
  EXPECT_EQ(repr_string(binary_op(int_class, none(), BinaryOp::Or)), "int | None");
  EXPECT_TRUE(binary_op(int_class, int_class, BinaryOp::Or).is(int_class));
  Value three = binary_op(either, Value::from_object(&float_type), BinaryOp::Or);
  EXPECT_EQ(repr_string(three), "int | str | float");
  EXPECT_TRUE(equals(either, binary_op(str_class, int_class, BinaryOp::Or)));
  EXPECT_TRUE(isinstance(make_int(3), either));
  EXPECT_FALSE(isinstance(make_float(1.5), either));
  EXPECT_TRUE(issubclass(Value::from_object(&bool_type), either));
  EXPECT_EQ(raised(&exc_TypeError, [&] { isinstance(make_int(3), make_int(4)); }),
            "isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(raised(&exc_TypeError, [&] { binary_op(int_class, make_int(3), BinaryOp::Or); }),
            "unsupported operand type(s) for |: 'type' and 'int'");
}

TEST_F(ClassTest, SlotWrappersBindAsMethodWrappers) {
  Value bound = getattr(make_int(1), names.dunder_add);
  EXPECT_EQ(type_name(bound), "method-wrapper");
  EXPECT_EQ(call(bound, {make_int(2)}).as_small_int(), 3);
  EXPECT_EQ(repr_string(bound).substr(0, 38), "<method-wrapper '__add__' of int objec");
  EXPECT_EQ(str_string(getattr(bound, names.dunder_qualname)), "int.__add__");
  Value instance = call(make("W", {}), {});
  EXPECT_TRUE(equals(getattr(instance, names.dunder_init), getattr(instance, names.dunder_init)));
}

TEST_F(ClassTest, StaticTypesHaveTheirDocstrings) {
  EXPECT_EQ(str_string(getattr(Value::from_object(&object_type), names.dunder_doc)),
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
            "returns a new featureless\ninstance that has no instance attributes and cannot be "
            "given any.\n");
  std::string property_doc =
      str_string(getattr(Value::from_object(&property_type), names.dunder_doc));
  EXPECT_EQ(property_doc.substr(0, 20), "Property attribute.\n");
  // A class's docstring is its own, not inherited.
  EXPECT_TRUE(is_none(getattr(make("Plain", {}), names.dunder_doc)));
}

int finalized_count = 0;

Value counting_del(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  ++finalized_count;
  // A finaliser reaching a safe point must not run the queue again.
  run_pending_finalizers();
  return none();
}

Value raising_del(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  throw_value_error("from __del__");
}

[[gnu::noinline]] void make_garbage(Value cls, int count) {
  for (int i = 0; i < count; ++i) call(cls, {});
}

TEST_F(ClassTest, FinalizersRunOnlyWhenAsked) {
  Dict* ns = make_dict();
  dict_set_str(ns, names.dunder_del, method("__del__", counting_del));
  Value cls = make("Finalized", {}, ns);
  finalized_count = 0;
  make_garbage(cls, 2000);
  GC_gcollect();
  EXPECT_EQ(finalized_count, 0);
  run_pending_finalizers();
  EXPECT_GT(finalized_count, 0);

  Dict* raising_ns = make_dict();
  dict_set_str(raising_ns, names.dunder_del, method("__del__", raising_del));
  Value raising = make("Raising", {}, raising_ns);
  make_garbage(raising, 2000);
  GC_gcollect();
  testing::internal::CaptureStderr();
  run_pending_finalizers();
  std::string output = testing::internal::GetCapturedStderr();
  EXPECT_NE(output.find("Exception ignored in: <method '__del__' of 'object' objects>"),
            std::string::npos);
  EXPECT_TRUE(current_exception().is_null());
}

}  // namespace
}  // namespace krait
