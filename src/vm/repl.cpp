// The interactive interpreter, as CPython 3.11's PyRun_InteractiveLoop: one
// statement at a time, read line by line, compiled in "single" mode and run
// in __main__.
//
// A statement is complete exactly when CPython's parser, pulling tokens from
// a tokenizer that reads a line whenever it runs out, would stop asking for
// more: the lines typed so far are parsed with InteractiveInput::Open, whose
// tokenizer throws NeedMoreInput where CPython's would read, and the whole
// statement is parsed again after each new line (it is short).
#include "vm/repl.h"

#include <histedit.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "compiler/arena.h"
#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "compiler/source.h"
#include "compiler/symtable.h"
#include "compiler/syntax_error.h"
#include "compiler/tokenizer.h"
#include "modules/signal.h"
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
#include "runtime/unicode.h"
#include "vm/code.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace krait {

namespace {

constexpr const char* kFilename = "<stdin>";

enum class ReadResult { Line, EndOfInput, Interrupted };

// Standard input when it or standard output is no terminal, as CPython's
// PyOS_StdioReadline: the prompt on the C stderr, lines from a buffer of
// its own over descriptor 0 (as C stdio's, it reads ahead what is there).
std::string plain_input_buffer;

ReadResult read_plain_line(const std::string& prompt, std::string& line) {
  std::fputs(prompt.c_str(), stderr);
  std::fflush(stderr);
  for (;;) {
    size_t newline = plain_input_buffer.find('\n');
    if (newline != std::string::npos) {
      line.assign(plain_input_buffer, 0, newline + 1);
      plain_input_buffer.erase(0, newline + 1);
      return ReadResult::Line;
    }
    // A signal's handler runs here; one that raises (SIGINT's) drops the line.
    if (interrupt_pending != 0 && pending_signals_interrupt_input()) return ReadResult::Interrupted;
    char chunk[4096];
    ssize_t count = ::read(0, chunk, sizeof chunk);
    if (count > 0) {
      plain_input_buffer.append(chunk, static_cast<size_t>(count));
      continue;
    }
    if (count < 0 && errno == EINTR) continue;
    if (plain_input_buffer.empty()) return ReadResult::EndOfInput;
    // A last line without its newline.
    line.swap(plain_input_buffer);
    plain_input_buffer.clear();
    return ReadResult::Line;
  }
}

// A terminal on both standard input and output: line editing and history
// with libedit (its own API: the readline emulation echoes "^D" at end of
// input and needs two interrupts to give up a read), keyed as GNU readline's
// emacs mode that CPython uses.
struct LineEditor {
  EditLine* editor = nullptr;
  HistoryW* history = nullptr;
  std::wstring prompt;
  bool interrupted = false;  // a signal handler raised during the read
};
LineEditor line_editor;

wchar_t* editor_prompt(EditLine*) { return line_editor.prompt.data(); }

// One character from the terminal, decoded from UTF-8 here so that the line
// does not depend on the C locale; -1 when a signal handler raises during the
// read (SIGINT's), which makes el_wgets give up the line.
int editor_getc(EditLine*, wchar_t* out) {
  auto read_byte = [](unsigned char& byte) {
    for (;;) {
      if (interrupt_pending != 0 && pending_signals_interrupt_input()) {
        line_editor.interrupted = true;
        return -1;
      }
      ssize_t count = ::read(0, &byte, 1);
      if (count == 1) return 1;
      if (count < 0 && errno == EINTR) continue;
      return 0;
    }
  };
  unsigned char lead;
  int status = read_byte(lead);
  if (status != 1) return status;
  // Continuation bytes after the lead byte; a byte that leads nothing stands alone.
  int extra = lead < 0xC2 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : lead < 0xF5 ? 3 : 0;
  char32_t code_point = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int i = 0; i < extra; ++i) {
    unsigned char next;
    status = read_byte(next);
    if (status != 1) return status;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  *out = static_cast<wchar_t>(code_point);
  return 1;
}

// Ctrl-D as in readline: end of input on an empty line, else delete the
// character under the cursor.
unsigned char editor_delete_or_end(EditLine* editor, int) {
  const LineInfoW* line = el_wline(editor);
  if (line->buffer == line->lastchar) return CC_EOF;
  if (line->cursor == line->lastchar) return CC_NORM;
  el_cursor(editor, 1);
  el_deletestr(editor, 1);
  return CC_REFRESH;
}

void start_line_editor() {
  // libedit displays characters through the C library's multibyte functions.
  std::setlocale(LC_CTYPE, "");
  EditLine* editor = el_init("python", stdin, stdout, stderr);
  el_set(editor, EL_EDITOR, "emacs");
  el_set(editor, EL_SIGNAL, 0);
  el_wset(editor, EL_GETCFN, editor_getc);
  el_wset(editor, EL_PROMPT, editor_prompt);
  el_set(editor, EL_ADDFN, "krait-delete-or-end", "end of input on an empty line",
         editor_delete_or_end);
  el_set(editor, EL_BIND, "^D", "krait-delete-or-end", nullptr);
  // Tab inserts itself (CPython's completer, rlcompleter, is not there).
  el_set(editor, EL_BIND, "^I", "ed-insert", nullptr);
  HistoryW* history = history_winit();
  HistEventW event;
  history_w(history, &event, H_SETSIZE, 1000);
  // As CPython's readline module: a line equal to the last one is not added.
  history_w(history, &event, H_SETUNIQUE, 1);
  el_wset(editor, EL_HIST, history_w, history);
  el_source(editor, nullptr);
  line_editor.editor = editor;
  line_editor.history = history;
}

ReadResult read_edited_line(const std::string& prompt, std::string& line) {
  if (line_editor.editor == nullptr) start_line_editor();
  line_editor.prompt.clear();
  for (size_t pos = 0; pos < prompt.size();) {
    char32_t c = unicode::decode_utf8(prompt, pos);
    line_editor.prompt += c == unicode::kInvalid ? L'?' : static_cast<wchar_t>(c);
  }
  // libedit's own SIGWINCH handling is off with its signal handling: take
  // the terminal's size at each prompt instead.
  el_resize(line_editor.editor);
  int count = 0;
  const wchar_t* text = el_wgets(line_editor.editor, &count);
  if (text == nullptr || count <= 0) {
    if (!line_editor.interrupted) return ReadResult::EndOfInput;
    line_editor.interrupted = false;
    el_reset(line_editor.editor);
    return ReadResult::Interrupted;
  }
  std::wstring typed(text, static_cast<size_t>(count));
  if (!typed.empty() && typed.back() == L'\n') typed.pop_back();
  if (!typed.empty()) {
    HistEventW event;
    history_w(line_editor.history, &event, H_ENTER, typed.c_str());
  }
  line.clear();
  for (wchar_t c : typed) unicode::append_utf8(line, static_cast<char32_t>(c));
  line += '\n';
  return ReadResult::Line;
}

void set_sys_attribute(const char* name, Value value) {
  if (Module* sys = find_builtin_module(names.sys)) dict_set_str(sys->dict, intern(name), value);
}

// str(sys.ps1) or str(sys.ps2); "" when missing or when str() fails, as CPython.
std::string prompt_text(const char* name) {
  Value value = sys_attribute(intern(name));
  if (value.is_null()) return "";
  try {
    return str_string(value);
  } catch (const PyException&) {
    clear_current_exception();
    return "";
  }
}

// Whether a sys.flags attribute is set (false when it cannot be read).
bool sys_flag(const char* name) {
  Value flags = sys_attribute(intern("flags"));
  if (flags.is_null()) return false;
  try {
    Value value = lookup_attr(flags, intern(name));
    return !value.is_null() && truthy(value);
  } catch (const PyException&) {
    clear_current_exception();
    return false;
  }
}

}  // namespace

