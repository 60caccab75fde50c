// super: attribute lookup that starts after a given class in the MRO of an
// object's type. The zero-argument form reads the calling frame: its first
// argument and its __class__ cell, as CPython's super_init_without_args.
#include <string>

#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"

namespace krait {

Type super_type;

namespace {

// True when the MRO of `type` is `mro` from `start` on (single inheritance
// below that point): its cached lookup then answers for the tail.
bool mro_tail_is(Type* type, Tuple* mro, size_t start) {
  Tuple* own = type->mro;
  if (!own || own->size != mro->size - start) return false;
  for (size_t i = 0; i < own->size; ++i) {
    if (!(*own)[i].is((*mro)[start + i])) return false;
  }
  return true;
}

}  // namespace

Value super_lookup(Type* start, Value obj, Type* obj_type, Str* name) {
  Tuple* mro = obj_type->mro;
  if (!mro) return Value::null();
  Value start_value = Value::from_object(start);
  size_t i = 0;
  while (i < mro->size && !(*mro)[i].is(start_value)) ++i;
  if (++i >= mro->size) return Value::null();
  Value found;
  Type* next = (*mro)[i].as<Type>();
  if (mro_tail_is(next, mro, i)) {
    found = type_lookup(next, name);
  } else {
    for (; i < mro->size && found.is_null(); ++i) {
      if (Dict* dict = (*mro)[i].as<Type>()->dict) found = dict_get_str(dict, name);
    }
  }
  if (found.is_null()) return found;
  if (DescrGetFn get = type_of(found)->descr_get) {
    // A super bound to a class binds as access through that class.
    Value instance = obj.is(Value::from_object(obj_type)) ? Value::null() : obj;
    return get(found, instance, Value::from_object(obj_type));
  }
  return found;
}

namespace {

// CPython's supercheck: the type whose MRO the lookup follows.
Type* super_check(Type* type, Value obj) {
  if (is_instance_of(obj, &type_type) && is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  Value klass = lookup_attr(obj, names.dunder_class);
  if (!klass.is_null() && is_instance_of(klass, &type_type) &&
      !klass.is(Value::from_object(type_of(obj))) && is_subtype(klass.as<Type>(), type)) {
    return klass.as<Type>();
  }
  throw_type_error("super(type, obj): obj must be an instance or subtype of type");
}

// super() inside a method: the frame's first argument and its __class__ cell.
void arguments_from_frame(Value* type, Value* obj) {
  Frame* frame = thread_state()->frame;
  if (!frame) throw_runtime_error("super(): no current frame");
  Code* code = frame->code;
  if (code->argcount == 0) throw_runtime_error("super(): no arguments");
  Value first = frame->localsplus()[0];
  if ((code->localsplus_kinds[0] & kFastCell) && first.is_object() &&
      type_of(first) == &cell_type) {
    first = first.as<Cell>()->contents;
  }
  if (first.is_null()) throw_runtime_error("super(): arg[0] deleted");
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    if (!(code->localsplus_kinds[i] & kFastFree)) continue;
    Value local_name = (*code->localsplus_names)[i];
    if (!local_name.is(Value::from_object(names.dunder_class)) &&
        str_view(local_name) != "__class__") {
      continue;
    }
    Value cell = frame->localsplus()[i];
    if (!cell.is_object() || type_of(cell) != &cell_type) {
      throw_runtime_error("super(): bad __class__ cell");
    }
    Value klass = cell.as<Cell>()->contents;
    if (klass.is_null()) throw_runtime_error("super(): empty __class__ cell");
    if (!is_instance_of(klass, &type_type)) {
      throw_runtime_error("super(): __class__ is not a type (" + type_name(klass) + ")");
    }
    *type = klass;
    *obj = first;
    return;
  }
  throw_runtime_error("super(): __class__ cell not found");
}

void super_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("super", kwnames);
  if (nargs > 2) throw_type_error(format("super() expected at most 2 arguments, got %zu", nargs));
  Value type = nargs > 0 ? args[0] : Value::null();
  Value obj = nargs > 1 ? args[1] : Value::null();
  if (nargs == 0) arguments_from_frame(&type, &obj);
  if (!is_instance_of(type, &type_type)) {
    throw_type_error("super() argument 1 must be a type, not " + type_name(type));
  }
  if (!obj.is_null() && is_none(obj)) obj = Value::null();
  Type* obj_type = obj.is_null() ? nullptr : super_check(type.as<Type>(), obj);
  auto* super = self.as<Super>();
  super->type = type.as<Type>();
  super->obj = obj;
  super->obj_type = obj_type;
}

Value super_getattr(Value self, Str* name) {
  auto* super = self.as<Super>();
  if (super->obj_type && name->view() != "__class__") {
    Value found = super_lookup(super->type, super->obj, super->obj_type, name);
    if (!found.is_null()) return found;
  }
  return generic_getattr(self, name);
}

Value super_descr_get(Value self, Value instance, Value owner) {
  auto* super = self.as<Super>();
  if (instance.is_null() || is_none(instance) || !super->obj.is_null()) return self;
  if (type_of(self) != &super_type) {
    return call(Value::from_object(type_of(self)), {Value::from_object(super->type), instance});
  }
  auto* bound = static_cast<Super*>(allocate_instance(&super_type));
  bound->type = super->type;
  bound->obj = instance;
  bound->obj_type = super_check(super->type, instance);
  return Value::from_object(bound);
}

Value super_repr(Value self) {
  auto* super = self.as<Super>();
  std::string shown = "<super: <class '" + tp_name(super->type) + "'>, ";
  if (super->obj_type) return str_value(shown + "<" + tp_name(super->obj_type) + " object>>");
  return str_value(shown + "NULL>");
}

Value or_none(Value v) { return v.is_null() ? none() : v; }

Value super_thisclass(Value self) { return Value::from_object(self.as<Super>()->type); }
Value super_self(Value self) { return or_none(self.as<Super>()->obj); }
Value super_self_class(Value self) {
  Type* obj_type = self.as<Super>()->obj_type;
  return obj_type ? Value::from_object(obj_type) : none();
}

}  // namespace

void init_super_type() {
  super_type.init = super_init;
  super_type.getattr = super_getattr;
  super_type.descr_get = super_descr_get;
  super_type.repr = super_repr;
  init_static_type(&super_type, "super", nullptr, sizeof(Super), kTypeBaseType);
  add_getsets(&super_type, {
      {"__thisclass__", super_thisclass, nullptr, "the class invoking super()"},
      {"__self__", super_self, nullptr, "the instance invoking super(); may be None"},
      {"__self_class__", super_self_class, nullptr,
       "the type of the instance invoking super(); may be None"},
  });
}

}  // namespace krait
