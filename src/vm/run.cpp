#include "vm/run.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "compiler/syntax_error.h"
#include "modules/io_files.h"
#include "modules/sys.h"
#include "modules/warnings.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"
#include "vm/traceback_print.h"

namespace krait {

int optimization_level = 0;
bool unhandled_keyboard_interrupt = false;
bool report_system_exit = false;

void exit_by_sigint() {
  std::fflush(nullptr);
  std::signal(SIGINT, SIG_DFL);
  std::raise(SIGINT);
  // SIGINT blocked by the parent: CPython's fallback status.
  std::_Exit(128 + SIGINT);
}

Value syntax_error_exception(const SyntaxErrorInfo& info) {
  Type* type = &exc_SyntaxError;
  switch (info.kind) {
    case SyntaxErrorKind::IndentationError: type = &exc_IndentationError; break;
    case SyntaxErrorKind::TabError: type = &exc_TabError; break;
    case SyntaxErrorKind::ValueError:
      return new_exception_message(&exc_ValueError, info.message);
    case SyntaxErrorKind::SyntaxError: break;
  }
  auto optional_int = [](int value) { return value == kNoPosition ? none() : make_int(value); };
  Value text = info.has_text ? str_value(info.text) : none();
  Tuple* details = make_tuple({str_value(info.filename), make_int(info.lineno),
                               optional_int(info.offset), text, optional_int(info.end_lineno),
                               optional_int(info.end_offset)});
  return new_exception(type, make_tuple({str_value(info.message), Value::from_object(details)}));
}

Code* compile_to_code(std::string_view source, std::string_view filename, std::string_view mode,
                      int optimize, bool source_is_text) {
  CompileOptions options;
  options.source_is_text = source_is_text;
  if (mode == "eval") {
    options.mode = CompileMode::Eval;
  } else if (mode == "single") {
    options.mode = CompileMode::Single;
  } else {
    options.mode = CompileMode::Exec;
  }
  options.optimize = optimize < 0 ? optimization_level : optimize;
  try {
    return compile_source(source, filename, options);
  } catch (const SyntaxErrorException& error) {
    raise_exception(syntax_error_exception(error.info()));
  } catch (const CompileRecursionError& error) {
    raise(&exc_RecursionError, error.what());
  }
}

Module* make_main_module() {
  Str* name = intern("__main__");
  Module* module = make_module(name);
  Dict* globals = module->dict;
  dict_set_str(globals, names.dunder_name, Value::from_object(name));
  dict_set_str(globals, names.dunder_doc, none());
  dict_set_str(globals, names.dunder_package, none());
  dict_set_str(globals, names.dunder_loader, none());
  dict_set_str(globals, names.dunder_spec, none());
  dict_set_str(globals, names.dunder_annotations, Value::from_object(make_dict()));
  Module* builtins = find_builtin_module(names.builtins);
  if (builtins) dict_set_str(globals, names.dunder_builtins, Value::from_object(builtins));
  dict_set_str(module_table(), name, Value::from_object(module));
  return module;
}

void write_stderr(const std::string& text) {
  Value stream = sys_stderr();
  if (!stream.is_null() && !is_none(stream)) {
    try {
      call_method(stream, names.write, {str_value(text)});
      return;
    } catch (const PyException&) {
      clear_current_exception();
    }
  }
  std::fputs(text.c_str(), stderr);
}

namespace {

// Runs `code` as the body of __main__, turning an escaping exception into
// the exit status.
int run_main_code(Code* code, Module* module) {
  try {
    run_code(code, module->dict, Value::from_object(module->dict));
  } catch (const PyException&) {
    int status = handle_uncaught_exception(take_current_exception());
    flush_std_streams();
    return status;
  }
  flush_std_streams();
  return 0;
}

int report_compile_error(const SyntaxErrorInfo& info) {
  flush_std_streams();
  if (info.kind == SyntaxErrorKind::ValueError) {
    return handle_uncaught_exception(syntax_error_exception(info));
  }
  write_stderr(format_syntax_error(info));
  flush_std_streams();
  return 1;
}

int run_source(std::string_view source, const std::string& filename, Module* module) {
  install_interrupt_handler();
  CompileOptions options;
  options.optimize = optimization_level;
  Code* code;
  try {
    code = compile_source(source, filename, options);
  } catch (const SyntaxErrorException& error) {
    return report_compile_error(error.info());
  } catch (const CompileRecursionError& error) {
    flush_std_streams();
    write_stderr(std::string("RecursionError: ") + error.what() + "\n");
    return 1;
  }
  return run_main_code(code, module);
}

// Reports an uncaught exception through sys.excepthook, as CPython's
// PyErr_Display path: a missing hook or one that raises falls back to the
// default printing, with CPython's notes.
void print_through_excepthook(Value exception) {
  Module* sys = find_builtin_module(names.sys);
  Value hook = sys ? dict_get_str(sys->dict, names.excepthook) : Value::null();
  try {
    if (hook.is_null() || is_none(hook)) {
      write_stderr("sys.excepthook is missing\n");
      print_exception(exception);
      return;
    }
    Value traceback = exception.as<BaseExceptionObject>()->traceback;
    Value args[3] = {Value::from_object(type_of(exception)), exception,
                     traceback.is_null() ? none() : traceback};
    try {
      call(hook, args, 3);
    } catch (const PyException&) {
      Value hook_error = take_current_exception();
      write_stderr("Error in sys.excepthook:\n");
      print_exception(hook_error);
      write_stderr("\nOriginal exception was:\n");
      print_exception(exception);
    }
  } catch (const PyException&) {
    clear_current_exception();
  }
}

}  // namespace

int handle_uncaught_exception(Value exception) {
  if (!report_system_exit && is_instance_of(exception, &exc_SystemExit)) {
    Value code = lookup_attr(exception, intern("code"));
    if (code.is_null() || is_none(code)) return 0;
    if (is_int(code)) {
      int64_t status = 0;
      if (!int_to_int64(code, status)) status = -1;
      return static_cast<int>(status);
    }
    flush_std_streams();
    try {
      write_stderr(str_string(code) + "\n");
    } catch (const PyException&) {
      clear_current_exception();
    }
    return 1;
  }
  if (is_instance_of(exception, &exc_KeyboardInterrupt)) unhandled_keyboard_interrupt = true;
  flush_std_streams();
  print_through_excepthook(exception);
  flush_std_streams();
  return 1;
}

int run_file(const std::string& path, bool skip_first_line) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string source = buffer.str();
  if (skip_first_line) source.erase(0, std::min(source.find('\n'), source.size()));
  Module* module = make_main_module();
  dict_set_str(module->dict, names.dunder_file, str_value(path));
  dict_set_str(module->dict, intern("__cached__"), none());
  return run_source(source, path, module);
}

