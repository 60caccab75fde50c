// property, classmethod and staticmethod: the descriptors Python code builds
// its managed attributes and alternative method bindings from.
#include <string>

#include "objects/class.h"
#include "objects/container_support.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type property_type;
Type classmethod_type;
Type staticmethod_type;

namespace {

constexpr const char* kPropertyDoc =
    "Property attribute.\n"
    "\n"
    "  fget\n"
    "    function to be used for getting an attribute value\n"
    "  fset\n"
    "    function to be used for setting an attribute value\n"
    "  fdel\n"
    "    function to be used for del'ing an attribute\n"
    "  doc\n"
    "    docstring\n"
    "\n"
    "Typical use is to define a managed attribute x:\n"
    "\n"
    "class C(object):\n"
    "    def getx(self): return self._x\n"
    "    def setx(self, value): self._x = value\n"
    "    def delx(self): del self._x\n"
    "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n"
    "\n"
    "Decorators make defining new properties or modifying existing ones easy:\n"
    "\n"
    "class C(object):\n"
    "    @property\n"
    "    def x(self):\n"
    "        \"I am the 'x' property.\"\n"
    "        return self._x\n"
    "    @x.setter\n"
    "    def x(self, value):\n"
    "        self._x = value\n"
    "    @x.deleter\n"
    "    def x(self):\n"
    "        del self._x";

Value or_none(Value v) { return v.is_null() ? none() : v; }
Value none_to_null(Value v) { return v.is_null() || is_none(v) ? Value::null() : v; }

bool is_abstract(Value v) {
  if (v.is_null()) return false;
  Value flag = lookup_attr(v, names.dunder_isabstractmethod);
  return !flag.is_null() && truthy(flag);
}

// --- property ---------------------------------------------------------------

Property* as_property(Value v) { return v.as<Property>(); }

// "property 'x' of 'C' object has no setter" (the name once __set_name__ ran).
[[noreturn]] void missing_accessor(Property* property, Value instance, const char* accessor) {
  std::string owner = repr_string(Value::from_object(type_of(instance)->qualname));
  std::string message = "property ";
  if (!property->name.is_null()) message += repr_string(property->name) + " ";
  raise(&exc_AttributeError, message + "of " + owner + " object has no " + accessor);
}

void property_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"property", {"fget", "fset", "fdel", "doc"}}, args, nargs, kwnames, bound);
  Property* property = as_property(self);
  property->get = none_to_null(bound[0]);
  property->set = none_to_null(bound[1]);
  property->del = none_to_null(bound[2]);
  Value doc = none_to_null(bound[3]);
  property->getter_doc = false;
  if (doc.is_null() && !property->get.is_null()) {
    doc = none_to_null(lookup_attr(property->get, names.dunder_doc));
    property->getter_doc = !doc.is_null();
  }
  if (type_of(self) == &property_type) {
    property->doc = doc;
  } else if (!none_to_null(bound[3]).is_null()) {
    // CPython 3.11 keeps an explicit doc of a subclass instance only in the
    // slot, where the subclass's own __doc__ shadows it.
    property->doc = doc;
  } else {
    // A subclass's own __doc__ would shadow the slot: keep it in the instance dict.
    setattr(self, names.dunder_doc, or_none(doc));
  }
}

Value property_get(Value descr, Value instance, Value owner) {
  if (instance.is_null() || is_none(instance)) return descr;
  Property* property = as_property(descr);
  if (property->get.is_null()) missing_accessor(property, instance, "getter");
  return call(property->get, {instance});
}

void property_set(Value descr, Value instance, Value value) {
  Property* property = as_property(descr);
  if (value.is_null()) {
    if (property->del.is_null()) missing_accessor(property, instance, "deleter");
    call(property->del, {instance});
  } else {
    if (property->set.is_null()) missing_accessor(property, instance, "setter");
    call(property->set, {instance, value});
  }
}

// getter/setter/deleter: a copy of the property with one accessor replaced.
Value property_copy(Value self, Value get, Value set, Value del) {
  Property* old = as_property(self);
  if (get.is_null()) get = or_none(old->get);
  if (set.is_null()) set = or_none(old->set);
  if (del.is_null()) del = or_none(old->del);
  Value doc = old->getter_doc && !is_none(get) ? none() : or_none(old->doc);
  Value copy = call(Value::from_object(type_of(self)), {get, set, del, doc});
  if (is_instance_of(copy, &property_type)) as_property(copy)->name = old->name;
  return copy;
}

Value property_getter(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getter", kwnames);
  check_positional("getter", nargs, 1, 1);
  return property_copy(self, args[0], Value::null(), Value::null());
}

Value property_setter(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setter", kwnames);
  check_positional("setter", nargs, 1, 1);
  return property_copy(self, Value::null(), args[0], Value::null());
}

Value property_deleter(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("deleter", kwnames);
  check_positional("deleter", nargs, 1, 1);
  return property_copy(self, Value::null(), Value::null(), args[0]);
}

Value property_set_name(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("__set_name__", kwnames);
  if (nargs != 2) {
    throw_type_error(format("__set_name__() takes 2 positional arguments but %zu were given",
                            nargs));
  }
  as_property(self)->name = args[1];
  return none();
}

