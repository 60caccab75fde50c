// Module objects: a namespace dict with the module's attributes.
#include "objects/module.h"

#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/native.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "vm/import.h"

namespace krait {

Type module_type;

namespace {

Value module_name_or_question(Module* module) {
  Value name = dict_get_str(module->dict, names.dunder_name);
  return !name.is_null() && is_str(name) ? name : Value::null();
}

Value module_getattr(Value self, Str* name) {
  auto* module = self.as<Module>();
  Value descr = type_lookup(type_of(self), name);
  if (descr.is_null() || !type_of(descr)->descr_set) {
    Value found = dict_get_str(module->dict, name);
    if (!found.is_null()) return found;
  }
  Value found = generic_getattr(self, name);
  if (!found.is_null()) return found;
  Value getattr_hook = dict_get_str(module->dict, names.dunder_getattr);
  if (!getattr_hook.is_null()) return call(getattr_hook, {Value::from_object(name)});
  Value module_name = module_name_or_question(module);
  if (module_name.is_null()) {
    raise(&exc_AttributeError, "module has no attribute '" + std::string(name->view()) + "'");
  }
  std::string message = "module '" + std::string(str_view(module_name)) +
                        "' has no attribute '" + std::string(name->view()) + "'";
  if (module_is_initializing(self)) {
    message = "partially initialized " + message + " (most likely due to a circular import)";
  }
  Value error = new_exception_message(&exc_AttributeError, message);
  setattr(error, names.name, Value::from_object(name));
  setattr(error, names.obj, self);
  raise_exception(error);
}

void module_setattr(Value self, Str* name, Value value) {
  Value descr = type_lookup(type_of(self), name);
  if (!descr.is_null() && type_of(descr)->descr_set) {
    type_of(descr)->descr_set(descr, self, value);
    return;
  }
  auto* module = self.as<Module>();
  if (value.is_null()) {
    if (!dict_delete(module->dict, Value::from_object(name))) {
      Value module_name = module_name_or_question(module);
      raise(&exc_AttributeError,
            "module '" + std::string(module_name.is_null() ? "?" : str_view(module_name)) +
                "' has no attribute '" + std::string(name->view()) + "'");
    }
    return;
  }
  dict_set_str(module->dict, name, value);
}

// importlib's _module_repr: from the spec when there is one, else from
// __file__ or the loader.
Value module_repr(Value self) {
  auto* module = self.as<Module>();
  Value spec = dict_get_str(module->dict, names.dunder_spec);
  if (!spec.is_null() && !is_none(spec)) {
    Value spec_name = lookup_attr(spec, names.name);
    std::string shown = spec_name.is_null() || is_none(spec_name) ? std::string("'?'")
                                                                  : repr_string(spec_name);
    Value origin = lookup_attr(spec, intern("origin"));
    if (origin.is_null() || is_none(origin)) {
      Value loader = lookup_attr(spec, intern("loader"));
      if (loader.is_null() || is_none(loader)) return str_value("<module " + shown + ">");
      return str_value("<module " + shown + " (" + repr_string(loader) + ")>");
    }
    Value has_location = lookup_attr(spec, intern("has_location"));
    if (!has_location.is_null() && truthy(has_location)) {
      return str_value("<module " + shown + " from " + repr_string(origin) + ">");
    }
    return str_value("<module " + shown + " (" + str_string(origin) + ")>");
  }
  Value name = module_name_or_question(module);
  std::string shown = name.is_null() ? std::string("'?'") : repr_string(name);
  Value file = dict_get_str(module->dict, names.dunder_file);
  if (file.is_null()) {
    Value loader = dict_get_str(module->dict, names.dunder_loader);
    if (loader.is_null() || is_none(loader)) return str_value("<module " + shown + ">");
    return str_value("<module " + shown + " (" + repr_string(loader) + ")>");
  }
  return str_value("<module " + shown + " from " + repr_string(file) + ">");
}

Value module_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* module = static_cast<Module*>(allocate_instance(type));
  module->dict = make_dict();
  return Value::from_object(module);
}

void module_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) throw_type_error("module() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) {
    throw_type_error(nargs < 1 ? "module() missing required argument 'name' (pos 1)"
                               : "module() takes at most 2 arguments (" +
                                     std::to_string(nargs) + " given)");
  }
  if (!is_str(args[0])) {
    throw_type_error("module() argument 'name' must be str, not " + type_name(args[0]));
  }
  auto* module = self.as<Module>();
  dict_set_str(module->dict, names.dunder_name, args[0]);
  dict_set_str(module->dict, names.dunder_doc, nargs > 1 ? args[1] : none());
  dict_set_str(module->dict, names.dunder_package, none());
  dict_set_str(module->dict, names.dunder_loader, none());
  dict_set_str(module->dict, names.dunder_spec, none());
}

Value module_dict_get(Value self) { return Value::from_object(self.as<Module>()->dict); }

// A module's attributes are its dict's keys, unless the module defines a
// __dir__ function of its own.
Value module_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__dir__", nargs, 0, 0);
  // Through the attribute, which a subclass may override.
  Value dict_value = getattr(self, names.dunder_dict);
  if (!is_dict(dict_value)) throw_type_error("<module>.__dict__ is not a dictionary");
  Dict* dict = dict_value.as<Dict>();
  Value own_dir = dict_get_str(dict, names.dunder_dir);
  if (!own_dir.is_null()) return call(own_dir, {});
  return Value::from_object(list_from_iterable(Value::from_object(dict)));
}

// module.__annotations__: the dict's entry, created empty on first read.
Value module_annotations_get(Value self) {
  Dict* dict = self.as<Module>()->dict;
  Value annotations = dict_get_str(dict, names.dunder_annotations);
  if (annotations.is_null()) {
    annotations = Value::from_object(make_dict());
    dict_set_str(dict, names.dunder_annotations, annotations);
  }
  return annotations;
}

void module_annotations_set(Value self, Value value) {
  Dict* dict = self.as<Module>()->dict;
  if (!value.is_null()) {
    dict_set_str(dict, names.dunder_annotations, value);
  } else if (!dict_delete(dict, Value::from_object(names.dunder_annotations))) {
    raise(&exc_AttributeError, "__annotations__");
  }
}

}  // namespace

Module* make_module(Str* name) {
  auto* module = static_cast<Module*>(allocate_instance(&module_type));
  module->dict = make_dict();
  Value name_value = Value::from_object(name);
  module_init(Value::from_object(module), &name_value, 1, nullptr);
  return module;
}

void init_module_type() {
  module_type.getattr = module_getattr;
  module_type.setattr = module_setattr;
  module_type.repr = module_repr;
  module_type.new_instance = module_new;
  module_type.init = module_init;
  init_static_type(&module_type, "module", nullptr, sizeof(Module), kTypeBaseType);
  add_methods(&module_type, {{"__dir__", module_dir}});
  add_getsets(&module_type, {
      {"__dict__", module_dict_get},
      {"__annotations__", module_annotations_get, module_annotations_set},
  });
}

}  // namespace krait