int run_stdin() {
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  Module* module = make_main_module();
  dict_set_str(module->dict, names.dunder_file, str_value("<stdin>"));
  dict_set_str(module->dict, intern("__cached__"), none());
  return run_source(buffer.str(), "<stdin>", module);
}

int run_command(const std::string& command) {
  Module* module = make_main_module();
  return run_source(command, "<string>", module);
}

void import_warnings_module() {
  try {
    import_module(intern("warnings"), none(), none(), 0);
  } catch (const PyException&) {
    handle_uncaught_exception(take_current_exception());
  }
}

void run_startup_file(const std::string& path, Module* module) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int error_number = errno;
    write_stderr("Could not open PYTHONSTARTUP\n");
    try {
      raise_errno(error_number, str_value(path));
    } catch (const PyException&) {
      Value exception = take_current_exception();
      print_exception(exception);
    }
    flush_std_streams();
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  run_source(buffer.str(), path, module);
}

namespace {

// runpy's _Error: a module that cannot be run, reported as
// "<sys.executable>: <message>" with status 1. Carries no Python object.
struct RunpyError {
  std::string message;
};

// Where runpy's functions are when an exception passes them: CPython's
// tracebacks show these frames of the frozen runpy module, so Krait's do too.
constexpr int kRunModuleGetDetailsLine = 189;  // _run_module_as_main → _get_module_details
constexpr int kRunModuleRunCodeLine = 198;     // _run_module_as_main → _run_code
constexpr int kRunCodeExecLine = 88;           // _run_code → exec
constexpr int kGetDetailsImportParentLine = 112;
constexpr int kGetDetailsWarningLine = 128;
constexpr int kGetDetailsFindSpecLine = 131;
constexpr int kGetDetailsPackageMainLine = 148;
constexpr int kGetDetailsGetCodeLine = 159;
constexpr int kRunMainGetDetailsLine = 191;    // _run_module_as_main → _get_main_module_details
constexpr int kGetMainDetailsLine = 240;       // _get_main_module_details → _get_module_details

// A frame object of the frozen runpy module at `line` of `function`, for a
// traceback entry: a code object of one NOP at that line, pushed and popped
// so that the frame object keeps its own copy.
FrameObject* runpy_frame(const char* filename, const char* function, int line,
                         Module* globals_module) {
  Code* code = make_code();
  code->filename = intern(filename);
  code->name = intern(function);
  code->qualname = code->name;
  code->firstlineno = line;
  code->code = static_cast<uint16_t*>(gc_alloc_atomic(sizeof(uint16_t)));
  code->code[0] = make_instruction(Op::NOP, 0);
  code->positions = static_cast<Position*>(gc_alloc_atomic(sizeof(Position)));
  *code->positions = Position{line, line, -1, -1};
  code->code_size = 1;
  code->consts = make_tuple(size_t{0});
  code->names = make_tuple(size_t{0});
  code->localsplus_names = make_tuple(size_t{0});
  Module* builtins = find_builtin_module(names.builtins);
  ThreadState* ts = thread_state();
  Frame* frame = push_frame(ts, code, nullptr, globals_module->dict,
                            builtins ? builtins->dict : globals_module->dict, Value::null());
  frame->instr = code->code;
  FrameObject* object = frame_object_for(frame);
  pop_frame(ts, frame);
  return object;
}

struct RunpyFrame {
  const char* function;
  int line;
  const char* filename = "<frozen runpy>";
};

// The __warningregistry__ of runpy's warnings (a static: a root).
Dict* runpy_registry = nullptr;
Dict* runpy_warning_registry() {
  if (!runpy_registry) runpy_registry = make_dict();
  return runpy_registry;
}

// Puts runpy's frames, outermost first, in front of `exception`'s traceback.
void add_runpy_frames(Value exception, const std::vector<RunpyFrame>& frames, Module* module) {
  if (!is_exception_instance(exception)) return;
  auto* object = exception.as<BaseExceptionObject>();
  Value traceback = object->traceback.is_null() ? none() : object->traceback;
  for (auto frame = frames.rbegin(); frame != frames.rend(); ++frame) {
    FrameObject* frame_object = runpy_frame(frame->filename, frame->function, frame->line, module);
    traceback = Value::from_object(make_traceback(traceback, frame_object, -1, frame->line));
  }
  object->traceback = traceback;
}

// The status for an exception that escaped while runpy's `frames` ran.
int report_runpy_exception(const std::vector<RunpyFrame>& frames, Module* module) {
  Value exception = take_current_exception();
  add_runpy_frames(exception, frames, module);
  int status = handle_uncaught_exception(exception);
  flush_std_streams();
  return status;
}

int report_runpy_error(const RunpyError& error) {
  Module* sys = find_builtin_module(names.sys);
  Value executable = sys ? dict_get_str(sys->dict, intern("executable")) : Value::null();
  std::string program = !executable.is_null() && is_str(executable) ? str_string(executable) : "";
  flush_std_streams();
  write_stderr(program + ": " + error.message + "\n");
  flush_std_streams();
  return 1;
}

struct ModuleDetails {
  Value spec;
  Value code;
};

// runpy._get_module_details: the spec and code of the module `name` runs
// as. Raises RunpyError for a module that cannot be run; a Python exception
// propagates with `frames` holding the runpy frames it passed.
ModuleDetails module_details(const std::string& name, std::vector<RunpyFrame>& frames) {
  const char* function = "_get_module_details";
  if (!name.empty() && name[0] == '.') throw RunpyError{"Relative module names not supported"};
  size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    // The parent first, so that its own errors are not taken for a missing module.
    std::string parent = name.substr(0, dot);
    frames.push_back({function, kGetDetailsImportParentLine});
    try {
      import_module(make_str(parent), none(), none(), 0);
    } catch (const PyException&) {
      if (!current_exception_matches(&exc_ImportError)) throw;
      Value missing = lookup_attr(current_exception(), intern("name"));
      std::string missing_name = !missing.is_null() && is_str(missing) ? str_string(missing) : "";
      bool ancestor_missing = !missing_name.empty() &&
                              (missing_name == parent || parent.rfind(missing_name + ".", 0) == 0);
      if (!ancestor_missing) throw;
      clear_current_exception();
    }
    frames.pop_back();
    Value existing = dict_get_str(module_table(), make_str(name));
    if (!existing.is_null() && !is_none(existing) &&
        lookup_attr(existing, intern("__path__")).is_null()) {
      // Attributed to runpy's line, as CPython's warning is.
      Value warnings = import_module(intern("_warnings"), none(), none(), 0);
      Value message = str_value(
          str_repr(name) + " found in sys.modules after import of package " + str_repr(parent) +
          ", but prior to execution of " + str_repr(name) +
          "; this may result in unpredictable behaviour");
      Value args[6] = {message, Value::from_object(&exc_RuntimeWarning),
                       str_value("<frozen runpy>"), make_int(kGetDetailsWarningLine),
                       str_value("runpy"), Value::from_object(runpy_warning_registry())};
      call(getattr(warnings, intern("warn_explicit")), args, 6);
    }
  }
  Value spec;
  frames.push_back({function, kGetDetailsFindSpecLine});
  try {
    spec = find_module_spec(make_str(name));
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_ImportError) &&
        !current_exception_matches(&exc_AttributeError) &&
        !current_exception_matches(&exc_TypeError) && !current_exception_matches(&exc_ValueError)) {
      throw;
    }
    Value error = take_current_exception();
    std::string message = "Error while finding module specification for " + str_repr(name) +
                          " (" + type_name(error) + ": " + str_string(error) + ")";
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0) {
      std::string stem = name.substr(0, name.size() - 3);
      message += ". Try using '" + stem + "' instead of '" + name + "' as the module name.";
    }
    throw RunpyError{message};
  }
  frames.pop_back();
  if (is_none(spec)) throw RunpyError{"No module named " + name};
  Value locations = getattr(spec, intern("submodule_search_locations"));
  if (!is_none(locations)) {
    bool is_main = name == "__main__" ||
                   (name.size() > 9 && name.compare(name.size() - 9, 9, ".__main__") == 0);
    if (is_main) throw RunpyError{"Cannot use package as __main__ module"};
    frames.push_back({function, kGetDetailsPackageMainLine});
    try {
      return module_details(name + ".__main__", frames);
    } catch (const RunpyError& error) {
      if (dict_get_str(module_table(), make_str(name)).is_null()) throw;
      throw RunpyError{error.message + "; " + str_repr(name) +
                       " is a package and cannot be directly executed"};
    }
  }
  if (is_none(getattr(spec, intern("loader")))) {
    throw RunpyError{str_repr(name) + " is a namespace package and cannot be executed"};
  }
  Value code;
  frames.push_back({function, kGetDetailsGetCodeLine});
  try {
    code = module_spec_code(spec);
  } catch (const PyException&) {
    if (current_exception_matches(&exc_SyntaxError)) {
      // CPython's source loader compiles in these frames of importlib.
      frames.push_back({"get_code", 1074, "<frozen importlib._bootstrap_external>"});
      frames.push_back({"source_to_code", 1004, "<frozen importlib._bootstrap_external>"});
      frames.push_back({"_call_with_frames_removed", 241, "<frozen importlib._bootstrap>"});
    }
    if (!current_exception_matches(&exc_ImportError)) throw;
    throw RunpyError{str_string(take_current_exception())};
  }
  frames.pop_back();
  if (is_none(code)) throw RunpyError{"No code object available for " + name};
  return {spec, code};
}

