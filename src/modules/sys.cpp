// The sys module.
#include "modules/sys.h"

#include <pthread.h>
#include <unistd.h>

#include <cfloat>
#include <cstdio>
#include <clocale>
#include <cstdlib>
#include <string>

#include "modules/io_files.h"
#include "modules/io_textio.h"
#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/traceback_print.h"
#include "vm/tracing.h"

namespace krait {

namespace {

constexpr const char* kVersion = "3.11.2 (krait " KRAIT_VERSION ", main) [GCC " __VERSION__ "]";
constexpr int64_t kHexVersion = 0x030B02F0;
constexpr const char* kCopyright =
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
    "All Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

// What the command line set, kept as plain data until the module exists.
std::vector<std::string> argv_strings{""};
std::vector<std::string> orig_argv_strings;
std::vector<std::string> path_strings;
bool path_set = false;
SysFlags flags;
bool flags_set = false;
std::vector<std::string> warnoption_strings;
std::vector<XOption> xoption_entries;
std::string pycache_prefix_string;
bool pycache_prefix_set = false;
std::string stdio_encoding;
std::string stdio_errors;

// Statics are roots (runtime/gc.h).
Module* sys_module = nullptr;
TextStream* original_stdout = nullptr;
TextStream* original_stderr = nullptr;
TextStream* original_stdin = nullptr;
StructSeqType* flags_type = nullptr;
Type namespace_type;

void set(Module* module, const char* name, Value value) {
  dict_set_str(module->dict, intern(name), value);
}

Value string_list(const std::vector<std::string>& strings) {
  List* list = make_list();
  for (const std::string& s : strings) list_append(list, str_value(s));
  return Value::from_object(list);
}

Value default_path() {
  List* list = make_list();
  list_append(list, str_value(""));
  list_append(list, str_value(KRAIT_STDLIB_DIR));
  return Value::from_object(list);
}

const SysFlags& current_flags() {
  if (!flags_set) {
    flags = sys_flags_from_environment();
    flags_set = true;
  }
  return flags;
}

// --- types.SimpleNamespace (sys.implementation) -----------------------------

Value namespace_repr(Value self) {
  Object* object = self.as_object();
  std::string name = type_of(self) == &namespace_type ? "namespace" : type_name(self);
  ReprGuard guard(object);
  if (guard.recursive()) return str_value(name + "(...)");
  std::string text = name + "(";
  Dict* dict = *instance_dict_slot(object);
  size_t pos = 0;
  Value key, value;
  bool first = true;
  while (dict && dict_next(dict, pos, key, value)) {
    if (!is_str(key)) continue;
    if (!first) text += ", ";
    first = false;
    text += str_view(key);
    text += '=';
    text += repr(value)->view();
  }
  text += ')';
  return str_value(text);
}

void namespace_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 0) {
    throw_type_error("no positional arguments expected");
  }
  if (!kwnames) return;
  Dict* dict = instance_dict(self);
  for (size_t i = 0; i < kwnames->size; ++i) dict_set(dict, (*kwnames)[i], args[i]);
}

Value namespace_richcompare(Value self, Value other, CompareOp op) {
  // Two namespaces compare as their dicts, whatever the operator.
  if (!is_instance_of(self, &namespace_type) || !is_instance_of(other, &namespace_type)) {
    return not_implemented();
  }
  return compare(Value::from_object(instance_dict(self)), Value::from_object(instance_dict(other)),
                 op);
}

Value namespace_dict_get(Value self) { return Value::from_object(instance_dict(self)); }

// (type, (), the instance dict), as CPython's namespace_reduce.
Value namespace_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("__reduce__", nargs, 0, 0);
  return Value::from_object(make_tuple({Value::from_object(type_of(self)),
                                        Value::from_object(make_tuple(0)),
                                        Value::from_object(instance_dict(self))}));
}

Value make_namespace() {
  Value ns = Value::from_object(allocate_instance(&namespace_type));
  instance_dict(ns);
  return ns;
}

void init_namespace_type() {
  if (namespace_type.type) return;
  namespace_type.repr = namespace_repr;
  namespace_type.init = namespace_init;
  namespace_type.richcompare = namespace_richcompare;
  namespace_type.new_instance = object_new;
  init_static_type(&namespace_type, "types.SimpleNamespace", nullptr, sizeof(Object),
                   kTypeBaseType | kTypeHasInstanceDict);
  make_unhashable(&namespace_type);
  set_type_doc(&namespace_type, "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
  add_methods(&namespace_type, {{"__reduce__", namespace_reduce}});
  add_getsets(&namespace_type, {{"__dict__", namespace_dict_get}});
}

// --- functions ----------------------------------------------------------------

Value sys_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sys.exit", kwnames);
  check_positional("exit", nargs, 0, 1);
  if (nargs == 0 || is_none(args[0])) raise_exception(Value::from_object(&exc_SystemExit));
  // As PyErr_SetObject: a tuple is the argument list itself.
  if (is_exact_tuple(args[0])) raise_with_args(&exc_SystemExit, args[0]);
  raise_with_args(&exc_SystemExit, Value::from_object(make_tuple({args[0]})));
}

