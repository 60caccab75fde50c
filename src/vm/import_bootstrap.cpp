// The modules under importlib: `_imp` (native) and the frozen
// `_frozen_importlib` and `_frozen_importlib_external` (vm/import_frozen.py.inc
// run over the native functions defined here), installed at start-up as
// CPython installs its frozen importlib, with sys.meta_path and
// sys.path_hooks pointing at their finders.
#include <sys/stat.h>

#include <cerrno>
#include <string>

#include "compiler/source.h"
#include "compiler/syntax_error.h"
#include "modules/io_files.h"
#include "modules/marshal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "vm/code.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace krait {

namespace {

#include "vm/import_frozen.py.inc"

}  // namespace

const FrozenModule frozen_modules[] = {
    {"_frozen_importlib", kFrozenImportlibSource},
    {"_frozen_importlib_external", kFrozenImportlibExternalSource},
};
const size_t frozen_module_count = sizeof frozen_modules / sizeof frozen_modules[0];

namespace {

std::string_view bytes_view(Value value) { return value.as<Bytes>()->view(); }

std::string path_argument(const char* function, Value value) {
  if (is_str(value)) return std::string(str_view(value));
  if (is_instance_of(value, &bytes_type)) return std::string(bytes_view(value));
  Value fspath = lookup_attr(value, intern("__fspath__"));
  if (!fspath.is_null()) return path_argument(function, call(fspath, {}));
  throw_type_error(std::string(function) + "() argument must be str, not " + type_name(value));
}

Str* name_argument(const char* function, Value value) {
  if (!is_str(value)) {
    throw_type_error(std::string(function) + "() argument must be str, not " + type_name(value));
  }
  return value.as<Str>();
}

// --- _imp --------------------------------------------------------------------

Value imp_is_builtin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("is_builtin", kwnames);
  check_positional("is_builtin", nargs, 1, 1);
  std::string_view name = name_argument("is_builtin", args[0])->view();
  if (!is_builtin_module_name(name)) return make_int(0);
  // CPython answers -1 for the modules made at start-up, which cannot be
  // initialised again.
  return make_int(name == "sys" || name == "builtins" ? -1 : 1);
}

Value imp_create_builtin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("create_builtin", kwnames);
  check_positional("create_builtin", nargs, 1, 1);
  Value name = getattr(args[0], names.name);
  if (!is_str(name)) throw_type_error("name must be string, not " + type_name(name));
  Module* module = find_builtin_module(name.as<Str>());
  return module ? Value::from_object(module) : none();
}

Value imp_exec_builtin(Value, const Value*, size_t, Tuple*) { return make_int(0); }
Value imp_false(Value, const Value*, size_t, Tuple*) { return make_bool(false); }
Value imp_none(Value, const Value*, size_t, Tuple*) { return none(); }
Value imp_extension_suffixes(Value, const Value*, size_t, Tuple*) {
  return Value::from_object(make_list());
}

Value imp_source_hash(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"source_hash", {"key", "source"}, 2}, args, nargs, kwnames, bound);
  if (!is_instance_of(bound[1], &bytes_type)) {
    throw_type_error("source_hash() argument 'source' must be bytes-like, not " +
                     type_name(bound[1]));
  }
  uint64_t hash = pyc_source_hash(static_cast<uint64_t>(index_as_long(bound[0])),
                                  bytes_view(bound[1]));
  std::string out;
  for (int i = 0; i < 8; ++i) out += static_cast<char>((hash >> (8 * i)) & 0xff);
  return Value::from_object(make_bytes(out));
}

Value imp_fix_co_filename(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_fix_co_filename", kwnames);
  check_positional("_fix_co_filename", nargs, 2, 2);
  if (type_of(args[0]) != &code_type) {
    throw_type_error("_fix_co_filename() argument 1 must be code, not " + type_name(args[0]));
  }
  fix_code_filename(args[0].as<Code>(), name_argument("_fix_co_filename", args[1]));
  return none();
}

// Krait has no frozen modules: every name is unknown.
Value imp_get_frozen_object(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"get_frozen_object", {"name", "data"}, 1, 2}, args, nargs, kwnames, bound);
  if (!is_str(bound[0])) {
    throw_type_error("get_frozen_object() argument 1 must be str, not " + type_name(bound[0]));
  }
  Value exception = new_exception_message(
      &exc_ImportError, "No such frozen object named " + str_repr(bound[0].as<Str>()->view()));
  setattr(exception, names.name, bound[0]);
  raise_exception(exception);
}

