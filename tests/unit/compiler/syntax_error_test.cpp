// SyntaxError display and offsets against CPython 3.11: each case is the
// stderr of `python3.11 -c "raise SyntaxError(msg, ('f.py', ...))"` from the
// File line on.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "compiler/syntax_error.h"

namespace krait {
namespace {

struct DisplayCase {
  SyntaxErrorKind kind;
  std::string message;
  int lineno;
  int offset;
  std::optional<std::string> text;
  int end_lineno;
  int end_offset;
  std::string expected;
};

TEST(FormatSyntaxError, PrintsWhatCPythonsDisplayPrints) {
  std::vector<DisplayCase> cases = {
      {SyntaxErrorKind::SyntaxError, "invalid syntax", 1, 5, "x = $ 1\n", 1, 6,
       "  File \"f.py\", line 1\n    x = $ 1\n        ^\nSyntaxError: invalid syntax\n"},
      {SyntaxErrorKind::SyntaxError, "bad", 2, 3, "  foo bar\n", 2, 9,
       "  File \"f.py\", line 2\n    foo bar\n    ^^^^^^\nSyntaxError: bad\n"},
      {SyntaxErrorKind::SyntaxError, "bad", 2, 3, "\tfoo bar\n", 2, 9,
       "  File \"f.py\", line 2\n    foo bar\n     ^^^^^^\nSyntaxError: bad\n"},
      {SyntaxErrorKind::SyntaxError, "multi", 1, 5, "x = (1,\n", 3, 2,
       "  File \"f.py\", line 1\n    x = (1,\n        ^^^\nSyntaxError: multi\n"},
      {SyntaxErrorKind::SyntaxError, "long", 1, 2, "ab\n", 1, 40,
       "  File \"f.py\", line 1\n    ab\n     ^^\nSyntaxError: long\n"},
      {SyntaxErrorKind::SyntaxError, "past", 1, 30, "ab\n", 1, 31,
       "  File \"f.py\", line 1\n    ab\n      ^\nSyntaxError: past\n"},
      {SyntaxErrorKind::SyntaxError, "none", 1, 0, "ab\n", 0, 0,
       "  File \"f.py\", line 1\n    ab\nSyntaxError: none\n"},
      {SyntaxErrorKind::SyntaxError, "notext", 3, 4, std::nullopt, 3, 5,
       "  File \"f.py\", line 3\nSyntaxError: notext\n"},
      {SyntaxErrorKind::IndentationError, "unindent", 3, 6, "    b\n", 3, -1,
       "  File \"f.py\", line 3\n    b\n     ^\nIndentationError: unindent\n"},
      {SyntaxErrorKind::TabError, "tabs", 3, 1, "\t y\n", 3, 0,
       "  File \"f.py\", line 3\n    y\nTabError: tabs\n"},
      {SyntaxErrorKind::SyntaxError, "unicode", 1, 3, "é = ü + ?\n", 1, 4,
       "  File \"f.py\", line 1\n    é = ü + ?\n      ^\nSyntaxError: unicode\n"},
      {SyntaxErrorKind::SyntaxError, "", 1, 1, "abc\n", 1, 2,
       "  File \"f.py\", line 1\n    abc\n    ^\nSyntaxError\n"},
      {SyntaxErrorKind::SyntaxError, "embedded", 1, 8, "abc\ndefgh\n", 1, 9,
       "  File \"f.py\", line 1\n    defgh\n       ^\nSyntaxError: embedded\n"},
      {SyntaxErrorKind::SyntaxError, "ff", 1, 4, "\f  abc\n", 1, 5,
       "  File \"f.py\", line 1\n    abc\n    ^\nSyntaxError: ff\n"},
      {SyntaxErrorKind::SyntaxError, "no newline", 1, 2, "abc", 1, 3,
       "  File \"f.py\", line 1\n    abc\n     ^\nSyntaxError: no newline\n"},
  };
  for (const DisplayCase& c : cases) {
    SCOPED_TRACE(c.message);
    SyntaxErrorInfo info;
    info.kind = c.kind;
    info.message = c.message;
    info.filename = "f.py";
    info.lineno = c.lineno;
    info.offset = c.offset;
    info.end_lineno = c.end_lineno;
    info.end_offset = c.end_offset;
    info.has_text = c.text.has_value();
    info.text = c.text.value_or("");
    EXPECT_EQ(format_syntax_error(info), c.expected);
  }
}

TEST(FormatSyntaxError, PrintsAValueErrorAsTheReferenceCommandsTraceback) {
  SyntaxErrorInfo info;
  info.kind = SyntaxErrorKind::ValueError;
  info.message = "source code string cannot contain null bytes";
  info.filename = "f.py";
  EXPECT_EQ(format_syntax_error(info),
            "Traceback (most recent call last):\n"
            "  File \"<string>\", line 1, in <module>\n"
            "  File \"/usr/lib/python3.11/ast.py\", line 50, in parse\n"
            "    return compile(source, filename, mode, flags,\n"
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "ValueError: source code string cannot contain null bytes\n");
}

TEST(SyntaxErrorKindName, NamesTheExceptionClasses) {
  EXPECT_EQ(syntax_error_kind_name(SyntaxErrorKind::SyntaxError), "SyntaxError");
  EXPECT_EQ(syntax_error_kind_name(SyntaxErrorKind::IndentationError), "IndentationError");
  EXPECT_EQ(syntax_error_kind_name(SyntaxErrorKind::TabError), "TabError");
  EXPECT_EQ(syntax_error_kind_name(SyntaxErrorKind::ValueError), "ValueError");
}

TEST(CharacterOffset, CountsCharactersBeforeTheByteColumn) {
  EXPECT_EQ(character_offset("x = 1", 4), 5);
  EXPECT_EQ(character_offset("\xc3\xa9 = \xc3\xbc", 5), 5);
  EXPECT_EQ(character_offset("ab", 10), 3);
  // A cut multi-byte character counts once, as CPython's "replace" decoding.
  EXPECT_EQ(character_offset("\xe2\x82\xac", 2), 2);
}

}  // namespace
}  // namespace krait
