// The import algorithm: CPython 3.11's PyImport_ImportModuleLevelObject and
// importlib._bootstrap's _find_and_load, _find_spec, _load_unlocked,
// module_from_spec and _init_module_attrs, natively.
#include "vm/import.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/sys.h"
#include "modules/warnings.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "vm/code.h"
#include "vm/interpreter.h"

namespace krait {

ImportClasses import_classes;

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
// builtins.__import__ as start-up made it: IMPORT_NAME calls the native
// algorithm directly while builtins still holds it.
Value original_import;

Value attr_or_none(Value object, const char* name) {
  Value value = lookup_attr(object, intern(name));
  return value.is_null() ? none() : value;
}

[[noreturn]] void raise_import_error(Type* type, const std::string& message, Value name,
                                     Value path = Value::null()) {
  Value exception = new_exception_message(type, message);
  setattr(exception, names.name, name.is_null() ? none() : name);
  if (!path.is_null()) setattr(exception, intern("path"), path);
  raise_exception(exception);
}

[[noreturn]] void raise_module_not_found(Str* name, const std::string& suffix = "") {
  raise_import_error(&exc_ModuleNotFoundError,
                     "No module named " + str_repr(name->view()) + suffix,
                     Value::from_object(name));
}


Value module_get(Str* name) { return dict_get_str(module_table(), name); }

// _calc___package__ and the C resolve_name: the absolute name of a relative
// import from code whose globals are `globals`.
Str* resolve_name(Str* name, Value globals, int level) {
  if (globals.is_null() || is_none(globals)) throw_key_error(str_value("'__name__' not in globals"));
  if (!is_instance_of(globals, &dict_type)) throw_type_error("globals must be a dict");
  Dict* dict = globals.as<Dict>();
  Value package = dict_get_str(dict, names.dunder_package);
  Value spec = dict_get_str(dict, names.dunder_spec);
  if (!package.is_null() && !is_none(package)) {
    if (!is_str(package)) throw_type_error("package must be a string");
    if (!spec.is_null() && !is_none(spec)) {
      Value parent = getattr(spec, intern("parent"));
      if (!compare_bool(package, parent, CompareOp::Eq)) {
        warn(&exc_ImportWarning, "__package__ != __spec__.parent", 1);
      }
    }
  } else if (!spec.is_null() && !is_none(spec)) {
    package = getattr(spec, intern("parent"));
    if (!is_str(package)) throw_type_error("__spec__.parent must be a string");
  } else {
    warn(&exc_ImportWarning,
         "can't resolve package from __spec__ or __package__, falling back on __name__ and "
         "__path__",
         1);
    package = dict_get_str(dict, names.dunder_name);
    if (package.is_null()) throw_key_error(str_value("'__name__' not in globals"));
    if (!is_str(package)) throw_type_error("__name__ must be a string");
    if (dict_get_str(dict, intern("__path__")).is_null()) {
      std::string_view text = str_view(package);
      size_t dot = text.rfind('.');
      if (dot == std::string_view::npos) {
        raise(&exc_ImportError, "attempted relative import with no known parent package");
      }
      package = str_value(text.substr(0, dot));
    }
  }
  std::string_view base = str_view(package);
  if (base.empty()) {
    raise(&exc_ImportError, "attempted relative import with no known parent package");
  }
  for (int i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string_view::npos) {
      raise(&exc_ImportError, "attempted relative import beyond top-level package");
    }
    base = base.substr(0, dot);
  }
  if (name->size == 0) return make_str(base);
  return make_str(std::string(base) + "." + std::string(name->view()));
}

void set_attribute_quietly(Value module, const char* name, Value value) {
  try {
    setattr(module, intern(name), value);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_AttributeError)) throw;
    clear_current_exception();
  }
}

bool attribute_is_none(Value object, const char* name) {
  Value value = lookup_attr(object, intern(name));
  return value.is_null() || is_none(value);
}

}  // namespace

