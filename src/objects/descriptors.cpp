// Method, class-method, getset and member descriptors, and slot wrappers.
#include "objects/descriptors.h"

#include <cstdio>
#include <string>

#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/native.h"
#include "runtime/thread_state.h"
#include "vm/import.h"

namespace krait {

Type method_descriptor_type;
Type classmethod_descriptor_type;
Type getset_descriptor_type;
Type wrapper_descriptor_type;
Type method_wrapper_type;
Type member_descriptor_type;

enum class SlotKind : uint8_t {
  Repr, Str, Hash, Call, Iter, Next, Get, Set, Delete, Len, Bool, Contains, GetItem,
  SetItem, DelItem, GetAttribute, SetAttr, DelAttr, Init, Compare, Binary, Inplace, Unary,
  Index, Int, Float, DivMod, Sequence,
};

namespace {

std::string owner_name(Type* owner) { return tp_name(owner); }

// __objclass__ and __doc__, read the same way from every descriptor kind.
template <class Descriptor>
Value objclass_get(Value self) {
  return Value::from_object(self.as<Descriptor>()->owner);
}
template <class Descriptor>
Value doc_get(Value self) {
  const char* doc = self.as<Descriptor>()->doc;
  return doc ? str_value(doc) : none();
}

// "descriptor 'append' for 'list' objects doesn't apply to a 'int' object"
void check_self(const char* kind, const std::string& name, Type* owner, const Value* args,
                size_t nargs) {
  if (nargs == 0) {
    throw_type_error(std::string("unbound method ") + owner_name(owner) + "." + name +
                     "() needs an argument");
  }
  if (!is_instance_of(args[0], owner)) {
    throw_type_error(std::string(kind) + " '" + name + "' for '" + owner_name(owner) +
                     "' objects doesn't apply to a '" + type_name(args[0]) + "' object");
  }
}

// --- method_descriptor ------------------------------------------------------

Value method_descriptor_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* descr = callable.as<MethodDescriptor>();
  check_self("descriptor", descr->name, descr->owner, args, nargs);
  return descr->function(args[0], args + 1, nargs - 1, kwnames);
}

Value method_descriptor_get(Value descr, Value instance, Value owner) {
  if (instance.is_null()) return descr;
  auto* method = descr.as<MethodDescriptor>();
  if (!is_instance_of(instance, method->owner)) {
    throw_type_error(std::string("descriptor '") + method->name + "' for '" +
                     owner_name(method->owner) + "' objects doesn't apply to a '" +
                     type_name(instance) + "' object");
  }
  BuiltinFunction* bound = make_builtin_function(method->name, method->function, instance,
                                                 method->doc);
  bound->rejects_keywords = (method->flags & kMethodVarargs) != 0;
  return Value::from_object(bound);
}

Value method_descriptor_name_get(Value self) {
  return str_value(self.as<MethodDescriptor>()->name);
}

Value method_descriptor_qualname_get(Value self) {
  auto* descr = self.as<MethodDescriptor>();
  return str_value(std::string(descr->owner->qualname->view()) + "." + descr->name);
}

Value method_descriptor_repr(Value self) {
  auto* descr = self.as<MethodDescriptor>();
  return str_value(std::string("<method '") + descr->name + "' of '" +
                   owner_name(descr->owner) + "' objects>");
}

// --- classmethod_descriptor -------------------------------------------------

Value classmethod_descriptor_call(Value callable, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
  auto* descr = callable.as<MethodDescriptor>();
  if (nargs == 0) {
    throw_type_error(std::string("descriptor '") + descr->name + "' of '" +
                     owner_name(descr->owner) + "' object needs an argument");
  }
  if (!is_instance_of(args[0], &type_type) || !is_subtype(args[0].as<Type>(), descr->owner)) {
    throw_type_error(std::string("descriptor '") + descr->name + "' for type '" +
                     owner_name(descr->owner) + "' doesn't apply to type '" +
                     (is_instance_of(args[0], &type_type)
                          ? std::string(args[0].as<Type>()->name->view())
                          : type_name(args[0])) +
                     "'");
  }
  return descr->function(args[0], args + 1, nargs - 1, kwnames);
}

Value classmethod_descriptor_get(Value descr, Value instance, Value owner) {
  auto* method = descr.as<MethodDescriptor>();
  Value cls = owner.is_null() ? Value::from_object(type_of(instance)) : owner;
  return Value::from_object(make_builtin_function(method->name, method->function, cls,
                                                  method->doc));
}

Value classmethod_descriptor_repr(Value self) {
  auto* descr = self.as<MethodDescriptor>();
  return str_value(std::string("<method '") + descr->name + "' of '" +
                   owner_name(descr->owner) + "' objects>");
}

// --- getset_descriptor ------------------------------------------------------

Value getset_get(Value descr, Value instance, Value owner) {
  if (instance.is_null()) return descr;
  auto* getset = descr.as<GetSetDescriptor>();
  if (!is_instance_of(instance, getset->owner)) {
    throw_type_error(std::string("descriptor '") + getset->name + "' for '" +
                     owner_name(getset->owner) + "' objects doesn't apply to a '" +
                     type_name(instance) + "' object");
  }
  if (!getset->get) {
    raise(&exc_AttributeError, std::string("attribute '") + getset->name + "' of '" +
                                   owner_name(getset->owner) + "' objects is not readable");
  }
  return getset->get(instance);
}

void getset_set(Value descr, Value instance, Value value) {
  auto* getset = descr.as<GetSetDescriptor>();
  if (!is_instance_of(instance, getset->owner)) {
    throw_type_error(std::string("descriptor '") + getset->name + "' for '" +
                     owner_name(getset->owner) + "' objects doesn't apply to a '" +
                     type_name(instance) + "' object");
  }
  if (!getset->set) {
    raise(&exc_AttributeError, std::string("attribute '") + getset->name + "' of '" +
                                   owner_name(getset->owner) + "' objects is not writable");
  }
  getset->set(instance, value);
}

Value getset_repr(Value self) {
  auto* getset = self.as<GetSetDescriptor>();
  return str_value(std::string("<attribute '") + getset->name + "' of '" +
                   owner_name(getset->owner) + "' objects>");
}

Value getset_name_get(Value self) { return str_value(self.as<GetSetDescriptor>()->name); }
Value getset_qualname_get(Value self) {
  auto* getset = self.as<GetSetDescriptor>();
  return str_value(std::string(getset->owner->qualname->view()) + "." + getset->name);
}

// --- member_descriptor ------------------------------------------------------

Value& member_slot(MemberDescriptor* member, Value instance) {
  return *reinterpret_cast<Value*>(reinterpret_cast<char*>(instance.as_object()) +
                                   member->offset);
}

void check_member_instance(MemberDescriptor* member, Value instance) {
  if (!is_instance_of(instance, member->owner)) {
    throw_type_error("descriptor '" + std::string(member->name->view()) + "' for '" +
                     owner_name(member->owner) + "' objects doesn't apply to a '" +
                     type_name(instance) + "' object");
  }
}

Value member_get(Value descr, Value instance, Value owner) {
  if (instance.is_null()) return descr;
  auto* member = descr.as<MemberDescriptor>();
  check_member_instance(member, instance);
  if (member->read_only_double) {
    return make_float(*reinterpret_cast<const double*>(
        reinterpret_cast<const char*>(instance.as_object()) + member->offset));
  }
  Value value = member_slot(member, instance);
  if (value.is_null()) {
    raise(&exc_AttributeError, "'" + type_name(instance) + "' object has no attribute '" +
                                   std::string(member->name->view()) + "'");
  }
  return value;
}

void member_set(Value descr, Value instance, Value value) {
  auto* member = descr.as<MemberDescriptor>();
  check_member_instance(member, instance);
  if (member->read_only_double) raise(&exc_AttributeError, "readonly attribute");
  Value& slot = member_slot(member, instance);
  if (value.is_null() && slot.is_null()) {
    // CPython names just the slot when deleting an unset one.
    raise(&exc_AttributeError, member->name->view());
  }
  slot = value;
}

Value member_repr(Value self) {
  auto* member = self.as<MemberDescriptor>();
  return str_value("<member '" + std::string(member->name->view()) + "' of '" +
                   owner_name(member->owner) + "' objects>");
}

Value member_name_get(Value self) { return Value::from_object(self.as<MemberDescriptor>()->name); }
Value member_qualname_get(Value self) {
  auto* member = self.as<MemberDescriptor>();
  return str_value(std::string(member->owner->qualname->view()) + "." +
                   std::string(member->name->view()));
}

// --- slot wrappers ----------------------------------------------------------

const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kBinaryNames[kBinaryOpCount] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift",
    "sub", "truediv", "xor"};