Value imp_init_frozen(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("init_frozen", kwnames);
  check_positional("init_frozen", nargs, 1, 1);
  name_argument("init_frozen", args[0]);
  return none();
}

Value imp_frozen_module_names(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_frozen_module_names", kwnames);
  check_positional("_frozen_module_names", nargs, 0, 0);
  return Value::from_object(make_list());
}

// _imp._override_frozen_modules_for_tests: CPython's override of
// PyConfig.use_frozen_modules (1: use the frozen stdlib modules, -1: do not,
// 0: the configured default), consulted by find_frozen. Krait's only frozen
// modules are the two bootstrap modules, which CPython uses whatever the
// override, and which ran once at start-up over natives of their own, so
// that FrozenImporter can find none: the setting changes no lookup here.
int override_frozen_modules = 0;

Value imp_override_frozen_modules(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_imp._override_frozen_modules_for_tests", kwnames);
  check_positional("_imp._override_frozen_modules_for_tests", nargs, 1, 1);
  override_frozen_modules = index_as_int(args[0]);
  return none();
}

// _imp.find_frozen(name, /, *, withdata=False): None, as no frozen module can
// be imported (see above).
Value imp_find_frozen(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"find_frozen", {"", "withdata"}, 1, 1, 1}, args, nargs, kwnames, bound);
  if (!is_str(bound[0])) {
    throw_type_error("find_frozen() argument 1 must be str, not " + type_name(bound[0]));
  }
  return none();
}

}  // namespace

Module* create_imp_module() {
  Module* module = make_module(intern("_imp"));
  dict_set_str(module->dict, names.dunder_doc,
               str_value("(Extremely) low-level import machinery bits as used by importlib."));
  add_functions(module, {
      {"is_builtin", imp_is_builtin},
      {"create_builtin", imp_create_builtin},
      {"exec_builtin", imp_exec_builtin},
      {"exec_dynamic", imp_exec_builtin},
      {"is_frozen", imp_false},
      {"is_frozen_package", imp_false},
      {"find_frozen", imp_find_frozen},
      {"_override_frozen_modules_for_tests", imp_override_frozen_modules, kMethodInstance,
       "(internal-only) Override PyConfig.use_frozen_modules.\n\n"
       "(-1: \"off\", 1: \"on\", 0: no override)\n"
       "See frozen_modules() in Lib/test/support/import_helper.py."},
      {"get_frozen_object", imp_get_frozen_object},
      {"init_frozen", imp_init_frozen},
      {"_frozen_module_names", imp_frozen_module_names},
      {"acquire_lock", imp_none},
      {"release_lock", imp_none},
      {"lock_held", imp_false},
      {"extension_suffixes", imp_extension_suffixes},
      {"source_hash", imp_source_hash},
      {"_fix_co_filename", imp_fix_co_filename},
  });
  dict_set_str(module->dict, intern("check_hash_based_pycs"), str_value("default"));
  return module;
}

namespace {

// --- _frozen_importlib --------------------------------------------------------

Value bootstrap_find_spec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"_find_spec", {"name", "path", "target"}, 2}, args, nargs, kwnames, bound);
  return find_spec(name_argument("_find_spec", bound[0]), bound[1]);
}

Value bootstrap_gcd_import(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"_gcd_import", {"name", "package", "level"}, 1}, args, nargs, kwnames, bound);
  if (!is_str(bound[0])) {
    throw_type_error("module name must be str, not " + repr_string(Value::from_object(type_of(bound[0]))));
  }
  int64_t level = bound[2].is_null() ? 0 : index_as_ssize(bound[2]);
  if (level < 0) throw_value_error("level must be >= 0");
  Value package = bound[1].is_null() ? none() : bound[1];
  if (level > 0) {
    if (!is_str(package)) throw_type_error("__package__ not set to a string");
    if (str_view(package).empty()) {
      raise(&exc_ImportError, "attempted relative import with no known parent package");
    }
    Dict* globals = make_dict();
    dict_set_str(globals, names.dunder_package, package);
    return import_absolute(
        getattr(import_module(bound[0].as<Str>(), Value::from_object(globals),
                              Value::from_object(make_tuple({str_value("*")})),
                              static_cast<int>(level)),
                names.dunder_name)
            .as<Str>());
  }
  if (bound[0].as<Str>()->size == 0) throw_value_error("Empty module name");
  return import_absolute(bound[0].as<Str>());
}