Value sys_getrecursionlimit(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("getrecursionlimit", nargs, kwnames, 0, 0);
  return make_int(recursion_limit);
}

Value sys_setrecursionlimit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("setrecursionlimit", nargs, kwnames, 1, 1);
  int64_t limit = index_as_ssize(args[0]);
  if (limit < 1) throw_value_error("recursion limit must be greater or equal than 1");
  if (limit > INT32_MAX) throw_overflow_error("Python int too large to convert to C int");
  int depth = thread_state()->recursion_depth;
  if (depth >= limit) {
    raise(&exc_RecursionError,
          format("cannot set the recursion limit to %ld at the recursion depth %d: the limit is "
                 "too low",
                 static_cast<long>(limit), depth));
  }
  recursion_limit = static_cast<int>(limit);
  return none();
}

Value sys_intern(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("sys.intern", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("intern() argument must be str, not " + type_name(args[0]));
  }
  if (!is_exact_str(args[0])) throw_type_error("can't intern " + type_name(args[0]));
  return Value::from_object(intern(args[0].as<Str>()));
}

Value exception_triple(Value exception) {
  if (exception.is_null() || is_none(exception)) {
    return Value::from_object(make_tuple({none(), none(), none()}));
  }
  Value traceback = exception.as<BaseExceptionObject>()->traceback;
  return Value::from_object(make_tuple({Value::from_object(type_of(exception)), exception,
                                        traceback.is_null() ? none() : traceback}));
}

Value sys_settrace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sys.settrace", kwnames);
  check_positional("sys.settrace", nargs, 1, 1);
  set_trace_function(thread_state(), args[0]);
  return none();
}

Value sys_gettrace(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("sys.gettrace", kwnames);
  if (nargs) throw_type_error(format("sys.gettrace() takes no arguments (%zu given)", nargs));
  return trace_function_or_none(thread_state());
}

// sys.get_asyncgen_hooks() and set_asyncgen_hooks(firstiter, finalizer):
// the calling thread's hooks, as the event loops install them.
StructSeqType* asyncgen_hooks_type() {
  static StructSeqType* type = nullptr;
  if (!type) type = make_struct_sequence_type("asyncgen_hooks", {"firstiter", "finalizer"});
  return type;
}

Value sys_get_asyncgen_hooks(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("sys.get_asyncgen_hooks", kwnames);
  if (nargs) {
    throw_type_error(format("sys.get_asyncgen_hooks() takes no arguments (%zu given)", nargs));
  }
  ThreadState* ts = thread_state();
  auto hook = [](Value value) { return value.is_null() ? none() : value; };
  return make_struct_sequence(asyncgen_hooks_type(),
                              {hook(ts->asyncgen_firstiter), hook(ts->asyncgen_finalizer)});
}

Value sys_set_asyncgen_hooks(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs + (kwnames ? kwnames->size : 0) > 2) {
    throw_type_error(format("function takes at most 2 arguments (%zu given)",
                            nargs + (kwnames ? kwnames->size : 0)));
  }
  Value bound[2];
  bind_arguments({"set_asyncgen_hooks", {"firstiter", "finalizer"}}, args, nargs, kwnames, bound);
  const char* names[2] = {"firstiter", "finalizer"};
  for (int i = 0; i < 2; ++i) {
    if (!bound[i].is_null() && !is_none(bound[i]) && !is_callable(bound[i])) {
      throw_type_error(format("callable %s expected, got %s", names[i],
                              type_name(bound[i]).c_str()));
    }
  }
  ThreadState* ts = thread_state();
  if (!bound[1].is_null()) ts->asyncgen_finalizer = is_none(bound[1]) ? Value::null() : bound[1];
  if (!bound[0].is_null()) ts->asyncgen_firstiter = is_none(bound[0]) ? Value::null() : bound[0];
  return none();
}

// sys.set_coroutine_origin_tracking_depth(depth) and its getter: the
// thread's depth (coroutines do not record their origin: cr_origin is None).
Value sys_get_coroutine_origin_tracking_depth(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("get_coroutine_origin_tracking_depth", nargs, kwnames, 0, 0);
  return make_int(thread_state()->coroutine_origin_tracking_depth);
}