const char* const kUnaryNames[kUnaryOpCount] = {"__neg__", "__pos__", "__invert__", "__abs__"};

void check_arity(SlotWrapper* wrapper, size_t given, size_t expected) {
  if (given != expected) {
    throw_type_error(format("expected %zu argument%s, got %zu", expected,
                            expected == 1 ? "" : "s", given));
  }
}


// CPython's hackcheck: object.__setattr__(str, …) and the like may not jump
// over a native __setattr__ of the object's type ("Carlo Verre hack").
void check_setattr_hack(Value self, SetAttrFn func, const char* what) {
  Type* type = type_of(self);
  Tuple* mro = type->mro;
  if (!mro) return;
  // The (base) type that defined the type's slot function.
  Type* defining_type = type;
  for (size_t i = mro->size; i-- > 0;) {
    Type* base = (*mro)[i].as<Type>();
    if (is_python_setattr(base->setattr)) continue;
    if (base->setattr == type->setattr) {
      defining_type = base;
      break;
    }
  }
  for (Type* base = defining_type; base; base = base->base) {
    if (base->setattr == func) return;
    if (!is_python_setattr(base->setattr)) {
      throw_type_error(std::string("can't apply this ") + what + " to " + tp_name(type) +
                       " object");
    }
  }
}

Value slot_wrapper_call_bound(SlotWrapper* wrapper, Value self, const Value* args, size_t nargs,
                              Tuple* kwnames) {
  bool takes_keywords = wrapper->kind == SlotKind::Call || wrapper->kind == SlotKind::Init;
  if (kwnames && kwnames->size && !takes_keywords) {
    throw_type_error("wrapper " + std::string(wrapper->name->view()) +
                     "() takes no keyword arguments");
  }
  void* slot = wrapper->slot;
  switch (wrapper->kind) {
    case SlotKind::Repr:
    case SlotKind::Str:
      check_arity(wrapper, nargs, 0);
      return reinterpret_cast<ReprFn>(slot)(self);
    case SlotKind::Hash:
      check_arity(wrapper, nargs, 0);
      return make_int(reinterpret_cast<HashFn>(slot)(self));
    case SlotKind::Call:
      return reinterpret_cast<CallFn>(slot)(self, args, nargs, kwnames);
    case SlotKind::Iter:
      check_arity(wrapper, nargs, 0);
      return reinterpret_cast<UnaryFn>(slot)(self);
    case SlotKind::Next: {
      check_arity(wrapper, nargs, 0);
      thread_state()->stop_iteration_value = Value::null();
      Value next = reinterpret_cast<IterNextFn>(slot)(self);
      if (next.is_null()) throw_recorded_stop_iteration();
      return next;
    }
    case SlotKind::Get: {
      // CPython unpacks these with an empty function name.
      if (nargs < 1) throw_type_error(format(" expected at least 1 argument, got %zu", nargs));
      if (nargs > 2) throw_type_error(format(" expected at most 2 arguments, got %zu", nargs));
      Value instance = is_none(args[0]) ? Value::null() : args[0];
      Value owner = nargs == 2 && !is_none(args[1]) ? args[1] : Value::null();
      if (instance.is_null() && owner.is_null()) {
        throw_type_error("__get__(None, None) is invalid");
      }
      return reinterpret_cast<DescrGetFn>(slot)(self, instance, owner);
    }
    case SlotKind::Set:
      check_arity(wrapper, nargs, 2);
      reinterpret_cast<DescrSetFn>(slot)(self, args[0], args[1]);
      return none();
    case SlotKind::Delete:
      check_arity(wrapper, nargs, 1);
      reinterpret_cast<DescrSetFn>(slot)(self, args[0], Value::null());
      return none();
    case SlotKind::Len:
      check_arity(wrapper, nargs, 0);
      return make_int(reinterpret_cast<LenFn>(slot)(self));
    case SlotKind::Bool:
      check_arity(wrapper, nargs, 0);
      return make_bool(reinterpret_cast<BoolFn>(slot)(self));
    case SlotKind::Contains:
      check_arity(wrapper, nargs, 1);
      return make_bool(reinterpret_cast<ContainsFn>(slot)(self, args[0]));
    case SlotKind::GetItem:
      check_arity(wrapper, nargs, 1);
      return reinterpret_cast<BinaryFn>(slot)(self, args[0]);
    case SlotKind::SetItem:
      check_arity(wrapper, nargs, 2);
      reinterpret_cast<SetItemFn>(slot)(self, args[0], args[1]);
      return none();
    case SlotKind::DelItem:
      check_arity(wrapper, nargs, 1);
      reinterpret_cast<SetItemFn>(slot)(self, args[0], Value::null());
      return none();
    case SlotKind::GetAttribute: {
      check_arity(wrapper, nargs, 1);
      if (!is_str(args[0])) {
        throw_type_error("attribute name must be string, not '" + type_name(args[0]) + "'");
      }
      Value result = reinterpret_cast<GetAttrFn>(slot)(self, args[0].as<Str>());
      if (result.is_null()) throw_attribute_error(self, args[0]);
      return result;
    }
    case SlotKind::SetAttr:
    case SlotKind::DelAttr: {
      bool deleting = wrapper->kind == SlotKind::DelAttr;
      check_arity(wrapper, nargs, deleting ? 1 : 2);
      if (!is_str(args[0])) {
        throw_type_error("attribute name must be string, not '" + type_name(args[0]) + "'");
      }
      check_setattr_hack(self, reinterpret_cast<SetAttrFn>(slot),
                         deleting ? "__delattr__" : "__setattr__");
      reinterpret_cast<SetAttrFn>(slot)(self, args[0].as<Str>(),
                                        deleting ? Value::null() : args[1]);
      return none();
    }
    case SlotKind::Init:
      reinterpret_cast<InitFn>(slot)(self, args, nargs, kwnames);
      return none();
    case SlotKind::Compare:
      check_arity(wrapper, nargs, 1);
      return reinterpret_cast<RichCompareFn>(slot)(self, args[0],
                                                   static_cast<CompareOp>(wrapper->op));
    case SlotKind::Binary:
    case SlotKind::DivMod: {
      bool is_pow = wrapper->kind == SlotKind::Binary &&
                    wrapper->op == static_cast<uint8_t>(BinaryOp::Power);
      if (is_pow && nargs == 2 && !is_none(args[1])) {
        TernaryFn ternary = type_of(self)->power_mod;
        if (!ternary) return not_implemented();
        return wrapper->reflected ? not_implemented() : ternary(self, args[0], args[1]);
      }
      if (!(is_pow && nargs == 2)) check_arity(wrapper, nargs, 1);
      auto binary = reinterpret_cast<BinaryFn>(slot);
      return wrapper->reflected ? binary(args[0], self) : binary(self, args[0]);
    }
    case SlotKind::Sequence:
      // sq_repeat's wrappers (__mul__, __rmul__) unpack their argument with an
      // empty function name, so CPython's message starts with a space.
      if (nargs != 1 && slot == reinterpret_cast<void*>(wrapper->owner->repeat)) {
        throw_type_error(format(" expected 1 argument, got %zu", nargs));
      }
      [[fallthrough]];
    case SlotKind::Inplace:
      check_arity(wrapper, nargs, 1);
      return reinterpret_cast<BinaryFn>(slot)(self, args[0]);
    case SlotKind::Unary:
    case SlotKind::Index:
    case SlotKind::Int:
    case SlotKind::Float:
      check_arity(wrapper, nargs, 0);
      return reinterpret_cast<UnaryFn>(slot)(self);
  }
  return none();
}