Value property_fget(Value self) { return or_none(as_property(self)->get); }
Value property_fset(Value self) { return or_none(as_property(self)->set); }
Value property_fdel(Value self) { return or_none(as_property(self)->del); }
Value property_doc(Value self) { return or_none(as_property(self)->doc); }
void property_doc_set(Value self, Value value) { as_property(self)->doc = none_to_null(value); }

Value property_isabstract(Value self) {
  Property* property = as_property(self);
  return make_bool(is_abstract(property->get) || is_abstract(property->set) ||
                   is_abstract(property->del));
}

// --- classmethod and staticmethod -------------------------------------------

MethodWrapper* as_wrapper(Value v) { return v.as<MethodWrapper>(); }

// As functools.wraps: the wrapper shows the callable's name, doc and annotations.
void copy_wrapped_attributes(Value self, Value callable) {
  Dict* dict = instance_dict(self);
  as_wrapper(self)->dict = dict;
  static const char* const kCopied[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
  for (const char* name : kCopied) {
    Str* key = intern(name);
    Value value = lookup_attr(callable, key);
    if (!value.is_null()) dict_set_str(dict, key, value);
  }
}

void wrapper_init(const char* kind, Value self, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  reject_keywords(kind, kwnames);
  if (nargs != 1) {
    throw_type_error(format("%s expected 1 argument, got %zu", kind, nargs));
  }
  as_wrapper(self)->callable = args[0];
  copy_wrapped_attributes(self, args[0]);
}

}  // namespace

Value make_staticmethod(Value callable) {
  auto* wrapper = static_cast<MethodWrapper*>(allocate_instance(&staticmethod_type));
  wrapper->callable = callable;
  return Value::from_object(wrapper);
}

namespace {

void classmethod_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  wrapper_init("classmethod", self, args, nargs, kwnames);
}

void staticmethod_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  wrapper_init("staticmethod", self, args, nargs, kwnames);
}

Value classmethod_get(Value descr, Value instance, Value owner) {
  Value callable = as_wrapper(descr)->callable;
  if (callable.is_null()) throw_runtime_error("uninitialized classmethod object");
  Value cls = owner.is_null() ? Value::from_object(type_of(instance)) : owner;
  // 3.11 chains descriptors: a wrapped property-like object binds to the class.
  if (DescrGetFn get = type_of(callable)->descr_get) return get(callable, cls, cls);
  return make_method(callable, cls);
}

Value staticmethod_get(Value descr, Value instance, Value owner) {
  Value callable = as_wrapper(descr)->callable;
  if (callable.is_null()) throw_runtime_error("uninitialized staticmethod object");
  return callable;
}

Value staticmethod_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(as_wrapper(self)->callable, args, nargs, kwnames);
}

Value classmethod_repr(Value self) {
  return str_value("<classmethod(" + repr_string(or_none(as_wrapper(self)->callable)) + ")>");
}

Value staticmethod_repr(Value self) {
  return str_value("<staticmethod(" + repr_string(or_none(as_wrapper(self)->callable)) + ")>");
}

Value wrapper_func(Value self) { return or_none(as_wrapper(self)->callable); }
Value wrapper_isabstract(Value self) { return make_bool(is_abstract(as_wrapper(self)->callable)); }
Value wrapper_dict(Value self) { return Value::from_object(instance_dict(self)); }

}  // namespace

void init_property_types() {
  property_type.init = property_init;
  property_type.descr_get = property_get;
  property_type.descr_set = property_set;
  init_static_type(&property_type, "property", nullptr, sizeof(Property), kTypeBaseType);
  set_type_text_signature(&property_type, "(fget=None, fset=None, fdel=None, doc=None)");
  set_type_doc(&property_type, kPropertyDoc);
  add_methods(&property_type, {
      {"getter", property_getter, kMethodInstance,
       "Descriptor to obtain a copy of the property with a different getter."},
      {"setter", property_setter, kMethodInstance,
       "Descriptor to obtain a copy of the property with a different setter."},
      {"deleter", property_deleter, kMethodInstance,
       "Descriptor to obtain a copy of the property with a different deleter."},
      {"__set_name__", property_set_name, kMethodInstance,
       "Method to set name of a property."},
  });
  add_getsets(&property_type, {
      {"fget", property_fget, readonly_member_set},
      {"fset", property_fset, readonly_member_set},
      {"fdel", property_fdel, readonly_member_set},
      {"__doc__", property_doc, property_doc_set},
      {"__isabstractmethod__", property_isabstract},
  });

  classmethod_type.init = classmethod_init;
  classmethod_type.descr_get = classmethod_get;
  classmethod_type.repr = classmethod_repr;
  init_static_type(&classmethod_type, "classmethod", nullptr, sizeof(MethodWrapper),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_getsets(&classmethod_type, {
      {"__func__", wrapper_func},
      {"__wrapped__", wrapper_func},
      {"__isabstractmethod__", wrapper_isabstract},
      {"__dict__", wrapper_dict},
  });

  staticmethod_type.init = staticmethod_init;
  staticmethod_type.descr_get = staticmethod_get;
  staticmethod_type.call = staticmethod_call;
  staticmethod_type.repr = staticmethod_repr;
  init_static_type(&staticmethod_type, "staticmethod", nullptr, sizeof(MethodWrapper),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_getsets(&staticmethod_type, {
      {"__func__", wrapper_func},
      {"__wrapped__", wrapper_func},
      {"__isabstractmethod__", wrapper_isabstract},
      {"__dict__", wrapper_dict},
  });
}

}  // namespace krait