// runpy._run_code: __main__'s globals from the spec, then the code in them.
int run_module_code(const ModuleDetails& details, Module* module) {
  Dict* globals = module->dict;
  Value spec = details.spec;
  dict_set_str(globals, names.dunder_name, str_value("__main__"));
  dict_set_str(globals, names.dunder_file, getattr(spec, intern("origin")));
  dict_set_str(globals, intern("__cached__"), getattr(spec, intern("cached")));
  dict_set_str(globals, names.dunder_doc, none());
  dict_set_str(globals, names.dunder_loader, getattr(spec, intern("loader")));
  dict_set_str(globals, names.dunder_package, getattr(spec, intern("parent")));
  dict_set_str(globals, names.dunder_spec, spec);
  if (!is_instance_of(details.code, &code_type)) {
    throw_type_error("exec() arg 1 must be a string, bytes or code object");
  }
  run_code(details.code.as<Code>(), globals, Value::from_object(globals));
  return 0;
}

// The shared part of -m and of a folder run: details, then the code, each
// with its runpy frames; `set_argv` is -m's sys.argv[0] = the module's file.
int run_as_main(const std::string& name, bool set_argv, Module* module,
                std::vector<RunpyFrame> frames, const std::string& directory) {
  install_interrupt_handler();
  ModuleDetails details;
  try {
    if (set_argv) {
      details = module_details(name, frames);
    } else {
      // The __main__ module in sys.modules would answer the search itself.
      Str* main_name = intern("__main__");
      Dict* table = module_table();
      Value saved = dict_get_str(table, main_name);
      dict_delete(table, Value::from_object(main_name));
      try {
        details = module_details(name, frames);
      } catch (const RunpyError&) {
        // runpy says this when the reason names __main__, as every reason here does.
        dict_set_str(table, main_name, saved);
        throw RunpyError{"can't find '__main__' module in " + str_repr(directory)};
      } catch (const PyException&) {
        dict_set_str(table, main_name, saved);
        throw;
      }
      dict_set_str(table, main_name, saved);
    }
  } catch (const RunpyError& error) {
    return report_runpy_error(error);
  } catch (const PyException&) {
    return report_runpy_exception(frames, module);
  }
  std::vector<RunpyFrame> run_frames = {{"_run_module_as_main", kRunModuleRunCodeLine},
                                        {"_run_code", kRunCodeExecLine}};
  try {
    if (set_argv) {
      Module* sys = find_builtin_module(names.sys);
      Value argv = sys ? dict_get_str(sys->dict, intern("argv")) : Value::null();
      if (!argv.is_null()) setitem(argv, make_int(0), getattr(details.spec, intern("origin")));
    }
    run_module_code(details, module);
  } catch (const PyException&) {
    return report_runpy_exception(run_frames, module);
  }
  flush_std_streams();
  return 0;
}

}  // namespace

int run_module_as_main(const std::string& name) {
  Module* module = make_main_module();
  return run_as_main(name, true, module, {{"_run_module_as_main", kRunModuleGetDetailsLine}}, "");
}

int run_directory_as_main(const std::string& directory) {
  Module* module = make_main_module();
  return run_as_main("__main__", false, module,
                     {{"_run_module_as_main", kRunMainGetDetailsLine},
                      {"_get_main_module_details", kGetMainDetailsLine}},
                     directory);
}

}  // namespace krait