Value slot_wrapper_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* wrapper = callable.as<SlotWrapper>();
  std::string name(wrapper->name->view());
  if (nargs == 0) {
    throw_type_error("descriptor '" + name + "' of '" + owner_name(wrapper->owner) +
                     "' object needs an argument");
  }
  if (!is_instance_of(args[0], wrapper->owner)) {
    throw_type_error("descriptor '" + name + "' requires a '" + owner_name(wrapper->owner) +
                     "' object but received a '" + type_name(args[0]) + "'");
  }
  return slot_wrapper_call_bound(wrapper, args[0], args + 1, nargs - 1, kwnames);
}

Value slot_wrapper_get(Value descr, Value instance, Value owner) {
  if (instance.is_null()) return descr;
  auto* wrapper = descr.as<SlotWrapper>();
  if (!is_instance_of(instance, wrapper->owner)) {
    throw_type_error("descriptor '" + std::string(wrapper->name->view()) + "' for '" +
                     owner_name(wrapper->owner) + "' objects doesn't apply to a '" +
                     type_name(instance) + "' object");
  }
  auto* bound = static_cast<BoundSlotWrapper*>(allocate_instance(&method_wrapper_type));
  bound->wrapper = wrapper;
  bound->self = instance;
  return Value::from_object(bound);
}