Value sys_set_coroutine_origin_tracking_depth(Value, const Value* args, size_t nargs,
                                              Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"set_coroutine_origin_tracking_depth", {"depth"}, 1}, args, nargs, kwnames,
                 bound);
  int depth = index_as_int(bound[0]);
  if (depth < 0) throw_value_error("depth must be >= 0");
  thread_state()->coroutine_origin_tracking_depth = depth;
  return none();
}

Value sys_exc_info(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("exc_info", nargs, kwnames, 0, 0);
  return exception_triple(thread_state()->handled_exception);
}

Value sys_exception(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("exception", nargs, kwnames, 0, 0);
  Value handled = thread_state()->handled_exception;
  return handled.is_null() ? none() : handled;
}

// Every thread's innermost frame, keyed by its _thread.get_ident().
Value sys_current_frames(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("_current_frames", nargs, kwnames, 0, 0);
  Dict* frames = make_dict();
  for (ThreadState* state = all_thread_states(); state; state = state->next_state) {
    if (state->frame) {
      dict_set(frames, make_int_from_unsigned(state->ident),
               Value::from_object(frame_object_for(state->frame)));
    }
  }
  return Value::from_object(frames);
}

// Every thread's handled exception as an exc_info() triple.
Value sys_current_exceptions(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("_current_exceptions", nargs, kwnames, 0, 0);
  Dict* exceptions = make_dict();
  for (ThreadState* state = all_thread_states(); state; state = state->next_state) {
    dict_set(exceptions, make_int_from_unsigned(state->ident),
             exception_triple(state->handled_exception));
  }
  return Value::from_object(exceptions);
}

Value sys_getframe(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("_getframe", nargs, kwnames, 0, 1);
  int64_t depth = nargs == 1 ? index_as_ssize(args[0]) : 0;
  if (depth > INT32_MAX || depth < INT32_MIN) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  Frame* frame = thread_state()->frame;
  for (; depth > 0 && frame; --depth) frame = frame->previous;
  if (!frame) throw_value_error("call stack is not deep enough");
  return Value::from_object(frame_object_for(frame));
}

Value sys_get_int_max_str_digits(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("get_int_max_str_digits", nargs, kwnames, 0, 0);
  return make_int(int_max_str_digits);
}

Value sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value maxdigits;
  bind_arguments({"set_int_max_str_digits", {"maxdigits"}, 1}, args, nargs, kwnames, &maxdigits);
  int64_t digits = index_as_ssize(maxdigits);
  if (digits != 0 && digits < 640) throw_value_error("maxdigits must be 0 or larger than 640");
  int_max_str_digits = digits;
  return none();
}

// sys.breakpointhook(*args, **kws): calls the callable $PYTHONBREAKPOINT names
// (pdb.set_trace by default, "0" for none); one that cannot be imported is
// ignored with a RuntimeWarning.
Value sys_breakpointhook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* variable = std::getenv("PYTHONBREAKPOINT");
  std::string hook_name = variable && *variable ? variable : "pdb.set_trace";
  if (hook_name == "0") return none();
  size_t dot = hook_name.rfind('.');
  std::string module_name = dot == std::string::npos ? "builtins" : hook_name.substr(0, dot);
  std::string attribute = dot == std::string::npos ? hook_name : hook_name.substr(dot + 1);
  Value hook;
  try {
    Value module = import_module(intern(module_name), none(), none(), 0);
    hook = getattr(module, intern(attribute));
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_ImportError) &&
        !current_exception_matches(&exc_AttributeError)) {
      throw;
    }
    clear_current_exception();
    warn(&exc_RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hook_name + "\"");
    return none();
  }
  return call(hook, args, nargs, kwnames);
}

Value constant_function_result(const char* name, size_t nargs, Tuple* kwnames, Value result) {
  check_arguments(name, nargs, kwnames, 0, 0);
  return result;
}

Value sys_getdefaultencoding(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return constant_function_result("getdefaultencoding", nargs, kwnames, str_value("utf-8"));
}

Value sys_getfilesystemencoding(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return constant_function_result("getfilesystemencoding", nargs, kwnames, str_value("utf-8"));
}

Value sys_getfilesystemencodeerrors(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return constant_function_result("getfilesystemencodeerrors", nargs, kwnames,
                                  str_value("surrogateescape"));
}

Value sys_is_finalizing(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return constant_function_result("is_finalizing", nargs, kwnames, make_bool(false));
}

Value sys_getswitchinterval(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return constant_function_result("getswitchinterval", nargs, kwnames,
                                  make_float(gil_switch_interval()));
}