Value bootstrap_find_and_load(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_find_and_load", kwnames);
  check_positional("_find_and_load", nargs, 1, 2);
  return import_absolute(name_argument("_find_and_load", args[0]));
}

Value bootstrap_handle_fromlist(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"_handle_fromlist", {"module", "fromlist", "import_", "recursive"}, 3, 0, 3},
                 args, nargs, kwnames, bound);
  return handle_fromlist(bound[0], bound[1], !bound[3].is_null() && truthy(bound[3]));
}

Value bootstrap_module_from_spec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("module_from_spec", kwnames);
  check_positional("module_from_spec", nargs, 1, 1);
  return module_from_spec(args[0]);
}

Value bootstrap_init_module_attrs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"_init_module_attrs", {"spec", "module", "override"}, 2, 0, 2}, args, nargs,
                 kwnames, bound);
  init_module_attrs(bound[0], bound[1], !bound[2].is_null() && truthy(bound[2]));
  return bound[1];
}

// _exec(spec, module): importlib.reload's re-execution in place.
Value bootstrap_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_exec", kwnames);
  check_positional("_exec", nargs, 2, 2);
  Value spec = args[0];
  Value module = args[1];
  Value name = getattr(spec, names.name);
  Value present = is_str(name) ? dict_get_str(module_table(), name.as<Str>()) : Value::null();
  if (present.is_null() || !present.is(module)) {
    Value exception = new_exception_message(
        &exc_ImportError, "module " + repr_string(name) + " not in sys.modules");
    setattr(exception, names.name, name);
    raise_exception(exception);
  }
  init_module_attrs(spec, module, true);
  Value loader = getattr(spec, intern("loader"));
  if (!is_none(loader)) call_method(loader, intern("exec_module"), {module});
  Value result = dict_pop(module_table(), name);
  dict_set_str(module_table(), name.as<Str>(), result);
  return result;
}

Value bootstrap_load(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_load", kwnames);
  check_positional("_load", nargs, 1, 1);
  return load_from_spec(args[0]);
}

Value bootstrap_create_builtin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_create_builtin", kwnames);
  check_positional("_create_builtin", nargs, 1, 1);
  Module* module = find_builtin_module(name_argument("_create_builtin", args[0]));
  return module ? Value::from_object(module) : none();
}

// --- _frozen_importlib_external -----------------------------------------------

Value external_cache_from_source(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"cache_from_source", {"path", "debug_override", "optimization"}, 1, 0, 2}, args,
                 nargs, kwnames, bound);
  std::string path = path_argument("cache_from_source", bound[0]);
  Value optimization = bound[2].is_null() ? none() : bound[2];
  if (!bound[1].is_null() && !is_none(bound[1])) {
    if (!is_none(optimization)) {
      throw_type_error("debug_override or optimization must be set to None");
    }
    optimization = truthy(bound[1]) ? str_value("") : make_int(1);
  }
  std::string level;
  if (is_none(optimization)) {
    level = optimization_level == 0 ? std::string() : std::to_string(optimization_level);
  } else {
    level = str_string(optimization);
    for (char c : level) {
      if (!std::isalnum(static_cast<unsigned char>(c))) {
        throw_value_error(repr_string(str_value(level)) + " is not alphanumeric");
      }
    }
  }
  return str_value(cache_from_source(path, level));
}

Value external_decode_source(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("decode_source", kwnames);
  check_positional("decode_source", nargs, 1, 1);
  if (!is_instance_of(args[0], &bytes_type)) {
    throw_type_error("decode_source() argument must be bytes, not " + type_name(args[0]));
  }
  try {
    SourceText text =
        decode_source(bytes_view(args[0]), "<string>", NewlineMode::TranslateExpression);
    return str_value(text.text);
  } catch (const SyntaxErrorException& error) {
    raise_exception(syntax_error_exception(error.info()));
  }
}

Value external_path_stats(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_path_stats", kwnames);
  check_positional("_path_stats", nargs, 1, 1);
  std::string path = path_argument("_path_stats", args[0]);
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) raise_errno(errno, args[0]);
  double mtime = static_cast<double>(info.st_mtim.tv_sec) + info.st_mtim.tv_nsec * 1e-9;
  return Value::from_object(make_tuple({make_float(mtime), make_int(info.st_size)}));
}