Value slot_wrapper_name_get(Value self) { return Value::from_object(self.as<SlotWrapper>()->name); }

Value slot_wrapper_qualname_get(Value self) {
  auto* wrapper = self.as<SlotWrapper>();
  return str_value(owner_name(wrapper->owner) + "." + std::string(wrapper->name->view()));
}


// --- method-wrapper (a slot wrapper bound to an instance) -------------------

BoundSlotWrapper* as_bound(Value v) { return v.as<BoundSlotWrapper>(); }

Value method_wrapper_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  BoundSlotWrapper* bound = as_bound(callable);
  return slot_wrapper_call_bound(bound->wrapper, bound->self, args, nargs, kwnames);
}

Value method_wrapper_repr(Value self) {
  BoundSlotWrapper* bound = as_bound(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p",
                bound->self.is_object() ? static_cast<void*>(bound->self.as_object())
                                        : reinterpret_cast<void*>(bound->self.bits()));
  return str_value("<method-wrapper '" + std::string(bound->wrapper->name->view()) + "' of " +
                   tp_name(type_of(bound->self)) + " object at " + address + ">");
}

Value method_wrapper_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(other) != &method_wrapper_type) {
    return not_implemented();
  }
  BoundSlotWrapper* a = as_bound(self);
  BoundSlotWrapper* b = as_bound(other);
  bool same = a->wrapper == b->wrapper && a->self.is(b->self);
  return make_bool(op == CompareOp::Eq ? same : !same);
}