Value sys_setswitchinterval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("setswitchinterval", nargs, kwnames, 1, 1);
  double interval = as_double(args[0]);
  if (interval <= 0.0) throw_value_error("switch interval must be strictly positive");
  gil_set_switch_interval(interval);
  return none();
}

// No audit hooks can be installed, so auditing an event does nothing.
Value sys_audit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("audit", kwnames);
  if (nargs == 0) throw_type_error("audit() missing 1 required positional argument: 'event'");
  if (!is_str(args[0])) {
    throw_type_error("expected str for argument 'event', not " + type_name(args[0]));
  }
  return none();
}

Value sys_getsizeof(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"getsizeof", {"object", "default"}, 1}, args, nargs, kwnames, bound);
  Value size;
  try {
    size = call_special(bound[0], intern("__sizeof__"), {});
    if (size.is_null()) {
      throw_type_error("Type " + type_name(bound[0]) + " doesn't define __sizeof__");
    }
  } catch (const PyException&) {
    if (bound[1].is_null() || !current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    return bound[1];
  }
  Value exact = index_value(size);
  if (int_sign(exact) < 0) throw_value_error("__sizeof__() should return >= 0");
  return exact;
}

Value sys_displayhook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sys.displayhook", kwnames);
  check_positional("sys.displayhook", nargs, 1, 1);
  Value value = args[0];
  if (is_none(value)) return none();
  Module* builtins = find_builtin_module(names.builtins);
  Str* underscore = intern("_");
  if (builtins) dict_set_str(builtins->dict, underscore, none());
  Value out = sys_stdout();
  if (out.is_null() || is_none(out)) throw_runtime_error("lost sys.stdout");
  call_method(out, names.write, {Value::from_object(repr(value))});
  call_method(out, names.write, {str_value("\n")});
  if (builtins) dict_set_str(builtins->dict, underscore, value);
  return none();
}

Value sys_excepthook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("excepthook", kwnames);
  check_positional("excepthook", nargs, 3, 3);
  print_exception(args[1]);
  return none();
}

// --- sys.unraisablehook ---------------------------------------------------------

StructSeqType* unraisable_hook_args_type() {
  static StructSeqType* type = nullptr;
  if (!type) {
    type = make_struct_sequence_type(
        "UnraisableHookArgs", {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
  }
  return type;
}

// Writes text to the stream, as PyFile_WriteString.
void write_text(Value stream, const std::string& text) {
  call_method(stream, names.write, {str_value(text)});
}

// The default hook's report (CPython's write_unraisable_exc_file): the
// message and object, the traceback, then the exception's type and value.
void write_unraisable(Value exc_type, Value exc_value, Value exc_traceback, Value err_msg,
                      Value object, Value stream) {
  bool has_message = !err_msg.is_null() && !is_none(err_msg);
  if (!object.is_null() && !is_none(object)) {
    write_text(stream, has_message ? std::string(str(err_msg)->view()) + ": " : "Exception ignored in: ");
    std::string shown;
    try {
      shown = repr_string(object);
    } catch (const PyException&) {
      clear_current_exception();
      shown = "<object repr() failed>";
    }
    write_text(stream, shown + "\n");
  } else if (has_message) {
    write_text(stream, std::string(str(err_msg)->view()) + ":\n");
  }
  if (!exc_traceback.is_null() && !is_none(exc_traceback)) {
    write_text(stream, format_traceback(exc_traceback));
  }
  if (exc_type.is_null() || !exc_type.is_object() ||
      !(type_of(exc_type)->flags & kTypeTypeSubclass)) {
    return;
  }
  std::string line;
  Value module = lookup_attr(exc_type, names.dunder_module);
  if (module.is_null() || !is_str(module)) {
    clear_current_exception();
    line = "<unknown>";
  } else {
    std::string_view name = str_view(module);
    if (name != "builtins" && name != "__main__") line = std::string(name) + ".";
  }
  line += exc_type.as<Type>()->qualname->view();
  if (!exc_value.is_null() && !is_none(exc_value)) {
    line += ": ";
    try {
      line += str(exc_value)->view();
    } catch (const PyException&) {
      clear_current_exception();
      line += "<exception str() failed>";
    }
  }
  write_text(stream, line + "\n");
}

// The default hook on sys.stderr (nothing when it is None); never raises.
void write_unraisable_to_stderr(Value exc_type, Value exc_value, Value exc_traceback,
                                Value err_msg, Value object) {
  Value saved = take_current_exception();
  try {
    Value stream = sys_stderr();
    if (!stream.is_null() && !is_none(stream)) {
      write_unraisable(exc_type, exc_value, exc_traceback, err_msg, object, stream);
      call_method_if_present(stream, names.flush, {});
    }
  } catch (const PyException&) {
    clear_current_exception();
  }
  thread_state()->current_exception = saved;
}

Value sys_unraisablehook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sys.unraisablehook", kwnames);
  check_positional("sys.unraisablehook", nargs, 1, 1);
  Value hook_args = args[0];
  if (type_of(hook_args) != unraisable_hook_args_type()) {
    throw_type_error("sys.unraisablehook argument type must be UnraisableHookArgs");
  }
  Tuple* fields = hook_args.as<Tuple>();
  write_unraisable_to_stderr((*fields)[0], (*fields)[1], (*fields)[2], (*fields)[3], (*fields)[4]);
  return none();
}

// --- module construction ------------------------------------------------------

Value version_info_value() {
  StructSeqType* type = make_struct_sequence_type(
      "sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"}, SIZE_MAX, false);
  return make_struct_sequence(type, {make_int(3), make_int(11), make_int(2), str_value("final"),
                                     make_int(0)});
}

