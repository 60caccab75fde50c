// dump_tokens against `python3.11 -m tokenize -e` on small files that show
// where Lib/tokenize.py differs from the compiler's tokenizer.
#include <gtest/gtest.h>

#include "compiler/syntax_error.h"
#include "compiler/token_dump.h"

namespace krait {
namespace {

TEST(DumpTokens, ReportsCommentsBlankLinesAndDedentsAsTokenizeDoes) {
  EXPECT_EQ(dump_tokens("if x:\n    y = '\xc3\xa9'  # c\n\n# top\nz\n", "f.py"),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,2:            NAME           'if'           \n"
            "1,3-1,4:            NAME           'x'            \n"
            "1,4-1,5:            COLON          ':'            \n"
            "1,5-1,6:            NEWLINE        '\\n'           \n"
            "2,0-2,4:            INDENT         '    '         \n"
            "2,4-2,5:            NAME           'y'            \n"
            "2,6-2,7:            EQUAL          '='            \n"
            "2,8-2,11:           STRING         \"'é'\"          \n"
            "2,13-2,16:          COMMENT        '# c'          \n"
            "2,16-2,17:          NEWLINE        '\\n'           \n"
            "3,0-3,1:            NL             '\\n'           \n"
            "4,0-4,5:            COMMENT        '# top'        \n"
            "4,5-4,6:            NL             '\\n'           \n"
            "5,0-5,0:            DEDENT         ''             \n"
            "5,0-5,1:            NAME           'z'            \n"
            "5,1-5,2:            NEWLINE        '\\n'           \n"
            "6,0-6,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokens, EndsAnUnterminatedLastLineWithAnEmptyNewline) {
  EXPECT_EQ(dump_tokens("x = 1\r\ny", "f.py"),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'x'            \n"
            "1,2-1,3:            EQUAL          '='            \n"
            "1,4-1,5:            NUMBER         '1'            \n"
            "1,5-1,7:            NEWLINE        '\\r\\n'         \n"
            "2,0-2,1:            NAME           'y'            \n"
            "2,1-2,2:            NEWLINE        ''             \n"
            "3,0-3,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokens, SplitsWhatOnlyTheCompilerRejects) {
  EXPECT_EQ(dump_tokens("a <> 0777 $ 'b\n", "f.py"),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'a'            \n"
            "1,2-1,3:            LESS           '<'            \n"
            "1,3-1,4:            GREATER        '>'            \n"
            "1,5-1,6:            NUMBER         '0'            \n"
            "1,6-1,9:            NUMBER         '777'          \n"
            "1,9-1,10:           ERRORTOKEN     ' '            \n"
            "1,10-1,11:          ERRORTOKEN     '$'            \n"
            "1,11-1,12:          ERRORTOKEN     ' '            \n"
            "1,12-1,13:          ERRORTOKEN     \"'\"            \n"
            "1,13-1,14:          NAME           'b'            \n"
            "1,14-1,15:          NEWLINE        '\\n'           \n"
            "2,0-2,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokens, GivesUpOnAContinuedStringAtTheEndOfItsSecondLine) {
  EXPECT_EQ(dump_tokens("x = 'a\\\nb\ny\n", "f.py"),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'x'            \n"
            "1,2-1,3:            EQUAL          '='            \n"
            "1,4-2,2:            ERRORTOKEN     \"'a\\\\\\nb\\n\"    \n"
            "3,0-3,1:            NAME           'y'            \n"
            "3,1-3,2:            NEWLINE        '\\n'           \n"
            "4,0-4,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokens, KeepsGoingAfterAStrayClosingBracket) {
  EXPECT_EQ(dump_tokens("x = )\n  y = (\n\n# c\rz\n", "f.py"),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'x'            \n"
            "1,2-1,3:            EQUAL          '='            \n"
            "1,4-1,5:            RPAR           ')'            \n"
            "1,5-1,6:            NEWLINE        '\\n'           \n"
            "2,2-2,3:            NAME           'y'            \n"
            "2,4-2,5:            EQUAL          '='            \n"
            "2,6-2,7:            LPAR           '('            \n"
            "2,7-2,8:            NEWLINE        '\\n'           \n"
            "3,0-3,1:            NL             '\\n'           \n"
            "4,0-4,5:            COMMENT        '# c\\rz'       \n"
            "4,5-4,6:            NL             '\\n'           \n"
            "5,0-5,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokens, TakesALineStartingWithACarriageReturnForABlankLine) {
  EXPECT_EQ(dump_tokens("x = 1\n\rabc = 2\n#c\rd\n", "f.py"),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'x'            \n"
            "1,2-1,3:            EQUAL          '='            \n"
            "1,4-1,5:            NUMBER         '1'            \n"
            "1,5-1,6:            NEWLINE        '\\n'           \n"
            "2,0-2,9:            NL             '\\rabc = 2\\n'  \n"
            "3,0-3,4:            COMMENT        '#c\\rd'        \n"
            "3,4-3,5:            NL             '\\n'           \n"
            "4,0-4,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokens, ThrowsWhereTokenizeRaises) {
  EXPECT_THROW(dump_tokens("x = (1,\n", "f.py"), SyntaxErrorException);
  EXPECT_THROW(dump_tokens("s = '''abc\n", "f.py"), SyntaxErrorException);
  EXPECT_THROW(dump_tokens("if x:\n    a\n  b\n", "f.py"), SyntaxErrorException);
  EXPECT_THROW(dump_tokens("# coding: uft-8\n", "f.py"), SyntaxErrorException);
}

}  // namespace
}  // namespace krait