// _init_module_attrs(spec, module).
void init_module_attrs(Value spec, Value module, bool override) {
  if (override || attribute_is_none(module, "__name__")) {
    set_attribute_quietly(module, "__name__", getattr(spec, names.name));
  }
  if (override || attribute_is_none(module, "__loader__")) {
    Value loader = attr_or_none(spec, "loader");
    Value locations = attr_or_none(spec, "submodule_search_locations");
    if (is_none(loader) && !is_none(locations)) {
      Value namespace_loader = import_classes.namespace_loader;
      loader = call_method(namespace_loader, intern("__new__"), {namespace_loader});
      setattr(loader, intern("_path"), locations);
      setattr(spec, intern("loader"), loader);
      set_attribute_quietly(module, "__file__", none());
    }
    set_attribute_quietly(module, "__loader__", loader);
  }
  if (override || attribute_is_none(module, "__package__")) {
    set_attribute_quietly(module, "__package__", getattr(spec, intern("parent")));
  }
  set_attribute_quietly(module, "__spec__", spec);
  if (override || attribute_is_none(module, "__path__")) {
    Value locations = attr_or_none(spec, "submodule_search_locations");
    if (!is_none(locations)) set_attribute_quietly(module, "__path__", locations);
  }
  if (truthy(getattr(spec, intern("has_location")))) {
    if (override || attribute_is_none(module, "__file__")) {
      set_attribute_quietly(module, "__file__", getattr(spec, intern("origin")));
    }
    if (override || attribute_is_none(module, "__cached__")) {
      Value cached = attr_or_none(spec, "cached");
      if (!is_none(cached)) set_attribute_quietly(module, "__cached__", cached);
    }
  }
}

namespace {

bool is_builtin_spec_loader(Value loader) { return loader.is(import_classes.builtin_importer); }

Value builtin_spec(Str* name) {
  Value spec = call(import_classes.module_spec,
                    {Value::from_object(name), import_classes.builtin_importer});
  setattr(spec, intern("origin"), str_value("built-in"));
  return spec;
}

}  // namespace

// module_from_spec(spec).
Value module_from_spec(Value spec) {
  Value loader = attr_or_none(spec, "loader");
  Value module = Value::null();
  if (is_builtin_spec_loader(loader)) {
    Str* name = getattr(spec, names.name).as<Str>();
    Module* builtin = find_builtin_module(name);
    if (!builtin) {
      raise_import_error(&exc_ImportError, str_repr(name->view()) + " is not a built-in module",
                         Value::from_object(name));
    }
    module = Value::from_object(builtin);
  } else if (!is_none(loader)) {
    Value create = lookup_attr(loader, intern("create_module"));
    if (!create.is_null()) {
      module = call(create, {spec});
      if (is_none(module)) module = Value::null();
    } else if (!lookup_attr(loader, intern("exec_module")).is_null()) {
      raise(&exc_ImportError, "loaders that define exec_module() must also define create_module()");
    }
  }
  if (module.is_null()) {
    Value name = getattr(spec, names.name);
    if (!is_str(name)) throw_type_error("module name must be str, not " + type_name(name));
    module = Value::from_object(make_module(name.as<Str>()));
  }
  init_module_attrs(spec, module, false);
  return module;
}

namespace {

// Runs a module's code in its namespace, with __builtins__ added as exec()
// adds it.
void exec_code_in_module(Code* code, Value module) {
  Dict* globals = getattr(module, names.dunder_dict).as<Dict>();
  if (dict_get_str(globals, names.dunder_builtins).is_null()) {
    Module* builtins = find_builtin_module(names.builtins);
    if (builtins) dict_set_str(globals, names.dunder_builtins, Value::from_object(builtins->dict));
  }
  run_code(code, globals, Value::from_object(globals));
}

// The loader's exec_module, natively for Krait's own source loader.
void exec_module(Value loader, Value module) {
  if (type_of(loader) == import_classes.source_file_loader.as<Type>()) {
    Value name = getattr(module, names.dunder_name);
    Value path = getattr(loader, intern("path"));
    if (is_str(name) && is_str(path)) {
      exec_code_in_module(source_file_code(name.as<Str>(), std::string(str_view(path))), module);
      return;
    }
  }
  call_method(loader, intern("exec_module"), {module});
}

void set_initializing(Value spec, bool value) {
  set_attribute_quietly(spec, "_initializing", value ? make_bool(true) : make_bool(false));
}

// _load_backward_compatible: a loader with load_module() only.
Value load_backward_compatible(Value spec, Value loader, Str* name) {
  warn(&exc_ImportWarning,
       repr_string(loader) + ".exec_module() not found; falling back to load_module()", 1);
  call_method(loader, intern("load_module"), {Value::from_object(name)});
  Value module = dict_pop(module_table(), Value::from_object(name));
  if (module.is_null()) throw_key_error(Value::from_object(name));
  dict_set_str(module_table(), name, module);
  if (attribute_is_none(module, "__loader__")) set_attribute_quietly(module, "__loader__", loader);
  if (attribute_is_none(module, "__package__")) {
    set_attribute_quietly(module, "__package__", getattr(spec, intern("parent")));
  }
  if (attribute_is_none(module, "__spec__")) set_attribute_quietly(module, "__spec__", spec);
  return module;
}

}  // namespace