Value float_info_value() {
  StructSeqType* type = make_struct_sequence_type(
      "sys.float_info", {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                         "mant_dig", "epsilon", "radix", "rounds"});
  return make_struct_sequence(
      type, {make_float(DBL_MAX), make_int(DBL_MAX_EXP), make_int(DBL_MAX_10_EXP),
             make_float(DBL_MIN), make_int(DBL_MIN_EXP), make_int(DBL_MIN_10_EXP),
             make_int(DBL_DIG), make_int(DBL_MANT_DIG), make_float(DBL_EPSILON),
             make_int(FLT_RADIX), make_int(1)});
}

Value int_info_value() {
  StructSeqType* type = make_struct_sequence_type(
      "sys.int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  return make_struct_sequence(type, {make_int(30), make_int(4), make_int(4300), make_int(640)});
}

Value hash_info_value() {
  StructSeqType* type = make_struct_sequence_type(
      "sys.hash_info", {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                        "seed_bits", "cutoff"});
  return make_struct_sequence(
      type, {make_int(64), make_int((int64_t{1} << 61) - 1), make_int(314159), make_int(0),
             make_int(1000003), str_value("siphash13"), make_int(64), make_int(128), make_int(0)});
}

Value thread_info_value() {
  StructSeqType* type = make_struct_sequence_type("sys.thread_info", {"name", "lock", "version"});
  return make_struct_sequence(type,
                              {str_value("pthread"), str_value("semaphore"), str_value("NPTL 2.36")});
}

Value flags_value(const SysFlags& f) {
  if (!flags_type) {
    flags_type = make_struct_sequence_type(
        "sys.flags",
        {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
         "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
         "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
         "safe_path", "int_max_str_digits"},
        SIZE_MAX, false);
  }
  return make_struct_sequence(
      flags_type,
      {make_int(f.debug), make_int(f.inspect), make_int(f.interactive), make_int(f.optimize),
       make_int(f.dont_write_bytecode), make_int(f.no_user_site), make_int(f.no_site),
       make_int(f.ignore_environment), make_int(f.verbose), make_int(f.bytes_warning),
       make_int(f.quiet), make_int(f.hash_randomization), make_int(f.isolated),
       make_bool(f.dev_mode), make_int(f.utf8_mode), make_int(f.warn_default_encoding),
       make_bool(f.safe_path), make_int(f.int_max_str_digits)});
}

Value implementation_value(Value version_info) {
  init_namespace_type();
  Value ns = make_namespace();
  Dict* dict = instance_dict(ns);
  dict_set_str(dict, intern("name"), str_value("krait"));
  dict_set_str(dict, intern("cache_tag"), str_value("krait-311"));
  dict_set_str(dict, intern("version"), version_info);
  dict_set_str(dict, intern("hexversion"), make_int(kHexVersion));
  dict_set_str(dict, intern("_multiarch"), str_value("x86_64-linux-gnu"));
  return ns;
}

std::string executable_path() {
  char buffer[4096];
  ssize_t size = ::readlink("/proc/self/exe", buffer, sizeof(buffer));
  return size > 0 ? std::string(buffer, static_cast<size_t>(size)) : std::string();
}

// CPython's report when PYTHONIOENCODING names an encoding it cannot use.
[[noreturn]] void stdio_encoding_fatal_error() {
  Value exception = take_current_exception();
  std::string message = type_name(exception) + ": " + str_string(exception);
  std::fprintf(stderr,
               "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of "
               "the stdio encoding\nPython runtime state: core initialized\n%s\n\n"
               "Current thread 0x%016lx (most recent call first):\n  <no Python frame>\n",
               message.c_str(), static_cast<unsigned long>(pthread_self()));
  std::fflush(stderr);
  std::_Exit(1);
}

// PYTHONIOENCODING: the encoding for the three streams, the error handler
// for stdin and stdout ("strict" when only the encoding is given).
void apply_stdio_encoding() {
  if (stdio_encoding.empty() && stdio_errors.empty()) return;
  Str* encoding = nullptr;
  bool utf8 = true;
  if (!stdio_encoding.empty()) {
    try {
      std::string name = codec_lookup_name(stdio_encoding);
      // The text layer finds line ends as bytes (ARCHITECTURE, Files).
      if (str_encode(make_str("\n"), name, "strict").as<Bytes>()->view() != "\n") {
        raise(&exc_NotImplementedError,
              "the stdio encoding " + str_repr(name) + " is not supported yet");
      }
      utf8 = str_encode(make_str("\xc3\xa9"), name, "replace").as<Bytes>()->size > 1;
      encoding = make_str(name);
    } catch (const PyException&) {
      stdio_encoding_fatal_error();
    }
  }
  std::string errors = !stdio_errors.empty() ? stdio_errors : std::string("strict");
  for (TextStream* stream : {original_stdin, original_stdout, original_stderr}) {
    if (encoding) {
      stream->encoding = encoding;
      stream->utf8 = utf8;
    }
    if (stream != original_stderr) stream->errors = make_str(errors);
  }
}

void create_std_streams(const SysFlags& f) {
  bool stdout_tty = ::isatty(1) == 1;
  original_stdin = make_text_stream(0, "<stdin>", false, "surrogateescape", ::isatty(0) == 1, false);
  original_stdout = make_text_stream(1, "<stdout>", true, "surrogateescape",
                                     stdout_tty && !f.unbuffered, f.unbuffered);
  // stderr is line-buffered even when not a terminal (since 3.9).
  original_stderr = make_text_stream(2, "<stderr>", true, "backslashreplace", !f.unbuffered,
                                     f.unbuffered);
  apply_stdio_encoding();
}

void apply_flags(Module* module) {
  const SysFlags& f = current_flags();
  set(module, "flags", flags_value(f));
  set(module, "dont_write_bytecode", make_bool(f.dont_write_bytecode != 0));
  if (f.int_max_str_digits >= 0) int_max_str_digits = f.int_max_str_digits;
  for (TextStream* stream : {original_stdout, original_stderr}) {
    if (!stream) continue;
    text_stream_set_unbuffered(stream, f.unbuffered);
  }
}

bool environment_flag(const char* name) {
  const char* value = std::getenv(name);
  return value && *value;
}

// As CPython reads PYTHONVERBOSE and its kind: a decimal count, and 1 for
// anything else set (text, a negative number).
int environment_level(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return 0;
  char* end = nullptr;
  long level = std::strtol(value, &end, 10);
  if (*end || level < 0 || level > INT32_MAX) return 1;
  return static_cast<int>(level);
}

Value xoptions_value() {
  Dict* dict = make_dict();
  for (const XOption& option : xoption_entries) {
    dict_set(dict, str_value(option.name),
             option.has_value ? str_value(option.value) : make_bool(true));
  }
  return Value::from_object(dict);
}

Value pycache_prefix_value() {
  return pycache_prefix_set ? str_value(pycache_prefix_string) : none();
}

// UTF-8 mode is on by default under the C or POSIX locale (PEP 540), which is
// also what an unavailable locale falls back to.
int default_utf8_mode(bool use_environment) {
  const char* forced = use_environment ? std::getenv("PYTHONUTF8") : nullptr;
  if (forced && *forced) return std::string_view(forced) == "1" ? 1 : 0;
  std::string previous = std::setlocale(LC_CTYPE, nullptr);
  const char* chosen = std::setlocale(LC_CTYPE, "");
  std::string name = chosen ? chosen : "C";
  std::setlocale(LC_CTYPE, previous.c_str());
  return name == "C" || name == "POSIX" ? 1 : 0;
}

}  // namespace

