// The default exception display of CPython 3.11, reimplemented from its
// observable behaviour (Python/pythonrun.c's print_exception_recursive and
// Python/traceback.c's tb_printinternal), quirks included: carets only for
// BinOp and Subscript anchors, none when they would cover the whole stripped
// line, no margin on "[Previous line repeated …]" inside groups.
#include "vm/traceback_print.h"

#include <unistd.h>

#include <climits>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "runtime/unicode.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/suggestions.h"
#include "vm/traceback.h"

namespace krait {

namespace {

constexpr int kSourceLineIndent = 4;
constexpr long kRecursiveCutoff = 3;
constexpr long kDefaultTracebackLimit = 1000;
constexpr size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

bool is_indent_char(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// The number of characters in the first `byte_col` bytes of `line`, as
// CPython's _PyPegen_byte_offset_to_character_offset counts them: an offset
// past the end counts the terminating NUL as one more character.
long character_column(std::string_view line, long byte_col) {
  if (byte_col > static_cast<long>(line.size())) {
    return static_cast<long>(unicode::count_code_points(line)) + 1;
  }
  return character_offset(line, static_cast<int>(byte_col)) - 1;
}

// The byte offset of character `index` of `text` (its size when past the end).
size_t byte_of_character(std::string_view text, long index) {
  size_t pos = 0;
  for (long i = 0; i < index && pos < text.size(); ++i) unicode::decode_utf8(text, pos);
  return pos;
}

// The lines of source files, read at most once per display. CPython reads
// the file anew for every entry; reading it once per display shows the same
// text and keeps deep tracebacks linear.
class SourceLines {
 public:
  // Line `lineno` (1-based) of `filename` without its line ending, or null
  // when the file cannot be read or decoded or is too short.
  const std::string* line(std::string_view filename, int lineno) {
    auto found = files_.find(std::string(filename));
    if (found == files_.end()) {
      found = files_.emplace(std::string(filename), read_lines(filename)).first;
    }
    const std::optional<std::vector<std::string>>& lines = found->second;
    if (!lines || lineno < 1 || static_cast<size_t>(lineno) > lines->size()) return nullptr;
    return &(*lines)[lineno - 1];
  }

 private:
  static std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return buffer.str();
  }

  // Opens `filename`, or else its last component in each directory of sys.path
  // (CPython's _Py_FindSourceFile).
  static std::optional<std::string> find_file(std::string_view filename) {
    std::string path(filename);
    if (auto bytes = read_file(path)) return bytes;
    Module* sys = find_builtin_module(names.sys);
    if (!sys) return std::nullopt;
    Value sys_path = dict_get_str(sys->dict, intern("path"));
    if (sys_path.is_null() || !is_list(sys_path)) return std::nullopt;
    size_t slash = path.rfind('/');
    std::string tail = slash == std::string::npos ? path : path.substr(slash + 1);
    List* entries = sys_path.as<List>();
    for (size_t i = 0; i < entries->size; ++i) {
      Value entry = entries->items[i];
      if (!is_str(entry)) continue;
      std::string directory(str_view(entry));
      if (directory.find('\0') != std::string::npos) continue;
      if (!directory.empty() && directory.back() != '/') directory += '/';
      if (auto bytes = read_file(directory + tail)) return bytes;
    }
    return std::nullopt;
  }

  static std::optional<std::vector<std::string>> read_lines(std::string_view filename) {
    // Names such as <string> and <stdin> are not files.
    if (filename.size() >= 2 && filename.front() == '<' && filename.back() == '>') {
      return std::nullopt;
    }
    std::optional<std::string> bytes = find_file(filename);
    if (!bytes) return std::nullopt;
    std::string text;
    try {
      text = decode_source(*bytes, std::string(filename), NewlineMode::Keep).text;
    } catch (const SyntaxErrorException&) {
      return std::nullopt;
    }
    // Universal newlines, as the text file CPython reads the line through.
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\n' && text[i] != '\r') continue;
      lines.emplace_back(text, start, i - start);
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
    if (start < text.size()) lines.emplace_back(text, start, std::string::npos);
    return lines;
  }

  std::unordered_map<std::string, std::optional<std::vector<std::string>>> files_;
};

// Where the position markers go, in characters of the source line: carets
// over (start, end], the secondary ones over (left_end, right_start] when the
// expression has anchors.
struct Markers {
  long start = 0;
  long end = 0;
  long left_end = -1;
  long right_start = -1;
  char primary = '^';
  char secondary = '^';
  bool has_anchors() const { return left_end != -1 || right_start != -1; }
};

// Re-parses the failing expression `segment` (bytes of the line from the
// marker start) to find the operator of a BinOp or the brackets of a
// Subscript, as byte offsets into `segment`. False when it has neither.
bool find_anchors(std::string_view segment, long& left, long& right) {
  Arena arena;
  const ast::ModNode* module;
  try {
    SourceText source = decode_source(segment, "<traceback>", NewlineMode::Translate);
    module = parse(source, arena).module;
  } catch (const std::exception&) {
    return false;
  }
  const auto* body = ast::as<ast::Module>(module);
  if (!body || body->body.size != 1) return false;
  const auto* statement = ast::as<ast::Expr>(body->body[0]);
  if (!statement) return false;
  const ast::ExprNode* expression = statement->value;
  long size = static_cast<long>(segment.size());
  auto at = [&](long i) { return i < size ? segment[i] : '\0'; };
  if (const auto* binop = ast::as<ast::BinOp>(expression)) {
    long right_col = binop->right->col_offset;
    for (long i = binop->left->end_col_offset; i < right_col; ++i) {
      if (is_indent_char(at(i))) continue;
      left = i;
      right = i + 1;
      // A two-character operator (//, **, <<, …).
      if (i + 1 < right_col && !is_indent_char(at(i + 1))) ++right;
      // 3.11.2 stops at the first such character, even the closing
      // parenthesis of a parenthesised left operand.
      break;
    }
    return left >= 0;
  }
  if (const auto* subscript = ast::as<ast::Subscript>(expression)) {
    left = subscript->value->end_col_offset;
    right = subscript->slice->end_col_offset + 1;
    while (left < size && at(left) != '[') ++left;
    while (right < size && at(right) != ']') ++right;
    if (right < size) ++right;
    return true;
  }
  return false;
}

class ExceptionPrinter {
 public:
  std::string out;