// _load_unlocked(spec).
Value load_from_spec(Value spec) {
  Value loader = attr_or_none(spec, "loader");
  Str* name = getattr(spec, names.name).as<Str>();
  if (!is_none(loader) && !is_builtin_spec_loader(loader) &&
      lookup_attr(loader, intern("exec_module")).is_null()) {
    return load_backward_compatible(spec, loader, name);
  }
  Value module = module_from_spec(spec);
  set_initializing(spec, true);
  try {
    dict_set_str(module_table(), name, module);
    try {
      if (is_none(loader)) {
        if (is_none(attr_or_none(spec, "submodule_search_locations"))) {
          raise_import_error(&exc_ImportError, "missing loader", Value::from_object(name));
        }
      } else if (!is_builtin_spec_loader(loader)) {
        exec_module(attr_or_none(spec, "loader"), module);
      }
    } catch (const PyException&) {
      Value pending = take_current_exception();
      dict_delete(module_table(), Value::from_object(name));
      raise_exception(pending);
    }
    // A module may have replaced itself in sys.modules; move it to the end.
    module = dict_pop(module_table(), Value::from_object(name));
    if (module.is_null()) throw_key_error(Value::from_object(name));
    dict_set_str(module_table(), name, module);
    if (import_verbosity() > 0) {
      import_verbose_message("import " + str_repr(name->view()) + " # " +
                             repr_string(attr_or_none(spec, "loader")));
    }
  } catch (const PyException&) {
    Value pending = take_current_exception();
    set_initializing(spec, false);
    raise_exception(pending);
  }
  set_initializing(spec, false);
  return module;
}

namespace {

Value call_find_spec(Value finder, Str* name, Value path) {
  if (finder.is(import_classes.builtin_importer)) {
    if (!is_none(path) || !is_builtin_module_name(name->view())) return none();
    return builtin_spec(name);
  }
  if (finder.is(import_classes.frozen_importer)) return none();
  if (finder.is(import_classes.path_finder)) return path_finder_find_spec(name, path);
  Value find_spec = lookup_attr(finder, intern("find_spec"));
  if (!find_spec.is_null()) return call(find_spec, {Value::from_object(name), path, none()});
  warn(&exc_ImportWarning,
       repr_string(finder) + ".find_spec() not found; falling back to find_module()", 1);
  Value loader = call_method(finder, intern("find_module"), {Value::from_object(name), path});
  if (is_none(loader)) return none();
  return call(import_classes.spec_from_loader, {Value::from_object(name), loader});
}

}  // namespace