// CPython's banner is "Python <sys.version> on <platform>"; Krait names
// itself first and keeps the Python version and the compiler from sys.version.
std::string interactive_banner() {
  std::string version = "3.11";
  std::string compiler;
  Value sys_version = sys_attribute(intern("version"));
  if (!sys_version.is_null() && is_str(sys_version)) {
    std::string text(sys_version.as<Str>()->view());
    version = text.substr(0, text.find(' '));
    size_t bracket = text.find('[');
    if (bracket != std::string::npos) compiler = " " + text.substr(bracket);
  }
  std::string platform = "linux";
  Value sys_platform = sys_attribute(intern("platform"));
  if (!sys_platform.is_null() && is_str(sys_platform)) {
    platform = std::string(sys_platform.as<Str>()->view());
  }
  std::string text = "Krait " KRAIT_VERSION " (Python " + version + ")" + compiler + " on " +
                     platform + "\n";
  // site adds help(), copyright … and CPython names them unless -S.
  if (!sys_flag("no_site")) {
    text += "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
  }
  return text;
}

namespace {

// Prints an exception as CPython's PyErr_Print does in the loop, keeping it
// in sys.last_type / last_value / last_traceback. SystemExit gives the exit
// status instead.
std::optional<int> print_error(Value exception) {
  if (is_instance_of(exception, &exc_SystemExit)) return handle_uncaught_exception(exception);
  Value traceback = exception.as<BaseExceptionObject>()->traceback;
  set_sys_attribute("last_type", Value::from_object(type_of(exception)));
  set_sys_attribute("last_value", exception);
  set_sys_attribute("last_traceback", traceback.is_null() ? none() : traceback);
  handle_uncaught_exception(exception);
  return std::nullopt;
}

enum class ParseOutcome { Complete, NeedMore, Failed };

// Parses and compiles the statement typed so far; `code` is set when it is
// complete, the SyntaxError is printed when it fails. A future import holds
// for the rest of the session, as CPython's loop keeps its compiler flags.
ParseOutcome compile_statement(const std::string& text, InteractiveInput input,
                               FutureFlags& future, Code*& code,
                               std::optional<int>& exit_status) {
  try {
    Arena arena;
    SourceText source = decode_source(text, kFilename, NewlineMode::TranslateExpression);
    ParseOptions parse_options;
    parse_options.mode = ParseMode::Interactive;
    parse_options.interactive = input;
    ParseResult parsed = parse(source, arena, parse_options);
    report_parse_warnings(parsed.warnings, kFilename);
    CompileOptions compile_options;
    compile_options.mode = CompileMode::Single;
    compile_options.optimize = optimization_level;
    compile_options.future = future;
    code = compile_module(parsed.module, kFilename, compile_options);
    if (code->flags & kCoFutureAnnotations) future.annotations = true;
    return ParseOutcome::Complete;
  } catch (const NeedMoreInput&) {
    return ParseOutcome::NeedMore;
  } catch (const SyntaxErrorException& error) {
    flush_std_streams();
    exit_status = print_error(syntax_error_exception(error.info()));
  } catch (const CompileRecursionError& error) {
    flush_std_streams();
    exit_status = print_error(new_exception_message(&exc_RecursionError, error.what()));
  } catch (const PyException&) {
    exit_status = print_error(take_current_exception());
  }
  return ParseOutcome::Failed;
}

}  // namespace