  void print_recursive(Value exception) {
    RecursionGuard guard(" in print_exception_recursive");
    print_cause_and_context(exception);
    if (is_instance_of(exception, &exc_BaseExceptionGroup)) {
      print_group(exception);
    } else {
      print_one(exception);
    }
  }

 private:
  int group_depth_ = 0;
  bool need_close_ = false;
  gc::vector<Value> seen_;
  SourceLines sources_;

  int indent() const { return 2 * group_depth_; }
  const char* margin() const { return group_depth_ ? "| " : ""; }

  void write_indented_margin(int indent, const char* margin) {
    out.append(static_cast<size_t>(indent), ' ');
    out += margin;
  }
  void write_indented_margin() { write_indented_margin(indent(), margin()); }

  bool seen(Value exception) const {
    for (Value v : seen_) {
      if (v.is(exception)) return true;
    }
    return false;
  }

  // --- chaining --------------------------------------------------------------

  void print_cause_and_context(Value exception) {
    seen_.push_back(exception);
    if (!is_exception_instance(exception)) return;
    auto* object = exception.as<BaseExceptionObject>();
    Value cause = object->cause;
    if (!cause.is_null() && !is_none(cause)) {
      if (!seen(cause)) {
        print_chained(cause, "The above exception was the direct cause of the following exception:\n");
      }
      return;
    }
    if (object->suppress_context) return;
    Value context = object->context;
    if (!context.is_null() && !is_none(context) && !seen(context)) {
      print_chained(context, "During handling of the above exception, another exception occurred:\n");
    }
  }

  void print_chained(Value exception, const char* message) {
    bool need_close = need_close_;
    print_recursive(exception);
    need_close_ = need_close;
    write_indented_margin();
    out += "\n";
    write_indented_margin();
    out += message;
    write_indented_margin();
    out += "\n";
  }

  // --- exception groups --------------------------------------------------------

