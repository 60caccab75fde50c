#include "vm/import.h"

#include <cstring>
#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

struct BuiltinModuleEntry {
  const char* name;
  Module* (*create)();
};

// Registered once at start-up; plain data, no GC pointers.
constexpr size_t kMaxBuiltinModules = 128;
BuiltinModuleEntry builtin_modules[kMaxBuiltinModules];
size_t builtin_module_count = 0;

// A static, so the data segment root keeps it alive.
Dict* modules = nullptr;

[[noreturn]] void raise_module_not_found(Str* name) {
  Value exception = new_exception_message(
      &exc_ModuleNotFoundError, "No module named " + str_repr(name->view()));
  setattr(exception, intern("name"), Value::from_object(name));
  raise_exception(exception);
}

}  // namespace

void register_builtin_module(const char* name, Module* (*create)()) {
  for (size_t i = 0; i < builtin_module_count; ++i) {
    if (std::strcmp(builtin_modules[i].name, name) == 0) {
      builtin_modules[i].create = create;
      return;
    }
  }
  if (builtin_module_count == kMaxBuiltinModules) return;
  builtin_modules[builtin_module_count++] = {name, create};
}

Dict* module_table() {
  if (!modules) modules = make_dict();
  return modules;
}

Module* find_builtin_module(Str* name) {
  Value existing = dict_get_str(module_table(), name);
  if (!existing.is_null()) return existing.as<Module>();
  for (size_t i = 0; i < builtin_module_count; ++i) {
    if (name->view() == builtin_modules[i].name) {
      Module* module = builtin_modules[i].create();
      dict_set_str(module_table(), name, Value::from_object(module));
      return module;
    }
  }
  return nullptr;
}

Value import_module(Str* name, Value, Value fromlist, int level) {
  if (level > 0) raise(&exc_ImportError, "attempted relative import with no known parent package");
  if (name->size == 0) throw_value_error("Empty module name");
  // A dotted name imports each package on the way; with no fromlist the
  // statement binds the top-level package.
  std::string_view full = name->view();
  Value top;
  Value module;
  size_t start = 0;
  while (true) {
    size_t dot = full.find('.', start);
    Str* prefix = make_str(full.substr(0, dot));
    Value found = dict_get_str(module_table(), prefix);
    if (found.is_null()) {
      Module* builtin = find_builtin_module(prefix);
      if (!builtin) raise_module_not_found(prefix);
      found = Value::from_object(builtin);
    }
    if (top.is_null()) top = found;
    module = found;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  bool has_fromlist = !fromlist.is_null() && !is_none(fromlist) && truthy(fromlist);
  return has_fromlist ? module : top;
}

Value import_from(Value module, Str* name) {
  Value value = lookup_attr(module, name);
  if (!value.is_null()) return value;
  Value module_name = lookup_attr(module, intern("__name__"));
  std::string module_text = !module_name.is_null() && is_str(module_name)
                                ? std::string(str_view(module_name))
                                : std::string("<unknown module name>");
  Value exception = new_exception_message(
      &exc_ImportError, "cannot import name " + str_repr(name->view()) + " from " +
                            str_repr(module_text) + " (unknown location)");
  setattr(exception, intern("name"), module_name.is_null() ? none() : module_name);
  raise_exception(exception);
}

}  // namespace krait
