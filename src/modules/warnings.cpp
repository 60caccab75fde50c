#include "modules/warnings.h"

#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/run.h"
#include "vm/traceback_print.h"

namespace krait {

namespace {

enum class Action { Ignore, Default };

// The release build's default filters, `-W` options not being modelled.
Action default_action(Type* category, Dict* globals) {
  if (is_subtype(category, &exc_DeprecationWarning)) {
    Value module = globals ? dict_get_str(globals, names.dunder_name) : Value::null();
    bool in_main = !module.is_null() && is_str(module) && str_view(module) == "__main__";
    return in_main ? Action::Default : Action::Ignore;
  }
  if (is_subtype(category, &exc_PendingDeprecationWarning) ||
      is_subtype(category, &exc_ImportWarning) || is_subtype(category, &exc_ResourceWarning)) {
    return Action::Ignore;
  }
  return Action::Default;
}

std::string strip_whitespace(const std::string& line) {
  constexpr const char* kWhitespace = " \t\n\r\f\v";
  size_t start = line.find_first_not_of(kWhitespace);
  if (start == std::string::npos) return std::string();
  return line.substr(start, line.find_last_not_of(kWhitespace) - start + 1);
}

}  // namespace

void warn(Type* category, std::string_view message, int stacklevel) {
  Frame* frame = thread_state()->frame;
  for (int level = 1; level < stacklevel && frame; ++level) frame = frame->previous;
  Dict* globals = frame ? frame->globals : nullptr;
  if (default_action(category, globals) == Action::Ignore) return;
  std::string filename = frame ? std::string(frame->code->filename->view()) : "sys";
  int lineno = frame ? frame->line_number() : 1;
  if (globals) {
    Str* registry_name = intern("__warningregistry__");
    Value registry = dict_get_str(globals, registry_name);
    if (registry.is_null() || !is_dict(registry)) {
      registry = Value::from_object(make_dict());
      dict_set_str(globals, registry_name, registry);
    }
    Value key = Value::from_object(
        make_tuple({str_value(message), Value::from_object(category), make_int(lineno)}));
    if (!dict_get(registry.as<Dict>(), key).is_null()) return;
    dict_set(registry.as<Dict>(), key, make_bool(true));
  }
  show_warning(filename, lineno, std::string(category->name->view()), std::string(message),
               strip_whitespace(source_file_line(filename, lineno)));
}

void show_warning(const std::string& filename, int lineno, const std::string& category,
                  const std::string& message, const std::string& line) {
  for (const std::string& piece : {filename, ":" + std::to_string(lineno) + ": ", category,
                                   std::string(": "), message, std::string("\n")}) {
    write_stderr(piece);
  }
  if (line.empty()) return;
  for (const std::string& piece : {std::string("  "), line, std::string("\n")}) write_stderr(piece);
}

void show_syntax_warning(const std::string& filename, int lineno, const std::string& message,
                         const std::string& line) {
  show_warning(filename, lineno, "SyntaxWarning", message, line);
}

}  // namespace krait