Value external_path_mode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_path_mode", kwnames);
  check_positional("_path_mode", nargs, 1, 1);
  std::string path = path_argument("_path_mode", args[0]);
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) raise_errno(errno, args[0]);
  return make_int(info.st_mode);
}

Value external_read_file(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_data", kwnames);
  check_positional("get_data", nargs, 1, 1);
  return Value::from_object(make_bytes(read_file_or_raise(path_argument("get_data", args[0]))));
}

Value external_write_atomic(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_write_atomic", kwnames);
  check_positional("_write_atomic", nargs, 2, 3);
  std::string path = path_argument("_write_atomic", args[0]);
  if (!is_instance_of(args[1], &bytes_type)) {
    throw_type_error("_write_atomic() data must be bytes, not " + type_name(args[1]));
  }
  int64_t mode = nargs > 2 ? index_as_ssize(args[2]) : 0666;
  write_cache_file(path, bytes_view(args[1]), static_cast<unsigned>(mode));
  return none();
}

Value external_source_file_code(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_source_file_code", kwnames);
  check_positional("_source_file_code", nargs, 2, 2);
  return Value::from_object(source_file_code(name_argument("_source_file_code", args[0]),
                                             path_argument("_source_file_code", args[1])));
}

Value external_sourceless_file_code(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_sourceless_file_code", kwnames);
  check_positional("_sourceless_file_code", nargs, 2, 2);
  return Value::from_object(sourceless_file_code(name_argument("_sourceless_file_code", args[0]),
                                                 path_argument("_sourceless_file_code", args[1])));
}

Value external_path_finder_find_spec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("find_spec", kwnames);
  check_positional("find_spec", nargs, 1, 3);
  return path_finder_find_spec(name_argument("find_spec", args[0]),
                               nargs > 1 ? args[1] : none());
}

Value external_file_finder_find_spec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("find_spec", kwnames);
  check_positional("find_spec", nargs, 2, 2);
  return file_finder_find_spec(path_argument("find_spec", args[0]),
                               name_argument("find_spec", args[1]));
}

Value external_invalidate_caches(Value, const Value*, size_t, Tuple*) {
  invalidate_directory_listings();
  return none();
}

Value external_listdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_listdir", kwnames);
  check_positional("_listdir", nargs, 1, 1);
  List* result = make_list();
  for (const std::string& name : list_directory(path_argument("_listdir", args[0]))) {
    list_append(result, str_value(name));
  }
  return Value::from_object(result);
}

Value external_path_isdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_path_isdir", kwnames);
  check_positional("_path_isdir", nargs, 1, 1);
  std::string path = path_argument("_path_isdir", args[0]);
  if (path.empty()) path = current_directory();
  struct stat info;
  return make_bool(::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode));
}

Value external_getcwd(Value, const Value*, size_t, Tuple*) {
  return str_value(current_directory());
}

// Runs frozen module `index` as the body of `module`, whose namespace
// already holds the natives it relies on.
Module* run_frozen_module(size_t index, Module* module) {
  const FrozenModule& frozen = frozen_modules[index];
  dict_set_str(module_table(), intern(frozen.name), Value::from_object(module));
  std::string_view marshalled = frozen_module_code(frozen.name);
  Code* code = marshalled.empty()
                   ? compile_to_code(frozen.source, std::string("<frozen ") + frozen.name + ">",
                                     "exec", 0)
                   : marshal_loads(marshalled).as<Code>();
  Dict* globals = module->dict;
  Module* builtins = find_builtin_module(names.builtins);
  dict_set_str(globals, names.dunder_builtins, Value::from_object(builtins->dict));
  run_code(code, globals, Value::from_object(globals));
  return module;
}

Value class_in(Module* module, const char* name) {
  Value value = dict_get_str(module->dict, intern(name));
  if (value.is_null()) throw_runtime_error(std::string("frozen importlib lacks ") + name);
  return value;
}

}  // namespace

