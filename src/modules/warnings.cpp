// The `_warnings` module: warning filters, registries and display, with the
// behaviour of CPython 3.11's C implementation (docs/ARCHITECTURE.md,
// "Run-time warnings through _warnings").
#include "modules/warnings.h"

#include <climits>
#include <cstdio>
#include <string>

#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
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
#include "vm/import.h"
#include "vm/traceback_print.h"

namespace krait {

namespace {

// The state Lib/warnings.py shares through `from _warnings import ...`.
// Statics are roots for the collector.
struct WarningsState {
  Value filters;         // the built-in list, or the last warnings.filters seen
  Value once_registry;   // likewise warnings.onceregistry
  Value default_action;  // likewise warnings.defaultaction
  int64_t filters_version = 0;  // bumped by _filters_mutated; registries record it
};
WarningsState state;

Value default_filter(Type* category, const char* action, Value module) {
  return Value::from_object(make_tuple(
      {Value::from_object(intern(action)), none(), Value::from_object(category), module,
       make_int(0)}));
}

// A release build's defaults: deprecations shown only for __main__'s own
// code; pending deprecations, import and resource warnings ignored.
void ensure_state() {
  if (!state.filters.is_null()) return;
  List* filters = make_list();
  list_append(filters, default_filter(&exc_DeprecationWarning, "default",
                                      Value::from_object(intern("__main__"))));
  list_append(filters, default_filter(&exc_DeprecationWarning, "ignore", none()));
  list_append(filters, default_filter(&exc_PendingDeprecationWarning, "ignore", none()));
  list_append(filters, default_filter(&exc_ImportWarning, "ignore", none()));
  list_append(filters, default_filter(&exc_ResourceWarning, "ignore", none()));
  state.filters = Value::from_object(filters);
  state.once_registry = Value::from_object(make_dict());
  state.default_action = str_value("default");
}

// An attribute of the warnings module: null when the module is not in
// sys.modules (or, with `try_import`, cannot be imported) or lacks it.
Value warnings_module_attribute(const char* name, bool try_import) {
  Str* module_name = intern("warnings");
  Value module;
  if (try_import) {
    try {
      module = import_absolute(module_name);
    } catch (const PyException&) {
      if (!current_exception_matches(&exc_ImportError)) throw;
      clear_current_exception();
      return Value::null();
    }
  } else {
    module = dict_get_str(module_table(), module_name);
    if (module.is_null()) return Value::null();
  }
  return lookup_attr(module, intern(name));
}

List* current_filters() {
  Value filters = warnings_module_attribute("filters", false);
  if (!filters.is_null()) state.filters = filters;
  if (!is_list(state.filters)) throw_value_error("_warnings.filters must be a list");
  return state.filters.as<List>();
}

Dict* current_once_registry() {
  Value registry = warnings_module_attribute("onceregistry", false);
  if (registry.is_null()) return state.once_registry.as<Dict>();
  if (!is_dict(registry)) {
    throw_type_error("_warnings.onceregistry must be a dict, not '" + type_name(registry) + "'");
  }
  state.once_registry = registry;
  return registry.as<Dict>();
}

Value current_default_action() {
  Value action = warnings_module_attribute("defaultaction", false);
  if (action.is_null()) return state.default_action;
  if (!is_str(action)) {
    throw_type_error("_warnings.defaultaction must be a string, not '" + type_name(action) + "'");
  }
  state.default_action = action;
  return action;
}

// A filter's message or module part: None matches everything, an exact str
// (the built-in defaults) must equal the text, anything else is a compiled
// pattern asked through its match().
bool filter_part_matches(Value pattern, Value text) {
  if (is_none(pattern)) return true;
  if (is_exact_str(pattern)) {
    if (!is_str(text)) {
      throw_type_error("Can't compare str and " + tp_name(type_of(text)));
    }
    return str_view(pattern) == str_view(text);
  }
  return truthy(call_method(pattern, intern("match"), {text}));
}

int64_t filter_lineno(Value lineno) {
  if (!is_int(lineno)) throw_type_error("an integer is required");
  int64_t result;
  if (!int_to_int64(lineno, result)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return result;
}

// The action of the first filter that applies, and that filter (None when
// the default action applies).
Value find_action(Value category, Value text, int lineno, Value module, Value& filter) {
  List* filters = current_filters();
  // Calls to match() may change the list: its size is read at each step.
  for (size_t i = 0; i < filters->size; ++i) {
    Value item = filters->items[i];
    if (!is_tuple(item) || item.as<Tuple>()->size != 5) {
      throw_value_error(format("_warnings.filters item %zu isn't a 5-tuple", i));
    }
    Tuple* fields = item.as<Tuple>();
    Value action = (*fields)[0];
    if (!is_str(action)) {
      throw_type_error("action must be a string, not '" + tp_name(type_of(action)) + "'");
    }
    bool message_matches = filter_part_matches((*fields)[1], text);
    bool module_matches = filter_part_matches((*fields)[3], module);
    bool category_matches = issubclass(category, (*fields)[2]);
    int64_t filter_line = filter_lineno((*fields)[4]);
    if (message_matches && category_matches && module_matches &&
        (filter_line == 0 || filter_line == lineno)) {
      filter = item;
      return action;
    }
  }
  filter = none();
  return current_default_action();
}

// Whether `key` is already recorded in `registry`; a registry recorded
// under an older filters version is emptied first. With `record`, a key not
// yet there is added.
bool already_warned(Dict* registry, Value key, bool record) {
  Str* version_key = intern("version");
  Value version = dict_get_str(registry, version_key);
  bool current = false;
  if (!version.is_null() && is_exact_int(version)) {
    int64_t recorded;
    if (!int_to_int64(version, recorded)) {
      throw_overflow_error("Python int too large to convert to C long");
    }
    current = recorded == state.filters_version;
  }
  if (!current) {
    dict_clear(registry);
    dict_set_str(registry, version_key, make_int(state.filters_version));
  } else {
    Value seen = dict_get(registry, key);
    if (!seen.is_null() && truthy(seen)) return true;
  }
  if (record) dict_set(registry, key, make_bool(true));
  return false;
}

// The module name a warning without one gets: the file name without ".py".
Value module_from_filename(Value filename) {
  std::string_view name = str_view(filename);
  if (name.empty()) return str_value("<unknown>");
  if (name.size() >= 3 && name.substr(name.size() - 3) == ".py") {
    return str_value(name.substr(0, name.size() - 3));
  }
  return filename;
}

bool action_is(Value action, std::string_view name) { return str_view(action) == name; }

// Writes one piece to sys.stderr as PyFile_WriteObject does; false when the
// write failed (the error is dropped, as CPython's display drops it).
bool write_piece(Value stream, Value piece) {
  try {
    call_method(stream, names.write, {Value::from_object(str(piece))});
    return true;
  } catch (const PyException&) {
    clear_current_exception();
    return false;
  }
}

// The display used while the warnings module is not imported:
// "FILE:LINE: Category: text" and the stripped source line, in the pieces
// CPython writes. A source line given by the caller (warn_explicit's
// module_globals) stops the display after the first line, as in 3.11.
void show_warning_natively(Value filename, int lineno, Value text, Value category,
                           Value source_line) {
  Value name;
  try {
    name = getattr(category, names.dunder_name);
  } catch (const PyException&) {
    clear_current_exception();
    return;
  }
  Value stream = sys_stderr();
  if (stream.is_null()) {
    std::fputs("lost sys.stderr\n", stderr);
    return;
  }
  for (Value piece : {filename, str_value(":" + std::to_string(lineno) + ": "), name,
                      str_value(": "), text, str_value("\n")}) {
    if (!write_piece(stream, piece)) return;
  }
  if (!source_line.is_null()) return;
  std::string line = source_file_line(str_view(Value::from_object(str(filename))), lineno);
  size_t start = line.find_first_not_of(" \t\f");
  if (start == std::string::npos) return;
  for (Value piece : {str_value("  "), str_value(line.substr(start)), str_value("\n")}) {
    if (!write_piece(stream, piece)) return;
  }
}

void show(Value category, Value text, Value message, Value filename, int lineno,
          Value source_line, Value source) {
  Value show_function = warnings_module_attribute("_showwarnmsg", !source.is_null());
  if (show_function.is_null()) {
    show_warning_natively(filename, lineno, text, category, source_line);
    return;
  }
  if (!is_callable(show_function)) {
    throw_type_error("warnings._showwarnmsg() must be set to a callable");
  }
  Value message_class = warnings_module_attribute("WarningMessage", false);
  if (message_class.is_null()) throw_runtime_error("unable to get warnings.WarningMessage");
  Value fields[] = {message, category, filename, make_int(lineno), none(), none(), source};
  Value warning_message = call(message_class, fields, source.is_null() ? 6 : 7);
  call(show_function, {warning_message});
}

// Raises the warning as the exception a filter's "error" asks for.
[[noreturn]] void raise_warning(Value category, Value message) {
  if (is_instance_of(message, &exc_BaseException)) raise_exception(message);
  if (is_instance_of(category, &type_type) && is_subtype(category.as<Type>(), &exc_BaseException)) {
    raise_with_args(category.as<Type>(), Value::from_object(make_tuple({message})));
  }
  raise(&exc_SystemError, "_PyErr_SetObject: exception " + repr_string(category) +
                              " is not a BaseException subclass");
}

// warn_explicit as the C implementation runs it: `module` null means "from
// the file name", None means "ignore" (late in shutdown); `registry` null or
// None means none.
void warn_explicit(Value category, Value message, Value filename, int lineno, Value module,
                   Value registry, Value source_line, Value source) {
  ensure_state();
  if (!module.is_null() && is_none(module)) return;
  if (!registry.is_null() && !is_none(registry) && !is_dict(registry)) {
    throw_type_error("'registry' must be a dict or None");
  }
  Dict* registry_dict = !registry.is_null() && !is_none(registry) ? registry.as<Dict>() : nullptr;
  if (module.is_null()) module = module_from_filename(filename);
  Value text;
  if (isinstance(message, Value::from_object(&exc_Warning))) {
    text = Value::from_object(str(message));
    category = Value::from_object(type_of(message));
  } else {
    text = message;
    message = call(category, {message});
  }
  if (!source.is_null() && is_none(source)) source = Value::null();
  Value key = Value::from_object(make_tuple({text, category, make_int(lineno)}));
  if (registry_dict && already_warned(registry_dict, key, false)) return;

  Value filter;
  Value action = find_action(category, text, lineno, module, filter);
  if (action_is(action, "error")) raise_warning(category, message);
  if (action_is(action, "ignore")) return;
  bool seen = false;
  if (!action_is(action, "always")) {
    if (registry_dict) dict_set(registry_dict, key, make_bool(true));
    Value once_key = Value::from_object(make_tuple({text, category}));
    if (action_is(action, "once")) {
      seen = already_warned(registry_dict ? registry_dict : current_once_registry(), once_key, true);
    } else if (action_is(action, "module")) {
      if (registry_dict) seen = already_warned(registry_dict, once_key, true);
    } else if (!action_is(action, "default")) {
      throw_runtime_error("Unrecognized action (" + repr_string(action) +
                          ") in warnings.filters:\n " + repr_string(filter));
    }
  }
  if (seen) return;
  show(category, text, message, filename, lineno, source_line, source);
}

bool is_internal_frame(Frame* frame) {
  if (!frame) return false;
  std::string_view filename = frame->code->filename->view();
  return filename.find("importlib") != std::string_view::npos &&
         filename.find("_bootstrap") != std::string_view::npos;
}

// warnings.warn: the warning is about the code `stacklevel` frames up,
// skipping importlib's bootstrap frames unless the warning comes from one.
void warn_at_stack_level(Value message, Value category, int64_t stacklevel, Value source) {
  ensure_state();
  Frame* frame = thread_state()->frame;
  bool skip_internal = stacklevel > 0 && !is_internal_frame(frame);
  while (--stacklevel > 0 && frame) {
    do {
      frame = frame->previous;
    } while (skip_internal && frame && is_internal_frame(frame));
  }
  Dict* globals;
  Value filename;
  int lineno;
  if (frame) {
    globals = frame->globals;
    filename = Value::from_object(frame->code->filename);
    lineno = frame->line_number();
  } else {
    globals = create_sys_module()->dict;
    filename = str_value("sys");
    lineno = 1;
  }
  Str* registry_name = intern("__warningregistry__");
  Value registry = dict_get_str(globals, registry_name);
  if (registry.is_null()) {
    registry = Value::from_object(make_dict());
    dict_set_str(globals, registry_name, registry);
  }
  Value module = dict_get_str(globals, names.dunder_name);
  if (module.is_null() || (!is_none(module) && !is_str(module))) module = str_value("<string>");
  warn_explicit(category, message, filename, lineno, module, registry, Value::null(), source);
}

// warn()'s category: the message's own class for a Warning instance, else
// the argument (UserWarning when absent), which must subclass Warning.
Value warning_category(Value message, Value category) {
  if (isinstance(message, Value::from_object(&exc_Warning))) {
    category = Value::from_object(type_of(message));
  } else if (category.is_null() || is_none(category)) {
    category = Value::from_object(&exc_UserWarning);
  }
  bool is_warning;
  try {
    is_warning = issubclass(category, Value::from_object(&exc_Warning));
  } catch (const PyException&) {
    clear_current_exception();
    is_warning = false;
  }
  if (!is_warning) {
    throw_type_error("category must be a Warning subclass, not '" + type_name(category) + "'");
  }
  return category;
}

// An argument converted as PyArg_Parse's "i" (a C int).
int c_int_argument(Value v) {
  if (is_instance_of(v, &float_type)) {
    throw_type_error("'float' object cannot be interpreted as an integer");
  }
  int64_t result = index_as_long(v);
  if (result > INT_MAX) throw_overflow_error("signed integer is greater than maximum");
  if (result < INT_MIN) throw_overflow_error("signed integer is less than minimum");
  return static_cast<int>(result);
}

// The line of the module's source its loader reports, or null when the
// loader or its get_source is missing or the source is None.
Value loader_source_line(Dict* module_globals, int lineno) {
  Value loader = dict_get_str(module_globals, names.dunder_loader);
  if (loader.is_null()) return Value::null();
  Value module_name = dict_get_str(module_globals, names.dunder_name);
  if (module_name.is_null()) return Value::null();
  Value get_source = lookup_attr(loader, intern("get_source"));
  if (get_source.is_null()) return Value::null();
  Value source = call(get_source, {module_name});
  if (is_none(source)) return Value::null();
  if (!is_str(source)) throw_type_error("must be str, not " + type_name(source));
  Value lines = call_method(source, intern("splitlines"), {});
  List* list = lines.as<List>();
  if (lineno < 1 || static_cast<size_t>(lineno) > list->size) {
    throw_index_error("list index out of range");
  }
  return list->items[lineno - 1];
}

Value warnings_warn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"warn", {"message", "category", "stacklevel", "source"}, 1}, args, nargs,
                 kwnames, bound);
  int64_t stacklevel = 1;
  if (!bound[2].is_null() && !int_to_int64(index_value(bound[2]), stacklevel)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  Value category = warning_category(bound[0], bound[1]);
  Value source = bound[3].is_null() || is_none(bound[3]) ? Value::null() : bound[3];
  warn_at_stack_level(bound[0], category, stacklevel, source);
  return none();
}

Value warnings_warn_explicit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[8];
  bind_arguments({"warn_explicit",
                  {"message", "category", "filename", "lineno", "module", "registry",
                   "module_globals", "source"},
                  4},
                 args, nargs, kwnames, bound);
  if (!is_str(bound[2])) {
    throw_type_error("warn_explicit() argument 3 must be str, not " + type_name(bound[2]));
  }
  int lineno = c_int_argument(bound[3]);
  Value source_line;
  Value module_globals = bound[6];
  if (!module_globals.is_null() && !is_none(module_globals)) {
    if (!is_dict(module_globals)) {
      throw_type_error("module_globals must be a dict, not '" + type_name(module_globals) + "'");
    }
    source_line = loader_source_line(module_globals.as<Dict>(), lineno);
  }
  warn_explicit(bound[1], bound[0], bound[2], lineno, bound[4], bound[5], source_line, bound[7]);
  return none();
}