Value sys_attribute(Str* name) {
  Module* module = sys_module ? sys_module : find_builtin_module(names.sys);
  if (!module) return Value::null();
  return dict_get_str(module->dict, name);
}

const char* sys_version_string() { return kVersion; }

int sys_locale_utf8_mode() { return default_utf8_mode(false); }

SysFlags sys_flags_from_environment() {
  SysFlags f;
  f.dont_write_bytecode = environment_level("PYTHONDONTWRITEBYTECODE") ? 1 : 0;
  f.unbuffered = environment_level("PYTHONUNBUFFERED") != 0;
  f.verbose = environment_level("PYTHONVERBOSE");
  f.optimize = environment_level("PYTHONOPTIMIZE");
  f.debug = environment_level("PYTHONDEBUG");
  f.inspect = environment_level("PYTHONINSPECT") ? 1 : 0;
  f.no_user_site = environment_level("PYTHONNOUSERSITE") ? 1 : 0;
  f.safe_path = environment_flag("PYTHONSAFEPATH");
  f.dev_mode = environment_flag("PYTHONDEVMODE");
  f.warn_default_encoding = environment_flag("PYTHONWARNDEFAULTENCODING") ? 1 : 0;
  f.utf8_mode = default_utf8_mode(true);
  const char* seed = std::getenv("PYTHONHASHSEED");
  if (seed && std::string_view(seed) == "0") f.hash_randomization = 0;
  const char* digits = std::getenv("PYTHONINTMAXSTRDIGITS");
  if (digits && *digits) f.int_max_str_digits = std::atoi(digits);
  return f;
}