int64_t method_wrapper_hash(Value self) {
  BoundSlotWrapper* bound = as_bound(self);
  int64_t self_hash = bound->self.is_object() ? pointer_hash(bound->self.as_object())
                                              : static_cast<int64_t>(bound->self.bits());
  int64_t result = self_hash ^ pointer_hash(bound->wrapper);
  return result == -1 ? -2 : result;
}

Value method_wrapper_self_get(Value self) { return as_bound(self)->self; }
Value method_wrapper_name_get(Value self) {
  return Value::from_object(as_bound(self)->wrapper->name);
}
Value method_wrapper_qualname_get(Value self) {
  return slot_wrapper_qualname_get(Value::from_object(as_bound(self)->wrapper));
}
Value method_wrapper_objclass_get(Value self) {
  return Value::from_object(as_bound(self)->wrapper->owner);
}

Value slot_wrapper_repr(Value self) {
  auto* wrapper = self.as<SlotWrapper>();
  return str_value("<slot wrapper '" + std::string(wrapper->name->view()) + "' of '" +
                   owner_name(wrapper->owner) + "' objects>");
}

void add_wrapper(Type* type, const char* name, SlotKind kind, void* slot, uint8_t op = 0,
                 bool reflected = false) {
  Str* key = intern(name);
  if (!dict_get_str(type->dict, key).is_null()) return;
  auto* wrapper = static_cast<SlotWrapper*>(allocate_instance(&wrapper_descriptor_type));
  wrapper->owner = type;
  wrapper->name = key;
  wrapper->kind = kind;
  wrapper->op = op;
  wrapper->reflected = reflected;
  wrapper->slot = slot;
  dict_set_str(type->dict, key, Value::from_object(wrapper));
}