  void print_group(Value group) {
    if (group_depth_ > kMaxGroupDepth) {
      write_indented_margin();
      out += "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (group_depth_ == 0) group_depth_ = 1;
    print_one(group);

    Value members = getattr(group, intern("exceptions"));
    if (!is_tuple(members)) throw_type_error("exceptions must be a tuple");
    Tuple* excs = members.as<Tuple>();
    size_t count = excs->size;
    size_t shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close_ = false;
    for (size_t i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      // The closing line may be written by a nested group instead.
      if (last) need_close_ = true;
      out.append(static_cast<size_t>(indent()), ' ');
      out += i == 0 ? "+-" : "  ";
      bool truncated = i >= kMaxGroupWidth;
      if (truncated) {
        out += "+---------------- ... ----------------\n";
      } else {
        out += "+---------------- " + std::to_string(i + 1) + " ----------------\n";
      }
      ++group_depth_;
      if (truncated) {
        size_t remaining = count - kMaxGroupWidth;
        write_indented_margin();
        out += "and " + std::to_string(remaining) + " more exception" +
               (remaining > 1 ? "s" : "") + "\n";
      } else {
        print_recursive((*excs)[i]);
      }
      if (last && need_close_) {
        out.append(static_cast<size_t>(indent()), ' ');
        out += "+------------------------------------\n";
        need_close_ = false;
      }
      --group_depth_;
    }
    if (group_depth_ == 1) group_depth_ = 0;
  }

  // --- one exception -----------------------------------------------------------

  void print_one(Value exception) {
    if (!is_exception_instance(exception)) {
      write_indented_margin();
      Type* type = type_of(exception);
      out += "TypeError: print_exception(): Exception expected for value, ";
      out += tp_name(type);
      out += " found\n";
      return;
    }
    print_traceback(exception.as<BaseExceptionObject>()->traceback,
                    is_instance_of(exception, &exc_BaseExceptionGroup));
    Value message = exception;
    if (!lookup_attr(exception, intern("print_file_and_line")).is_null()) {
      message = print_file_and_line(exception);
    }
    print_message(type_of(exception), message);
    Value suggestion = offer_suggestions(message);
    if (!suggestion.is_null()) {
      out += ". Did you mean: '";
      out += str_view(suggestion);
      out += "'?";
    }
    out += "\n";
    print_notes(exception);
  }

  void print_message(Type* type, Value value) {
    write_indented_margin();
    Value module = Value::null();
    try {
      module = getattr(Value::from_object(type), names.dunder_module);
    } catch (const PyException&) {
      clear_current_exception();
    }
    if (module.is_null() || !is_str(module)) {
      out += "<unknown>";
    } else if (str_view(module) != "builtins" && str_view(module) != "__main__") {
      out += str_view(module);
      out += ".";
    }
    out += type->qualname ? type->qualname->view() : type->name->view();
    if (is_none(value)) return;
    Str* text = nullptr;
    try {
      text = str(value);
    } catch (const PyException&) {
      clear_current_exception();
      out += ": <exception str() failed>";
      return;
    }
    if (text->length != 0) out += ": ";
    out += text->view();
  }

  void print_notes(Value exception) {
    Value notes = lookup_attr(exception, names.dunder_notes);
    if (notes.is_null()) return;
    Type* type = type_of(notes);
    // Anything that is not a sequence is shown by its repr, with no newline.
    if (!type->getitem || is_dict(notes)) {
      write_indented_margin();
      try {
        out += repr(notes)->view();
      } catch (const PyException&) {
        clear_current_exception();
        out += "<__notes__ repr() failed>";
      }
      return;
    }
    int64_t count = length(notes);
    for (int64_t i = 0; i < count; ++i) {
      Value note = getitem(notes, make_int(i));
      Str* text = nullptr;
      try {
        text = str(note);
      } catch (const PyException&) {
        clear_current_exception();
      }
      if (!text) {
        out += "<note str() failed>";
      } else {
        write_note_lines(text->view());
      }
      out += "\n";
    }
  }

  // Each line of a note (str.splitlines(keepends=True)) behind the margin.
  void write_note_lines(std::string_view note) {
    size_t pos = 0;
    size_t line_start = 0;
    while (pos < note.size()) {
      char32_t cp = unicode::decode_utf8(note, pos);
      bool is_break = cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C ||
                      cp == 0x1D || cp == 0x1E || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
      if (!is_break) continue;
      if (cp == '\r' && pos < note.size() && note[pos] == '\n') ++pos;
      write_indented_margin();
      out += note.substr(line_start, pos - line_start);
      line_start = pos;
    }
    if (line_start < note.size()) {
      write_indented_margin();
      out += note.substr(line_start);
    }
  }

  // --- SyntaxError ---------------------------------------------------------------

  static bool attribute_int(Value exception, const char* name, long& out, bool none_allowed,
                            long none_value) {
    Value v = getattr(exception, intern(name));
    if (is_none(v) && none_allowed) {
      out = none_value;
      return true;
    }
    int64_t number = 0;
    if (!is_int(v)) return false;
    if (!int_to_int64(v, number)) return false;
    out = static_cast<long>(number);
    return true;
  }

  // Prints a SyntaxError's location and answers what its message line shows
  // (its msg), or the exception itself when its attributes are unusable.
  Value print_file_and_line(Value exception) {
    Value message;
    std::string filename;
    long lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
    Value text;
    try {
      message = getattr(exception, intern("msg"));
      Value file = getattr(exception, intern("filename"));
      filename = is_none(file) ? "<string>" : str_string(file);
      if (!attribute_int(exception, "lineno", lineno, false, 0)) return exception;
      if (!attribute_int(exception, "offset", offset, true, -1)) return exception;
      if (type_of(exception) == &exc_SyntaxError) {
        if (!attribute_int(exception, "end_lineno", end_lineno, true, lineno)) return exception;
        if (!attribute_int(exception, "end_offset", end_offset, true, -1)) return exception;
      } else {
        end_lineno = lineno;
        end_offset = -1;
      }
      text = getattr(exception, intern("text"));
    } catch (const PyException&) {
      clear_current_exception();
      return exception;
    }
    write_indented_margin();
    out += "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
    if (!is_none(text) && is_str(text)) {
      out += syntax_error_source_display(str_string(text), lineno, offset, end_lineno, end_offset);
    }
    return message;
  }

  // --- the traceback -------------------------------------------------------------

  static long traceback_limit() {
    Module* sys = find_builtin_module(names.sys);
    if (!sys) return kDefaultTracebackLimit;
    Value limit = dict_get_str(sys->dict, intern("tracebacklimit"));
    if (limit.is_null() || !is_int(limit)) return kDefaultTracebackLimit;
    int64_t value = 0;
    if (!int_to_int64(limit, value)) return int_sign(limit) > 0 ? LONG_MAX : 0;
    return static_cast<long>(value);
  }

 public:
  void print_traceback(Value tb, bool of_group) {
    if (tb.is_null() || is_none(tb) || type_of(tb) != &traceback_type) return;
    long limit = traceback_limit();
    if (limit <= 0) return;
    const char* header = "Traceback (most recent call last):\n";
    const char* header_margin = margin();
    if (of_group) {
      header = "Exception Group Traceback (most recent call last):\n";
      if (group_depth_ == 1) header_margin = "+ ";
    }
    write_indented_margin(indent(), header_margin);
    out += header;

    long depth = 0;
    for (Value cursor = tb; is_traceback(cursor); cursor = cursor.as<Traceback>()->next) ++depth;
    while (is_traceback(tb) && depth > limit) {
      --depth;
      tb = tb.as<Traceback>()->next;
    }
    Str* last_file = nullptr;
    Str* last_name = nullptr;
    int last_line = -1;
    long count = 0;
    for (; is_traceback(tb); tb = tb.as<Traceback>()->next) {
      Traceback* entry = tb.as<Traceback>();
      if (!entry->frame || !entry->frame->frame) continue;
      Code* code = entry->frame->frame->code;
      if (!last_file || !str_equal(code->filename, last_file) || last_line == -1 ||
          entry->lineno != last_line || !last_name || !str_equal(code->name, last_name)) {
        if (count > kRecursiveCutoff) print_line_repeated(count);
        last_file = code->filename;
        last_line = entry->lineno;
        last_name = code->name;
        count = 0;
      }
      ++count;
      if (count <= kRecursiveCutoff) display_line(entry, code);
    }
    if (count > kRecursiveCutoff) print_line_repeated(count);
  }

 private:
  static bool is_traceback(Value v) {
    return !v.is_null() && v.is_object() && type_of(v) == &traceback_type;
  }

  void print_line_repeated(long count) {
    count -= kRecursiveCutoff;
    out += "  [Previous line repeated " + std::to_string(count) +
           (count > 1 ? " more times]\n" : " more time]\n");
  }

  void display_line(Traceback* entry, Code* code) {
    write_indented_margin();
    std::string_view filename = code->filename->view();
    out += "  File \"";
    out += filename;
    out += "\", line " + std::to_string(entry->lineno) + ", in ";
    out += code->name->view();
    out += "\n";

    const std::string* line = sources_.line(filename, entry->lineno);
    if (!line) return;
    size_t indentation = 0;
    while (indentation < line->size() && is_indent_char((*line)[indentation])) ++indentation;
    write_indented_margin();
    out.append(kSourceLineIndent, ' ');
    out.append(*line, indentation);
    out += "\n";

    size_t index = static_cast<size_t>(entry->lasti / 2);
    if (entry->lasti < 0 || index >= code->code_size || !code->positions) return;
    const Position& position = code->positions[index];
    if (position.line < 0 || position.end_line < 0 || position.col < 0 || position.end_col < 0) {
      return;
    }
    Markers markers;
    markers.start = character_column(*line, position.col);
    markers.end = character_column(*line, position.end_col);
    long line_length = static_cast<long>(unicode::count_code_points(*line));
    if (position.line == position.end_line) {
      add_anchors(*line, markers);
    } else {
      // A multi-line expression is marked to the last non-blank character of
      // its first line (found, as CPython does, by indexing the UTF-8 bytes
      // with the character count).
      long i = line_length;
      while (--i >= 0) {
        if (!is_indent_char((*line)[i])) break;
      }
      markers.end = i + 1;
    }
    long stripped_length = line_length - static_cast<long>(indentation);
    if (markers.end - markers.start == stripped_length && !markers.has_anchors()) return;
    write_indented_margin();
    print_carets(static_cast<long>(indentation) - kSourceLineIndent, markers);
  }

  static void add_anchors(std::string_view line, Markers& markers) {
    size_t segment_start = byte_of_character(line, markers.start);
    size_t segment_end = byte_of_character(line, markers.end);
    if (segment_end < segment_start) segment_end = segment_start;
    std::string_view segment = line.substr(segment_start, segment_end - segment_start);
    long left = -1;
    long right = -1;
    if (!find_anchors(segment, left, right)) return;
    markers.left_end = character_column(segment, left) + markers.start;
    markers.right_start = character_column(segment, right) + markers.start;
    markers.primary = '~';
    markers.secondary = '^';
  }

  void print_carets(long offset, const Markers& markers) {
    while (++offset <= markers.end) {
      if (offset <= markers.start) {
        out += ' ';
      } else if (markers.has_anchors() && markers.left_end < offset &&
                 offset <= markers.right_start) {
        out += markers.secondary;
      } else {
        out += markers.primary;
      }
    }
    out += "\n";
  }
};

// Writes `text` to fd 2 in full.
void write_fd2(std::string_view text) {
  while (!text.empty()) {
    ssize_t written = ::write(2, text.data(), text.size());
    if (written <= 0) return;
    text.remove_prefix(static_cast<size_t>(written));
  }
}

}  // namespace

std::string format_exception(Value exception) {
  ExceptionPrinter printer;
  try {
    printer.print_recursive(exception);
  } catch (const PyException&) {
    clear_current_exception();
  }
  return std::move(printer.out);
}

std::string format_traceback(Value traceback) {
  ExceptionPrinter printer;
  try {
    printer.print_traceback(traceback, false);
  } catch (const PyException&) {
    clear_current_exception();
  }
  return std::move(printer.out);
}

void print_exception(Value exception) {
  Value saved = take_current_exception();
  Value stream = sys_stderr();
  if (!stream.is_null() && is_none(stream)) {
    thread_state()->current_exception = saved;
    return;
  }
  std::string text = format_exception(exception);
  if (stream.is_null()) {
    write_fd2(text);
  } else {
    try {
      call_method(stream, names.write, {str_value(text)});
      call_method_if_present(stream, names.flush, {});
    } catch (const PyException&) {
      clear_current_exception();
    }
  }
  thread_state()->current_exception = saved;
}

std::string source_file_line(std::string_view filename, int lineno) {
  SourceLines sources;
  const std::string* line = sources.line(filename, lineno);
  return line ? *line : std::string();
}

}  // namespace krait