Value warnings_filters_mutated(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_warnings._filters_mutated", kwnames);
  check_positional("_warnings._filters_mutated", nargs, 0, 0);
  ++state.filters_version;
  return none();
}

}  // namespace

void warn(Type* category, std::string_view message, int stacklevel) {
  warn_at_stack_level(str_value(message), Value::from_object(category), stacklevel, Value::null());
}

bool show_syntax_warning(const std::string& category, const std::string& filename, int lineno,
                         const std::string& message, const std::string&) {
  Type* type = category == "DeprecationWarning" ? &exc_DeprecationWarning : &exc_SyntaxWarning;
  try {
    warn_explicit(Value::from_object(type), str_value(message), str_value(filename),
                  lineno, Value::null(), Value::null(), Value::null(), Value::null());
  } catch (const PyException&) {
    if (!current_exception_matches(type)) throw;
    clear_current_exception();
    return true;
  }
  return false;
}

Module* create_warnings_module() {
  static Module* module = nullptr;
  if (module) return module;
  ensure_state();
  module = make_module(intern("_warnings"));
  add_functions(module, {
      {"warn", warnings_warn, kMethodInstance,
       "Issue a warning: show it, ignore it or raise it, as the filters say."},
      {"warn_explicit", warnings_warn_explicit, kMethodInstance,
       "Issue a warning about the given file, line and module."},
      {"_filters_mutated", warnings_filters_mutated},
  });
  dict_set_str(module->dict, intern("filters"), state.filters);
  dict_set_str(module->dict, intern("_onceregistry"), state.once_registry);
  dict_set_str(module->dict, intern("_defaultaction"), state.default_action);
  dict_set_str(module->dict, intern("__doc__"),
               str_value("The warning filters and registries, shared with the warnings module."));
  return module;
}

}  // namespace krait