template <class Fn>
bool defines(Type* type, Fn Type::*slot) {
  Fn own = type->*slot;
  return own && (!type->base || type->base->*slot != own);
}

}  // namespace

Value make_method_descriptor(Type* owner, const MethodDef& def) {
  Type* descr_type = (def.flags & kMethodClass) ? &classmethod_descriptor_type
                                                : &method_descriptor_type;
  auto* descr = static_cast<MethodDescriptor*>(allocate_instance(descr_type));
  descr->owner = owner;
  descr->name = def.name;
  descr->function = def.function;
  descr->flags = def.flags;
  descr->doc = def.doc;
  return Value::from_object(descr);
}

Value make_getset_descriptor(Type* owner, const GetSetDef& def) {
  auto* descr = static_cast<GetSetDescriptor*>(allocate_instance(&getset_descriptor_type));
  descr->owner = owner;
  descr->name = def.name;
  descr->get = def.get;
  descr->set = def.set;
  descr->doc = def.doc;
  return Value::from_object(descr);
}

Value make_member_descriptor(Type* owner, Str* name, uint32_t offset) {
  auto* descr = static_cast<MemberDescriptor*>(allocate_instance(&member_descriptor_type));
  descr->owner = owner;
  descr->name = name;
  descr->offset = offset;
  return Value::from_object(descr);
}

Value make_read_only_double_member(Type* owner, const char* name, uint32_t offset,
                                   const char* doc) {
  // Built-in types ready themselves before member_descriptor does: allocate
  // without asking the type for its size.
  auto* descr = static_cast<MemberDescriptor*>(gc_alloc(sizeof(MemberDescriptor)));
  descr->type = &member_descriptor_type;
  descr->owner = owner;
  descr->name = intern(name);
  descr->offset = offset;
  descr->read_only_double = true;
  descr->doc = doc;
  return Value::from_object(descr);
}

