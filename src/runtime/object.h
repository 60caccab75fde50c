// The object header and the type object with its C++ slots (DESIGN §4).
//
// Every heap object starts with a `Type*`. Immediates (small ints, floats) have
// no header: type_of() answers for them. A type's behaviour is reached through
// its slots; a Python class that defines a dunder fills the slot with a
// trampoline that calls the dunder (objects/type.cpp), and a native type's
// methods are also Python-visible attributes in its dict (`int.__add__`).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace krait {

struct Str;
struct Tuple;
struct Dict;
struct List;

struct Object {
  Type* type;
};

// The order of CPython's Py_LT … Py_GE (COMPARE_OP's argument).
enum class CompareOp : uint8_t { Lt = 0, Le, Eq, Ne, Gt, Ge };

// Whether a three-way comparison's result (negative, zero or positive)
// satisfies `op`.
constexpr bool order_satisfies(int order, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return order < 0;
    case CompareOp::Le: return order <= 0;
    case CompareOp::Eq: return order == 0;
    case CompareOp::Ne: return order != 0;
    case CompareOp::Gt: return order > 0;
    case CompareOp::Ge: return order >= 0;
  }
  return false;
}

// The order of CPython 3.11's NB_* constants (BINARY_OP's argument; the in-place
// forms are BINARY_OP's argument minus kBinaryOpCount).
enum class BinaryOp : uint8_t {
  Add = 0, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift,
  Subtract, TrueDivide, Xor,
};
inline constexpr int kBinaryOpCount = 13;

enum class UnaryOp : uint8_t { Negative = 0, Positive, Invert, Absolute };
inline constexpr int kUnaryOpCount = 4;