void sys_set_flags(const SysFlags& new_flags) {
  flags = new_flags;
  flags_set = true;
  if (sys_module) apply_flags(sys_module);
}

void sys_set_stdio_encoding(const std::string& encoding, const std::string& errors) {
  stdio_encoding = encoding;
  stdio_errors = errors;
}

void sys_set_warnoptions(const std::vector<std::string>& options) {
  warnoption_strings = options;
  if (sys_module) set(sys_module, "warnoptions", string_list(warnoption_strings));
}

void sys_set_xoptions(const std::vector<XOption>& options) {
  xoption_entries = options;
  if (sys_module) set(sys_module, "_xoptions", xoptions_value());
}

void sys_set_pycache_prefix(const std::string* prefix) {
  pycache_prefix_set = prefix != nullptr;
  pycache_prefix_string = prefix ? *prefix : std::string();
  if (sys_module) set(sys_module, "pycache_prefix", pycache_prefix_value());
}

void sys_set_argv(const std::vector<std::string>& argv) {
  argv_strings = argv;
  if (argv_strings.empty()) argv_strings.push_back("");
  if (sys_module) set(sys_module, "argv", string_list(argv_strings));
}

void sys_set_orig_argv(const std::vector<std::string>& orig_argv) {
  orig_argv_strings = orig_argv;
  if (sys_module) set(sys_module, "orig_argv", string_list(orig_argv_strings));
}

void sys_set_path(const std::vector<std::string>& path) {
  path_strings = path;
  path_set = true;
  if (sys_module) set(sys_module, "path", string_list(path_strings));
}

Value sys_stdout() { return sys_attribute(names.stdout); }
Value sys_stderr() { return sys_attribute(names.stderr); }
Value sys_stdin() { return sys_attribute(names.stdin); }

void report_unraisable_exception(Value error, Value object, Value err_msg) {
  Value traceback = error.as<BaseExceptionObject>()->traceback;
  if (traceback.is_null()) traceback = none();
  Value exc_type = Value::from_object(type_of(error));
  Value hook = sys_attribute(intern("unraisablehook"));
  if (hook.is_null() || is_none(hook)) {
    write_unraisable_to_stderr(exc_type, error, traceback, err_msg, object);
    return;
  }
  ThreadState* ts = thread_state();
  Value saved = take_current_exception();
  try {
    Value hook_args = make_struct_sequence(
        unraisable_hook_args_type(),
        {exc_type, error, traceback, err_msg.is_null() ? none() : err_msg,
         object.is_null() ? none() : object});
    call(hook, {hook_args});
  } catch (const PyException&) {
    // A failing hook is itself reported, by the default hook.
    Value failure = take_current_exception();
    Value failure_traceback = failure.as<BaseExceptionObject>()->traceback;
    write_unraisable_to_stderr(Value::from_object(type_of(failure)), failure,
                               failure_traceback.is_null() ? none() : failure_traceback,
                               str_value("Exception ignored in sys.unraisablehook"), hook);
  }
  ts->current_exception = saved;
}

void flush_std_streams() {
  flush_open_files();
  for (Str* name : {names.stdout, names.stderr}) {
    if (!sys_module) break;
    Value stream = dict_get_str(sys_module->dict, name);
    if (stream.is_null() || is_none(stream)) continue;
    try {
      if (stream.as_object()->type == &text_stream_type) {
        TextStream* text = stream.as<TextStream>();
        if (!text_stream_closed(text)) text_stream_flush(text);
      } else {
        call_method_if_present(stream, names.flush, {});
      }
    } catch (const PyException&) {
      clear_current_exception();
    }
  }
  for (TextStream* stream : {original_stdout, original_stderr}) {
    if (!stream || text_stream_closed(stream)) continue;
    try {
      text_stream_flush(stream);
    } catch (const PyException&) {
      clear_current_exception();
    }
  }
}