int run_interactive(Module* main_module) {
  if (main_module == nullptr) {
    Value existing = dict_get_str(module_table(), intern("__main__"));
    main_module = !existing.is_null() && type_of(existing) == &module_type
                      ? existing.as<Module>()
                      : make_main_module();
  }
  install_interrupt_handler();
  if (sys_attribute(intern("ps1")).is_null()) set_sys_attribute("ps1", str_value(">>> "));
  if (sys_attribute(intern("ps2")).is_null()) set_sys_attribute("ps2", str_value("... "));
  // The session obeys SystemExit, even under -i.
  report_system_exit = false;
  bool terminal = isatty(0) && isatty(1);
  auto read_line = terminal ? read_edited_line : read_plain_line;
  Dict* globals = main_module->dict;
  FutureFlags future;
  for (;;) {
    std::string text;
    std::string line;
    Code* code = nullptr;
    std::optional<int> exit_status;
    ParseOutcome outcome = ParseOutcome::NeedMore;
    while (outcome == ParseOutcome::NeedMore) {
      std::string prompt = prompt_text(text.empty() ? "ps1" : "ps2");
      flush_std_streams();
      ReadResult read = read_line(prompt, line);
      if (read == ReadResult::Interrupted) {
        // CPython leaves the prompt's line first; an interrupt while reading
        // is no program's KeyboardInterrupt (the exit status stays).
        write_stderr("\n");
        bool program_interrupted = unhandled_keyboard_interrupt;
        print_error(new_exception(&exc_KeyboardInterrupt, make_tuple({})));
        unhandled_keyboard_interrupt = program_interrupted;
        flush_std_streams();
        outcome = ParseOutcome::Failed;
        break;
      }
      if (read == ReadResult::EndOfInput) {
        write_stderr("\n");
        flush_std_streams();
        if (text.empty()) return 0;
        outcome = compile_statement(text, InteractiveInput::Ended, future, code,
                                    exit_status);
        break;
      }
      text += line;
      outcome = compile_statement(text, InteractiveInput::Open, future, code, exit_status);
    }
    if (exit_status) return *exit_status;
    if (outcome == ParseOutcome::Complete) {
      // As CPython's run_eval_code_obj: whether the last statement run ended
      // by KeyboardInterrupt decides how the process exits at end of input.
      unhandled_keyboard_interrupt = false;
      try {
        run_code(code, globals, Value::from_object(globals));
      } catch (const PyException&) {
        exit_status = print_error(take_current_exception());
        if (exit_status) return *exit_status;
      }
    }
    flush_std_streams();
  }
}

}  // namespace krait
