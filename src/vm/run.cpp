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
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/traceback_print.h"

namespace krait {

int optimization_level = 0;
bool unhandled_keyboard_interrupt = false;

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
                      int optimize) {
  CompileOptions options;
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
  if (is_instance_of(exception, &exc_SystemExit)) {
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

int run_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string source = buffer.str();
  Module* module = make_main_module();
  dict_set_str(module->dict, names.dunder_file, str_value(path));
  dict_set_str(module->dict, intern("__cached__"), none());
  return run_source(source, path, module);
}

int run_stdin() {
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  Module* module = make_main_module();
  return run_source(buffer.str(), "<stdin>", module);
}

int run_command(const std::string& command) {
  Module* module = make_main_module();
  return run_source(command, "<string>", module);
}

}  // namespace krait