void install_import_system() {
  // The frozen modules import these before any finder exists.
  for (const char* name : {"sys", "_imp", "marshal"}) find_builtin_module(intern(name));

  Module* bootstrap = make_module(intern("_frozen_importlib"));
  add_functions(bootstrap, {
      {"_find_spec", bootstrap_find_spec},
      {"_gcd_import", bootstrap_gcd_import},
      {"_find_and_load", bootstrap_find_and_load},
      {"_handle_fromlist", bootstrap_handle_fromlist},
      {"module_from_spec", bootstrap_module_from_spec},
      {"_init_module_attrs", bootstrap_init_module_attrs},
      {"_exec", bootstrap_exec},
      {"_load", bootstrap_load},
      {"_create_builtin", bootstrap_create_builtin},
  });
  Module* builtins = find_builtin_module(names.builtins);
  Value original_import = dict_get_str(builtins->dict, intern("__import__"));
  set_original_import(original_import);
  dict_set_str(bootstrap->dict, intern("__import__"), original_import);
  dict_set_str(bootstrap->dict, intern("_builtin_module_names"), builtin_module_names());
  run_frozen_module(0, bootstrap);

  Module* external = make_module(intern("_frozen_importlib_external"));
  add_functions(external, {
      {"cache_from_source", external_cache_from_source},
      {"decode_source", external_decode_source},
      {"_path_stats", external_path_stats},
      {"_path_mode", external_path_mode},
      {"_read_file", external_read_file},
      {"_write_atomic", external_write_atomic},
      {"_source_file_code", external_source_file_code},
      {"_sourceless_file_code", external_sourceless_file_code},
      {"_path_finder_find_spec", external_path_finder_find_spec},
      {"_file_finder_find_spec", external_file_finder_find_spec},
      {"_invalidate_caches", external_invalidate_caches},
      {"_listdir", external_listdir},
      {"_path_isdir", external_path_isdir},
      {"_getcwd", external_getcwd},
  });
  dict_set_str(external->dict, intern("MAGIC_NUMBER"),
               Value::from_object(make_bytes(std::string_view(pyc_magic_number(), 4))));
  run_frozen_module(1, external);
  dict_set_str(bootstrap->dict, intern("_bootstrap_external"), Value::from_object(external));

  import_classes.module_spec = class_in(bootstrap, "ModuleSpec");
  import_classes.builtin_importer = class_in(bootstrap, "BuiltinImporter");
  import_classes.frozen_importer = class_in(bootstrap, "FrozenImporter");
  import_classes.spec_from_loader = class_in(bootstrap, "spec_from_loader");
  import_classes.path_finder = class_in(external, "PathFinder");
  import_classes.file_finder = class_in(external, "FileFinder");
  import_classes.source_file_loader = class_in(external, "SourceFileLoader");
  import_classes.sourceless_file_loader = class_in(external, "SourcelessFileLoader");
  import_classes.namespace_loader = class_in(external, "NamespaceLoader");
  import_classes.namespace_path = class_in(external, "_NamespacePath");

  // The modules made before the classes existed get their specs now.
  Dict* table = module_table();
  for (const char* name : {"builtins", "sys", "_imp", "marshal"}) {
    Value module = dict_get_str(table, intern(name));
    if (module.is_null()) continue;
    Dict* dict = module.as<Module>()->dict;
    dict_set_str(dict, names.dunder_loader, import_classes.builtin_importer);
    dict_set_str(dict, names.dunder_package, str_value(""));
    Value spec = call(import_classes.module_spec, {str_value(name), import_classes.builtin_importer});
    setattr(spec, intern("origin"), str_value("built-in"));
    dict_set_str(dict, names.dunder_spec, spec);
  }
  for (Module* frozen : {bootstrap, external}) {
    Dict* dict = frozen->dict;
    dict_set_str(dict, names.dunder_loader, import_classes.frozen_importer);
    dict_set_str(dict, names.dunder_package, str_value(""));
    Value spec = call(import_classes.module_spec,
                      {dict_get_str(dict, names.dunder_name), import_classes.frozen_importer});
    setattr(spec, intern("origin"), str_value("frozen"));
    dict_set_str(dict, names.dunder_spec, spec);
  }

  Module* sys = find_builtin_module(names.sys);
  List* meta_path = make_list();
  list_append(meta_path, import_classes.builtin_importer);
  list_append(meta_path, import_classes.frozen_importer);
  list_append(meta_path, import_classes.path_finder);
  dict_set_str(sys->dict, intern("meta_path"), Value::from_object(meta_path));
  Value loaders = call(class_in(external, "_get_supported_file_loaders"), {});
  List* loader_list = list_from_iterable(loaders);
  Value hook = call(getattr(import_classes.file_finder, intern("path_hook")),
                    loader_list->items, loader_list->size);
  List* path_hooks = make_list();
  list_append(path_hooks, hook);
  dict_set_str(sys->dict, intern("path_hooks"), Value::from_object(path_hooks));
}

}  // namespace krait
