// The descriptors that expose native code as attributes: method descriptors
// (list.append), class-method descriptors (dict.fromkeys), getset descriptors
// (function.__name__), slot wrappers (int.__add__), member descriptors
// (__slots__ entries), and the Python-level property / classmethod /
// staticmethod types.
#pragma once

#include <cstdint>

#include "objects/function.h"
#include "runtime/native.h"
#include "runtime/object.h"

namespace krait {

extern Type method_descriptor_type;       // "method_descriptor"
extern Type classmethod_descriptor_type;  // "classmethod_descriptor"
extern Type getset_descriptor_type;       // "getset_descriptor"
extern Type wrapper_descriptor_type;      // "wrapper_descriptor" (slot wrappers)
extern Type method_wrapper_type;          // "method-wrapper" (a slot wrapper bound to self)
extern Type member_descriptor_type;       // "member_descriptor"
extern Type property_type;
extern Type classmethod_type;
extern Type staticmethod_type;

struct MethodDescriptor : Object {
  Type* owner;
  const char* name;
  NativeFn function;
  uint32_t flags;  // MethodFlags
  const char* doc;
};

struct GetSetDescriptor : Object {
  Type* owner;
  const char* name;
  GetterFn get;
  SetterFn set;
  const char* doc;
};

// A __slots__ entry: the value lives at `offset` bytes from the instance header.
struct MemberDescriptor : Object {
  Type* owner;
  Str* name;
  uint32_t offset;
  // A read-only C double of a built-in type (complex.real) instead of a Value slot.
  bool read_only_double;
  const char* doc;
};

// The Python-visible form of one type slot ("<slot wrapper '__add__' of 'int' objects>").
enum class SlotKind : uint8_t;
struct SlotWrapper : Object {
  Type* owner;
  Str* name;
  SlotKind kind;
  uint8_t op;           // BinaryOp / CompareOp / UnaryOp index for the families
  bool reflected;       // __radd__ and friends
  void* slot;           // the slot function it calls
};

// `(1).__add__`: a slot wrapper bound to its instance.
struct BoundSlotWrapper : Object {
  SlotWrapper* wrapper;
  Value self;
};

struct Property : Object {
  Value get;
  Value set;
  Value del;
  Value doc;
  Value name;  // from __set_name__
  bool getter_doc;
};

// classmethod and staticmethod objects.
struct MethodWrapper : Object {
  Value callable;
  Dict* dict;
};

// staticmethod(callable), for a native type's static methods.
Value make_staticmethod(Value callable);
Value make_method_descriptor(Type* owner, const MethodDef& def);
Value make_getset_descriptor(Type* owner, const GetSetDef& def);
Value make_member_descriptor(Type* owner, Str* name, uint32_t offset);
Value make_read_only_double_member(Type* owner, const char* name, uint32_t offset,
                                   const char* doc);

// Adds the slot wrappers for every slot `type` defines itself (not
// inherited from `type->base`) to its dict. Called by init_static_type.
void add_slot_wrappers(Type* type);

void init_descriptor_types();

// (getattr, (obj, name)): how CPython pickles a method or descriptor (its
// __reduce__), as the attribute `name` of `obj`.
Value reduce_as_getattr(Value obj, Value name);

}  // namespace krait