// _find_spec(name, path).
Value find_spec(Str* name, Value path) {
  Value meta_path = sys_attribute(intern("meta_path"));
  if (meta_path.is_null() || is_none(meta_path)) {
    raise(&exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
  }
  List* finders = list_from_iterable(meta_path);
  if (finders->size == 0) warn(&exc_ImportWarning, "sys.meta_path is empty", 1);
  bool is_reload = !module_get(name).is_null();
  for (size_t i = 0; i < finders->size; ++i) {
    Value spec = call_find_spec(finders->items[i], name, path);
    if (is_none(spec)) continue;
    if (!is_reload) {
      Value module = module_get(name);
      if (!module.is_null()) {
        Value module_spec = lookup_attr(module, names.dunder_spec);
        if (!module_spec.is_null() && !is_none(module_spec)) return module_spec;
      }
    }
    return spec;
  }
  return none();
}

namespace {

// _find_and_load_unlocked(name).
Value find_and_load_unlocked(Str* name) {
  std::string_view full = name->view();
  size_t dot = full.rfind('.');
  Value path = none();
  Str* parent = nullptr;
  Str* child = nullptr;
  if (dot != std::string_view::npos) {
    parent = make_str(full.substr(0, dot));
    child = intern(full.substr(dot + 1));
    if (module_get(parent).is_null()) import_absolute(parent);
    Value already = module_get(name);
    if (!already.is_null()) return already;
    Value parent_module = module_get(parent);
    if (parent_module.is_null()) throw_key_error(Value::from_object(parent));
    path = lookup_attr(parent_module, intern("__path__"));
    if (path.is_null()) {
      raise_module_not_found(name, "; " + str_repr(parent->view()) + " is not a package");
    }
  }
  Value spec = find_spec(name, path);
  if (is_none(spec)) raise_module_not_found(name);
  Value module = load_from_spec(spec);
  if (parent) {
    Value parent_module = module_get(parent);
    if (!parent_module.is_null()) {
      try {
        setattr(parent_module, child, module);
      } catch (const PyException&) {
        if (!current_exception_matches(&exc_AttributeError)) throw;
        clear_current_exception();
        warn(&exc_ImportWarning,
             "Cannot set an attribute on " + str_repr(parent->view()) + " for child module " +
                 str_repr(child->view()),
             1);
      }
    }
  }
  return module;
}

bool has_fromlist(Value fromlist) {
  return !fromlist.is_null() && !is_none(fromlist) && truthy(fromlist);
}

}  // namespace

// _handle_fromlist(module, fromlist): imports the submodules a from list
// names that are not attributes yet; `*` follows the package's __all__.
Value handle_fromlist(Value module, Value fromlist, bool recursive) {
  if (!recursive && is_instance_of(fromlist, &tuple_type)) {
    Tuple* names_given = fromlist.as<Tuple>();
    bool all_present = true;
    for (size_t i = 0; i < names_given->size && all_present; ++i) {
      Value item = names_given->items()[i];
      all_present = is_str(item) && str_view(item) != "*" &&
                    !lookup_attr(module, item.as<Str>()).is_null();
    }
    if (all_present) return module;
  }
  List* items = list_from_iterable(fromlist);
  for (size_t i = 0; i < items->size; ++i) {
    Value item = items->items[i];
    if (!is_str(item)) {
      std::string where = recursive ? str_string(getattr(module, names.dunder_name)) + ".__all__"
                                    : std::string("``from list''");
      throw_type_error("Item in " + where + " must be str, not " + type_name(item));
    }
    if (str_view(item) == "*") {
      Value all = recursive ? Value::null() : lookup_attr(module, intern("__all__"));
      if (!all.is_null()) handle_fromlist(module, all, true);
      continue;
    }
    if (!lookup_attr(module, item.as<Str>()).is_null()) continue;
    Str* from_name = make_str(str_string(getattr(module, names.dunder_name)) + "." +
                              std::string(str_view(item)));
    try {
      import_module(from_name, none(), none(), 0);
    } catch (const PyException&) {
      Value error = current_exception();
      if (!is_instance_of(error, &exc_ModuleNotFoundError)) throw;
      Value error_name = lookup_attr(error, names.name);
      Value present = module_get(from_name);
      bool missing_submodule = !error_name.is_null() && is_str(error_name) &&
                               str_view(error_name) == from_name->view() &&
                               (present.is_null() || !is_none(present));
      if (!missing_submodule) throw;
      clear_current_exception();
    }
  }
  return module;
}

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

bool is_builtin_module_name(std::string_view name) {
  for (size_t i = 0; i < builtin_module_count; ++i) {
    if (name == builtin_modules[i].name) return true;
  }
  return false;
}

Value builtin_module_names() {
  std::vector<std::string_view> sorted;
  for (size_t i = 0; i < builtin_module_count; ++i) sorted.push_back(builtin_modules[i].name);
  std::sort(sorted.begin(), sorted.end());
  Tuple* result = make_tuple(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i) result->items()[i] = Value::from_object(intern(sorted[i]));
  return Value::from_object(result);
}

Dict* module_table() {
  if (!modules) modules = make_dict();
  return modules;
}

Module* find_builtin_module(Str* name) {
  Value existing = dict_get_str(module_table(), name);
  if (!existing.is_null() && type_of(existing) == &module_type) return existing.as<Module>();
  for (size_t i = 0; i < builtin_module_count; ++i) {
    if (name->view() == builtin_modules[i].name) {
      Module* module = builtin_modules[i].create();
      dict_set_str(module_table(), name, Value::from_object(module));
      if (!import_classes.module_spec.is_null()) {
        dict_set_str(module->dict, names.dunder_loader, import_classes.builtin_importer);
        dict_set_str(module->dict, names.dunder_spec, builtin_spec(name));
        dict_set_str(module->dict, names.dunder_package, str_value(""));
      }
      return module;
    }
  }
  return nullptr;
}

int import_verbosity() {
  Value flags = sys_attribute(intern("flags"));
  if (flags.is_null()) return 0;
  Value verbose = lookup_attr(flags, intern("verbose"));
  return verbose.is_null() || !verbose.is_small_int() ? 0 : static_cast<int>(verbose.as_small_int());
}

void import_verbose_message(const std::string& message) {
  Value stream = sys_attribute(intern("stderr"));
  std::string line = message.starts_with('#') || message.starts_with("import ")
                         ? message
                         : "# " + message;
  if (stream.is_null() || is_none(stream)) return;
  call_method(stream, names.write, {str_value(line + "\n")});
}

bool module_is_initializing(Value module) {
  Value spec = lookup_attr(module, names.dunder_spec);
  if (spec.is_null() || is_none(spec)) return false;
  Value initializing = lookup_attr(spec, intern("_initializing"));
  return !initializing.is_null() && truthy(initializing);
}

namespace {

// -X importtime / PYTHONPROFILEIMPORTTIME: decided at the first import.
enum class ImportTime { Unknown, Off, On };
ImportTime import_time = ImportTime::Unknown;
int import_time_depth = 0;
int64_t import_time_nested_us = 0;

bool import_time_enabled() {
  if (import_time == ImportTime::Unknown) {
    import_time = ImportTime::Off;
    Value options = sys_attribute(intern("_xoptions"));
    if (!options.is_null() && is_instance_of(options, &dict_type) &&
        !dict_get_str(options.as<Dict>(), intern("importtime")).is_null()) {
      import_time = ImportTime::On;
    }
    Value flags = sys_attribute(intern("flags"));
    Value ignore = flags.is_null() ? Value::null() : lookup_attr(flags, intern("ignore_environment"));
    bool environment_ignored = !ignore.is_null() && truthy(ignore);
    const char* variable = std::getenv("PYTHONPROFILEIMPORTTIME");
    if (!environment_ignored && variable && *variable) import_time = ImportTime::On;
  }
  return import_time == ImportTime::On;
}

int64_t microseconds_now() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// find_and_load_unlocked, timed as CPython's import_find_and_load: one
// line per import, "self" excluding the nested imports.
Value find_and_load_timed(Str* name) {
  static bool header_written = false;
  if (!header_written) {
    std::fputs("import time: self [us] | cumulative | imported package\n", stderr);
    header_written = true;
  }
  int64_t outer_nested = import_time_nested_us;
  import_time_nested_us = 0;
  ++import_time_depth;
  int64_t start = microseconds_now();
  Value module;
  try {
    module = find_and_load_unlocked(name);
  } catch (const PyException&) {
    --import_time_depth;
    import_time_nested_us = outer_nested;
    throw;
  }
  int64_t cumulative = microseconds_now() - start;
  --import_time_depth;
  std::fprintf(stderr, "import time: %9ld | %10ld | %*s%s\n",
               static_cast<long>(cumulative - import_time_nested_us),
               static_cast<long>(cumulative), import_time_depth * 2, "",
               std::string(name->view()).c_str());
  import_time_nested_us = outer_nested + cumulative;
  return module;
}

}  // namespace

Value import_absolute(Str* name) {
  Value module = module_get(name);
  if (!module.is_null() && !is_none(module) && !module_is_initializing(module)) return module;
  if (module.is_null()) {
    return import_time_enabled() ? find_and_load_timed(name) : find_and_load_unlocked(name);
  }
  if (is_none(module)) {
    raise_import_error(&exc_ModuleNotFoundError,
                       "import of " + std::string(name->view()) + " halted; None in sys.modules",
                       Value::from_object(name));
  }
  return module;
}

Value import_module(Str* name, Value globals, Value fromlist, int level) {
  if (level < 0) throw_value_error("level must be >= 0");
  Str* absolute = name;
  if (level > 0) {
    absolute = resolve_name(name, globals, level);
  } else if (name->size == 0) {
    throw_value_error("Empty module name");
  }
  Value module = import_absolute(absolute);
  if (has_fromlist(fromlist)) {
    if (lookup_attr(module, intern("__path__")).is_null()) return module;
    return handle_fromlist(module, fromlist, false);
  }
  if (level != 0 && name->size == 0) return module;
  std::string_view text = name->view();
  size_t dot = text.find('.');
  if (dot == std::string_view::npos) return module;
  if (level == 0) return import_absolute(make_str(text.substr(0, dot)));
  size_t cut_off = text.size() - dot;
  std::string_view full = absolute->view();
  Str* to_return = make_str(full.substr(0, full.size() - cut_off));
  Value found = module_get(to_return);
  if (found.is_null()) {
    throw_key_error(str_value(repr_string(Value::from_object(to_return)) +
                              " not in sys.modules as expected"));
  }
  return found;
}

Value import_name(Dict* builtins, Str* name, Value globals, Value locals, Value fromlist,
                  int level) {
  Value import_function = dict_get_str(builtins, intern("__import__"));
  if (import_function.is_null()) raise(&exc_ImportError, "__import__ not found");
  if (import_function.is(original_import)) return import_module(name, globals, fromlist, level);
  Value args[5] = {Value::from_object(name), globals, locals.is_null() ? none() : locals,
                   fromlist, Value::from_small_int(level)};
  return call(import_function, args, 5);
}

Value import_from(Value module, Str* name) {
  Value value = lookup_attr(module, name);
  if (!value.is_null()) return value;
  Value package_name = lookup_attr(module, names.dunder_name);
  if (package_name.is_null() || !is_str(package_name)) {
    raise_import_error(&exc_ImportError, "cannot import name " + str_repr(name->view()),
                       none());
  }
  Str* full = make_str(std::string(str_view(package_name)) + "." + std::string(name->view()));
  Value submodule = module_get(full);
  if (!submodule.is_null()) return submodule;
  std::string package_text = str_repr(str_view(package_name));
  Value path = lookup_attr(module, names.dunder_file);
  if (path.is_null() || !is_str(path)) {
    raise_import_error(&exc_ImportError,
                       "cannot import name " + str_repr(name->view()) + " from " + package_text +
                           " (unknown location)",
                       package_name);
  }
  std::string where = " (" + std::string(str_view(path)) + ")";
  if (module_is_initializing(module)) {
    raise_import_error(&exc_ImportError,
                       "cannot import name " + str_repr(name->view()) +
                           " from partially initialized module " + package_text +
                           " (most likely due to a circular import)" + where,
                       package_name, path);
  }
  raise_import_error(&exc_ImportError,
                     "cannot import name " + str_repr(name->view()) + " from " + package_text +
                         where,
                     package_name, path);
}

// importlib.util.find_spec(name).
Value find_module_spec(Str* name) {
  Value module = module_get(name);
  if (!module.is_null()) {
    if (is_none(module)) return none();
    Value spec = lookup_attr(module, names.dunder_spec);
    if (spec.is_null()) throw_value_error(std::string(name->view()) + ".__spec__ is not set");
    if (is_none(spec)) throw_value_error(std::string(name->view()) + ".__spec__ is None");
    return spec;
  }
  std::string_view full = name->view();
  size_t dot = full.rfind('.');
  Value path = none();
  if (dot != std::string_view::npos) {
    Str* parent_name = make_str(full.substr(0, dot));
    Value parent = import_module(parent_name, none(),
                                 Value::from_object(make_tuple({str_value("__path__")})), 0);
    path = lookup_attr(parent, intern("__path__"));
    if (path.is_null()) {
      raise_import_error(&exc_ModuleNotFoundError,
                         "__path__ attribute not found on " + str_repr(parent_name->view()) +
                             " while trying to find " + str_repr(full),
                         Value::from_object(name));
    }
  }
  return find_spec(name, path);
}

Value module_spec_code(Value spec) {
  Value loader = attr_or_none(spec, "loader");
  Value name = getattr(spec, names.name);
  if (is_none(loader)) {
    raise_import_error(&exc_ImportError, "No code object available for " + str_string(name),
                       name);
  }
  if (type_of(loader) == import_classes.source_file_loader.as<Type>()) {
    Value path = getattr(loader, intern("path"));
    if (is_str(name) && is_str(path)) {
      return Value::from_object(source_file_code(name.as<Str>(), std::string(str_view(path))));
    }
  }
  Value code = call_method(loader, intern("get_code"), {name});
  if (is_none(code)) {
    raise_import_error(&exc_ImportError, "No code object available for " + str_string(name),
                       name);
  }
  return code;
}

void set_original_import(Value import_function) { original_import = import_function; }

}  // namespace krait