// Slot signatures. A slot left null means "this type does not support it"
// (the protocol layer raises CPython's TypeError). Number slots return
// NotImplemented (not_implemented()) to let the other operand try.
using ReprFn = Value (*)(Value self);                       // a str
using HashFn = int64_t (*)(Value self);                     // never -1
using RichCompareFn = Value (*)(Value self, Value other, CompareOp op);
// Attribute lookup answers Value::null() for a plain miss instead of raising
// AttributeError (hot protocol, DESIGN §6); other errors raise.
using GetAttrFn = Value (*)(Value self, Str* name);
using SetAttrFn = void (*)(Value self, Str* name, Value value);  // value null: delete
// Vectorcall: `nargs` positional arguments, then one value per name in
// `kwnames` (null when there are none).
using CallFn = Value (*)(Value callable, const Value* args, size_t nargs, Tuple* kwnames);
using UnaryFn = Value (*)(Value self);
using BinaryFn = Value (*)(Value left, Value right);
using TernaryFn = Value (*)(Value a, Value b, Value c);
using IterNextFn = Value (*)(Value self);                   // null: exhausted (no StopIteration)
// `instance` is null for access through the class; `owner` is the class.
using DescrGetFn = Value (*)(Value descr, Value instance, Value owner);
using DescrSetFn = void (*)(Value descr, Value instance, Value value);  // value null: delete
using LenFn = int64_t (*)(Value self);
using BoolFn = bool (*)(Value self);
using ContainsFn = bool (*)(Value self, Value item);
using SetItemFn = void (*)(Value self, Value key, Value value);  // value null: delete
using NewFn = Value (*)(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
using InitFn = void (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);
// Reports every Value an object holds outside GC-scanned memory; unused today
// (the collector scans conservatively) but reserved for a precise collector.
using FinalizeFn = void (*)(Value self);

// Type flags (CPython's Py_TPFLAGS_* where they exist).
enum TypeFlags : uint64_t {
  kTypeHeap = 1u << 0,             // created by a class statement or type()
  kTypeBaseType = 1u << 1,         // may be subclassed
  kTypeHasInstanceDict = 1u << 2,  // instances keep a Dict* one word before their header
  kTypeAbstract = 1u << 3,         // __abstractmethods__ is non-empty
  kTypeImmutable = 1u << 4,        // attributes cannot be set (built-in types)
  kTypeSequence = 1u << 5,         // matches sequence patterns
  kTypeMapping = 1u << 6,          // matches mapping patterns
  kTypeHasFinalizer = 1u << 7,     // __del__ is defined: register a finaliser
  kTypeMethodDescriptor = 1u << 8, // instances bind like functions (LOAD_METHOD may skip binding)
  kTypeWeakrefable = 1u << 9,      // instances accept weak references (tp_weaklistoffset != 0)
  // Fast subclass checks.
  kTypeIntSubclass = 1u << 16,
  kTypeListSubclass = 1u << 17,
  kTypeTupleSubclass = 1u << 18,
  kTypeBytesSubclass = 1u << 19,
  kTypeStrSubclass = 1u << 20,
  kTypeDictSubclass = 1u << 21,
  kTypeBaseExceptionSubclass = 1u << 22,
  kTypeTypeSubclass = 1u << 23,
  kTypeFloatSubclass = 1u << 24,
};

struct Type : Object {
  Str* name;       // __name__
  Str* qualname;   // __qualname__
  Type* base;      // __base__ (the solid base; null for object)
  Tuple* bases;    // __bases__
  Tuple* mro;      // __mro__
  Dict* dict;      // the class namespace
  List* subclasses;  // types whose base list includes this one (for version tags)
  uint64_t flags;
  uint64_t version_tag;  // changes when this type or a base changes (caches)
  uint32_t basic_size;   // bytes of an instance from its header, fixed part
  uint32_t item_size;    // bytes per item of a variable-sized instance, else 0
  uint32_t slots_offset; // offset of the first __slots__ value, 0 if none
  uint32_t slot_count;   // number of __slots__ values

  ReprFn repr;
  ReprFn str;
  HashFn hash;
  RichCompareFn richcompare;
  GetAttrFn getattr;
  SetAttrFn setattr;
  CallFn call;
  UnaryFn iter;
  IterNextFn next;
  DescrGetFn descr_get;
  DescrSetFn descr_set;
  LenFn len;
  BoolFn boolean;
  ContainsFn contains;
  BinaryFn getitem;
  SetItemFn setitem;
  NewFn new_instance;
  InitFn init;
  FinalizeFn finalize;
  BinaryFn number[kBinaryOpCount];          // a ○ b
  BinaryFn inplace[kBinaryOpCount];         // a ○= b
  UnaryFn unary[kUnaryOpCount];             // -a, +a, ~a, abs(a)
  TernaryFn power_mod;                      // pow(a, b, m)
  BinaryFn divmod;                          // divmod(a, b), NotImplemented convention
  // Sequence fallbacks tried after the number slots fail, as CPython's
  // sq_concat / sq_repeat: `concat(a, b)` for a + b (raising the type's own
  // "can only concatenate …" message), `repeat(seq, count)` for seq * n and
  // n * seq, where `count` has already been checked to support __index__.
  BinaryFn concat;
  BinaryFn repeat;
  UnaryFn index;                            // __index__: an exact int
  UnaryFn to_int;                           // __int__
  UnaryFn to_float;                         // __float__

  // A native type's name as given to init_static_type ("int", "itertools.count").
  const char* native_name;
};

// The types of the immediates (defined in objects/int.cpp and objects/float.cpp).
extern Type int_type;
extern Type float_type;

inline Type* type_of(Value v) {
  if (v.is_object()) return v.as_object()->type;
  return v.is_small_int() ? &int_type : &float_type;
}

// The Dict* slot of an instance whose type has kTypeHasInstanceDict: one word
// before the header (so it works for variable-sized layouts as well).
inline Dict** instance_dict_slot(Object* object) {
  return reinterpret_cast<Dict**>(object) - 1;
}

// The static singletons (objects/singletons.cpp).
struct NoneObject : Object {};
struct BoolObject;
extern NoneObject none_object;
extern Object not_implemented_object;
extern Object ellipsis_object;
inline Value none() { return Value::from_object(&none_object); }
inline Value not_implemented() { return Value::from_object(&not_implemented_object); }
inline Value ellipsis() { return Value::from_object(&ellipsis_object); }
inline bool is_none(Value v) { return v.is(none()); }

// Allocates a zero-filled instance of `type` (basic_size + item_size * items
// bytes), with the dict prefix word when the type has one. Instances of static
// types without pointers may be allocated atomic by their own constructors.
Object* allocate_instance(Type* type, size_t items = 0);

}  // namespace krait
