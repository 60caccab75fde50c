// A SyntaxError (or IndentationError / TabError) found by the front end.
//
// The front end knows nothing of Python objects (DESIGN.md §2), so it reports
// errors as this plain C++ exception; the virtual machine turns it into the
// Python exception object, and `krait --dump-*` prints it the way CPython prints
// an uncaught SyntaxError. Positions are kept in UTF-8 bytes, as the tokenizer
// sees them; CPython's 1-based *character* offsets are derived when the error is
// reported (see character_offset()).
#pragma once

#include <climits>
#include <exception>
#include <string>
#include <string_view>

namespace krait {

// ValueError is no SyntaxError, but the front end reports it the same way:
// CPython's compile() raises it for a source holding a NUL byte.
enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError, ValueError };

std::string_view syntax_error_kind_name(SyntaxErrorKind kind);

// A position CPython leaves None: the end of a future-import error, the
// positions of a decoding error.
inline constexpr int kNoPosition = INT_MIN;

// The position as Python prints the attribute: the number, or "None".
std::string position_repr(int position);

struct SyntaxErrorInfo {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string message;
  std::string filename;
  // 1-based lines; 1-based character offsets as CPython's SyntaxError.offset /
  // end_offset (0 is printed without a caret, as CPython); kNoPosition where
  // CPython's attribute is None.
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  // The source line the error points into, as CPython's SyntaxError.text
  // (UTF-8, with its newline); empty when CPython gives None.
  std::string text;
  bool has_text = false;
};

class SyntaxErrorException : public std::exception {
 public:
  explicit SyntaxErrorException(SyntaxErrorInfo info) : info_(std::move(info)) {}
  const char* what() const noexcept override { return info_.message.c_str(); }
  const SyntaxErrorInfo& info() const { return info_; }
  SyntaxErrorInfo& info() { return info_; }

 private:
  SyntaxErrorInfo info_;
};

// The 1-based character offset of byte column `byte_col` (0-based) in `line`
// (UTF-8), as CPython converts tokenizer byte offsets for SyntaxError.offset.
int character_offset(std::string_view line, int byte_col);

// Errors found after parsing (future imports, symbol table, code generation)
// take their text from the file on disk, as CPython's PyErr_ProgramTextObject:
// line `info.lineno` of `info.filename`, decoded as UTF-8 with replacement. A
// missing file (e.g. "<string>") or line leaves the text unset.
void read_text_from_file(SyntaxErrorInfo& info);

// The source line and caret line CPython's display prints under a
// SyntaxError's File line (pythonrun.c's print_error_text): 1-based offset
// and end_offset into `line` (-1 where absent), the range running from
// lineno to end_lineno.
std::string syntax_error_source_display(const std::string& line, long lineno, long offset,
                                        long end_lineno, long end_offset);

// Formats `info` the way CPython's default excepthook prints an uncaught
// SyntaxError: the File line, the stripped source line, the caret line, and
// "SyntaxError: message" (no traceback header, as for errors at compile time).
// A ValueError has no location; it is printed with the traceback of the
// reference command of `krait --dump-ast`, whose ast.parse() raises it.
std::string format_syntax_error(const SyntaxErrorInfo& info);

}  // namespace krait