void add_slot_wrappers(Type* type) {
  auto as_void = [](auto fn) { return reinterpret_cast<void*>(fn); };
  if (defines(type, &Type::repr)) add_wrapper(type, "__repr__", SlotKind::Repr, as_void(type->repr));
  if (defines(type, &Type::str)) add_wrapper(type, "__str__", SlotKind::Str, as_void(type->str));
  if (defines(type, &Type::hash)) add_wrapper(type, "__hash__", SlotKind::Hash, as_void(type->hash));
  if (defines(type, &Type::call)) add_wrapper(type, "__call__", SlotKind::Call, as_void(type->call));
  if (defines(type, &Type::iter)) add_wrapper(type, "__iter__", SlotKind::Iter, as_void(type->iter));
  if (defines(type, &Type::next)) add_wrapper(type, "__next__", SlotKind::Next, as_void(type->next));
  if (defines(type, &Type::descr_get)) {
    add_wrapper(type, "__get__", SlotKind::Get, as_void(type->descr_get));
  }
  if (defines(type, &Type::descr_set)) {
    add_wrapper(type, "__set__", SlotKind::Set, as_void(type->descr_set));
    add_wrapper(type, "__delete__", SlotKind::Delete, as_void(type->descr_set));
  }
  if (defines(type, &Type::len)) add_wrapper(type, "__len__", SlotKind::Len, as_void(type->len));
  if (defines(type, &Type::boolean)) {
    add_wrapper(type, "__bool__", SlotKind::Bool, as_void(type->boolean));
  }
  if (defines(type, &Type::contains)) {
    add_wrapper(type, "__contains__", SlotKind::Contains, as_void(type->contains));
  }
  if (defines(type, &Type::getitem)) {
    add_wrapper(type, "__getitem__", SlotKind::GetItem, as_void(type->getitem));
  }
  if (defines(type, &Type::setitem)) {
    add_wrapper(type, "__setitem__", SlotKind::SetItem, as_void(type->setitem));
    add_wrapper(type, "__delitem__", SlotKind::DelItem, as_void(type->setitem));
  }
  if (defines(type, &Type::getattr)) {
    add_wrapper(type, "__getattribute__", SlotKind::GetAttribute, as_void(type->getattr));
  }
  if (defines(type, &Type::setattr)) {
    add_wrapper(type, "__setattr__", SlotKind::SetAttr, as_void(type->setattr));
    add_wrapper(type, "__delattr__", SlotKind::DelAttr, as_void(type->setattr));
  }
  if (defines(type, &Type::init)) add_wrapper(type, "__init__", SlotKind::Init, as_void(type->init));
  if (defines(type, &Type::richcompare)) {
    for (uint8_t op = 0; op < 6; ++op) {
      add_wrapper(type, kCompareNames[op], SlotKind::Compare, as_void(type->richcompare), op);
    }
  }
  for (int op = 0; op < kBinaryOpCount; ++op) {
    BinaryFn own = type->number[op];
    if (own && (!type->base || type->base->number[op] != own)) {
      std::string base = kBinaryNames[op];
      add_wrapper(type, ("__" + base + "__").c_str(), SlotKind::Binary, as_void(own),
                  static_cast<uint8_t>(op));
      add_wrapper(type, ("__r" + base + "__").c_str(), SlotKind::Binary, as_void(own),
                  static_cast<uint8_t>(op), true);
    }
    BinaryFn own_inplace = type->inplace[op];
    if (own_inplace && (!type->base || type->base->inplace[op] != own_inplace)) {
      add_wrapper(type, ("__i" + std::string(kBinaryNames[op]) + "__").c_str(),
                  SlotKind::Inplace, as_void(own_inplace), static_cast<uint8_t>(op));
    }
  }
  for (int op = 0; op < kUnaryOpCount; ++op) {
    UnaryFn own = type->unary[op];
    if (own && (!type->base || type->base->unary[op] != own)) {
      add_wrapper(type, kUnaryNames[op], SlotKind::Unary, as_void(own), static_cast<uint8_t>(op));
    }
  }
  if (defines(type, &Type::divmod)) {
    add_wrapper(type, "__divmod__", SlotKind::DivMod, as_void(type->divmod));
    add_wrapper(type, "__rdivmod__", SlotKind::DivMod, as_void(type->divmod), 0, true);
  }
  // sq_concat / sq_repeat: seq.__rmul__(n) repeats too, so no operand swap.
  if (defines(type, &Type::concat)) {
    add_wrapper(type, "__add__", SlotKind::Sequence, as_void(type->concat));
  }
  if (defines(type, &Type::repeat)) {
    add_wrapper(type, "__mul__", SlotKind::Sequence, as_void(type->repeat));
    add_wrapper(type, "__rmul__", SlotKind::Sequence, as_void(type->repeat));
  }
  if (defines(type, &Type::index)) add_wrapper(type, "__index__", SlotKind::Index, as_void(type->index));
  if (defines(type, &Type::to_int)) add_wrapper(type, "__int__", SlotKind::Int, as_void(type->to_int));
  if (defines(type, &Type::to_float)) {
    add_wrapper(type, "__float__", SlotKind::Float, as_void(type->to_float));
  }
}

Value reduce_as_getattr(Value obj, Value name) {
  Module* builtins = find_builtin_module(names.builtins);
  Value getattr_function = dict_get_str(builtins->dict, intern("getattr"));
  return Value::from_object(
      make_tuple({getattr_function, Value::from_object(make_tuple({obj, name}))}));
}

namespace {

// descr_reduce: a descriptor pickles as getattr(its class, its name).
Value descriptor_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("__reduce__", nargs, 0, 0);
  return reduce_as_getattr(getattr(self, intern("__objclass__")), getattr(self, names.dunder_name));
}

// wrapper_reduce: a bound slot wrapper pickles as getattr(its object, its name).
Value method_wrapper_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("__reduce__", nargs, 0, 0);
  return reduce_as_getattr(as_bound(self)->self,
                           Value::from_object(as_bound(self)->wrapper->name));
}

}  // namespace