Module* create_sys_module() {
  if (sys_module) return sys_module;
  Module* module = make_module(names.sys);
  sys_module = module;
  const SysFlags& f = current_flags();
  create_std_streams(f);

  add_functions(module, {
      {"exit", sys_exit},
      {"getrecursionlimit", sys_getrecursionlimit},
      {"setrecursionlimit", sys_setrecursionlimit},
      {"intern", sys_intern},
      {"exc_info", sys_exc_info},
      {"settrace", sys_settrace},
      {"gettrace", sys_gettrace},
      {"get_asyncgen_hooks", sys_get_asyncgen_hooks},
      {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth},
      {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth},
      {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
      {"_getframe", sys_getframe},
      {"_current_frames", sys_current_frames},
      {"_current_exceptions", sys_current_exceptions},
      {"exception", sys_exception},
      {"get_int_max_str_digits", sys_get_int_max_str_digits},
      {"set_int_max_str_digits", sys_set_int_max_str_digits},
      {"getdefaultencoding", sys_getdefaultencoding},
      {"getfilesystemencoding", sys_getfilesystemencoding},
      {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors},
      {"is_finalizing", sys_is_finalizing},
      {"getswitchinterval", sys_getswitchinterval},
      {"setswitchinterval", sys_setswitchinterval},
      {"audit", sys_audit},
      {"getsizeof", sys_getsizeof},
      {"displayhook", sys_displayhook},
      {"excepthook", sys_excepthook},
      {"unraisablehook", sys_unraisablehook},
      {"breakpointhook", sys_breakpointhook},
  });
  Dict* dict = module->dict;
  set(module, "__displayhook__", dict_get_str(dict, intern("displayhook")));
  set(module, "__excepthook__", dict_get_str(dict, names.excepthook));
  set(module, "__unraisablehook__", dict_get_str(dict, intern("unraisablehook")));
  set(module, "__breakpointhook__", dict_get_str(dict, intern("breakpointhook")));

  set(module, "stdin", Value::from_object(original_stdin));
  set(module, "stdout", Value::from_object(original_stdout));
  set(module, "stderr", Value::from_object(original_stderr));
  set(module, "__stdin__", Value::from_object(original_stdin));
  set(module, "__stdout__", Value::from_object(original_stdout));
  set(module, "__stderr__", Value::from_object(original_stderr));

  set(module, "argv", string_list(argv_strings));
  set(module, "orig_argv", string_list(orig_argv_strings));
  set(module, "path", path_set ? string_list(path_strings) : default_path());
  set(module, "modules", Value::from_object(module_table()));
  set(module, "meta_path", Value::from_object(make_list()));
  set(module, "path_hooks", Value::from_object(make_list()));
  set(module, "path_importer_cache", Value::from_object(make_dict()));
  set(module, "pycache_prefix", pycache_prefix_value());
  std::string executable = executable_path();
  set(module, "executable", str_value(executable));
  set(module, "_base_executable", str_value(executable));
  set(module, "prefix", str_value("/usr"));
  set(module, "base_prefix", str_value("/usr"));
  set(module, "exec_prefix", str_value("/usr"));
  set(module, "base_exec_prefix", str_value("/usr"));
  set(module, "platlibdir", str_value("lib"));
  set(module, "_stdlib_dir", str_value(KRAIT_STDLIB_DIR));
  set(module, "builtin_module_names", builtin_module_names());

  set(module, "maxsize", make_int(INT64_MAX));
  set(module, "maxunicode", make_int(0x10FFFF));
  set(module, "byteorder", str_value("little"));
  set(module, "platform", str_value("linux"));
  set(module, "version", str_value(kVersion));
  Value version_info = version_info_value();
  set(module, "version_info", version_info);
  set(module, "hexversion", make_int(kHexVersion));
  set(module, "api_version", make_int(1013));
  set(module, "implementation", implementation_value(version_info));
  set(module, "copyright", str_value(kCopyright));
  set(module, "float_repr_style", str_value("short"));
  set(module, "abiflags", str_value(""));
  set(module, "float_info", float_info_value());
  set(module, "int_info", int_info_value());
  set(module, "hash_info", hash_info_value());
  set(module, "thread_info", thread_info_value());
  set(module, "warnoptions", string_list(warnoption_strings));
  set(module, "_xoptions", xoptions_value());
  apply_flags(module);
  return module;
}

}  // namespace krait