void init_descriptor_types() {
  method_descriptor_type.call = method_descriptor_call;
  method_descriptor_type.descr_get = method_descriptor_get;
  method_descriptor_type.repr = method_descriptor_repr;
  init_static_type(&method_descriptor_type, "method_descriptor", nullptr,
                   sizeof(MethodDescriptor), kTypeMethodDescriptor);
  method_descriptor_type.new_instance = nullptr;  // made only by the runtime, as CPython's

  classmethod_descriptor_type.call = classmethod_descriptor_call;
  classmethod_descriptor_type.descr_get = classmethod_descriptor_get;
  classmethod_descriptor_type.repr = classmethod_descriptor_repr;
  init_static_type(&classmethod_descriptor_type, "classmethod_descriptor", nullptr,
                   sizeof(MethodDescriptor), 0);
  classmethod_descriptor_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  for (Type* type : {&method_descriptor_type, &classmethod_descriptor_type}) {
    add_getsets(type, {
        {"__name__", method_descriptor_name_get},
        {"__qualname__", method_descriptor_qualname_get},
        {"__objclass__", objclass_get<MethodDescriptor>},
        {"__doc__", doc_get<MethodDescriptor>},
        {"__text_signature__", none_getter},
    });
  }

  getset_descriptor_type.descr_get = getset_get;
  getset_descriptor_type.descr_set = getset_set;
  getset_descriptor_type.repr = getset_repr;
  init_static_type(&getset_descriptor_type, "getset_descriptor", nullptr,
                   sizeof(GetSetDescriptor), 0);
  getset_descriptor_type.new_instance = nullptr;  // made only by the runtime, as CPython's

  member_descriptor_type.descr_get = member_get;
  member_descriptor_type.descr_set = member_set;
  member_descriptor_type.repr = member_repr;
  init_static_type(&member_descriptor_type, "member_descriptor", nullptr,
                   sizeof(MemberDescriptor), 0);
  member_descriptor_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_getsets(&getset_descriptor_type, {
      {"__name__", getset_name_get},
      {"__qualname__", getset_qualname_get},
      {"__objclass__", objclass_get<GetSetDescriptor>},
      {"__doc__", doc_get<GetSetDescriptor>},
  });
  add_getsets(&member_descriptor_type, {
      {"__name__", member_name_get},
      {"__qualname__", member_qualname_get},
      {"__objclass__", objclass_get<MemberDescriptor>},
      {"__doc__", doc_get<MemberDescriptor>},
  });

  wrapper_descriptor_type.call = slot_wrapper_call;
  wrapper_descriptor_type.descr_get = slot_wrapper_get;
  wrapper_descriptor_type.repr = slot_wrapper_repr;
  init_static_type(&wrapper_descriptor_type, "wrapper_descriptor", nullptr, sizeof(SlotWrapper),
                   kTypeMethodDescriptor);
  wrapper_descriptor_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_getsets(&wrapper_descriptor_type, {
      {"__name__", slot_wrapper_name_get},
      {"__qualname__", slot_wrapper_qualname_get},
      {"__objclass__", objclass_get<SlotWrapper>},
      {"__text_signature__", none_getter},
  });

  method_wrapper_type.call = method_wrapper_call;
  method_wrapper_type.repr = method_wrapper_repr;
  method_wrapper_type.richcompare = method_wrapper_richcompare;
  method_wrapper_type.hash = method_wrapper_hash;
  init_static_type(&method_wrapper_type, "method-wrapper", nullptr, sizeof(BoundSlotWrapper), 0);
  method_wrapper_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_methods(&method_wrapper_type, {{"__reduce__", method_wrapper_reduce}});
  // As CPython: getset and classmethod descriptors have no __reduce__.
  for (Type* type : {&method_descriptor_type, &member_descriptor_type, &wrapper_descriptor_type}) {
    add_methods(type, {{"__reduce__", descriptor_reduce}});
  }
  add_getsets(&method_wrapper_type, {
      {"__self__", method_wrapper_self_get},
      {"__name__", method_wrapper_name_get},
      {"__qualname__", method_wrapper_qualname_get},
      {"__objclass__", method_wrapper_objclass_get},
      {"__text_signature__", none_getter},
  });
}

}  // namespace krait
