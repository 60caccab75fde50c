// The tokenizer against CPython 3.11: token streams as the C tokenizer gives
// them (expectations from `_tokenize.TokenizerIter`, INDENT/DEDENT positions
// aside, which CPython leaves unset), and every lexical error with its type,
// message, position and text as `ast.parse` reports them for a file on disk.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "compiler/source.h"
#include "compiler/tokenizer.h"
#include "objects/str.h"

namespace krait {
namespace {

std::string describe(const Token& token) {
  std::string out(token_type_name(token.type));
  if (token.type == TokenType::INDENT || token.type == TokenType::DEDENT) return out;
  for (int number : {token.lineno, token.col_offset, token.end_lineno, token.end_col_offset}) {
    out += ' ';
    out += std::to_string(number);
  }
  out += ' ';
  out += str_repr(token.text);
  return out;
}

std::vector<std::string> tokens_of(std::string_view bytes) {
  SourceText source = decode_source(bytes, "f.py", NewlineMode::Translate);
  Tokenizer tokenizer(source);
  std::vector<std::string> out;
  for (Token token = tokenizer.next(); token.type != TokenType::ENDMARKER; token = tokenizer.next()) {
    out.push_back(describe(token));
  }
  return out;
}

// "Kind: message | lineno offset end_lineno end_offset | text", or "no error".
// The expectations come from CPython compiling a file, whose text errors
// quote: the bytes are written to one first (a file per process, for ctest).
std::string error_of(std::string_view bytes) {
  std::string path = ::testing::TempDir() + "tokenizer_test_" + std::to_string(getpid()) + ".py";
  std::ofstream(path, std::ios::binary) << bytes;
  try {
    SourceText source = decode_source(bytes, path, NewlineMode::Translate);
    Tokenizer tokenizer(source);
    while (tokenizer.next().type != TokenType::ENDMARKER) {
    }
  } catch (const SyntaxErrorException& error) {
    const SyntaxErrorInfo& info = error.info();
    return std::string(syntax_error_kind_name(info.kind)) + ": " + info.message + " | " +
           std::to_string(info.lineno) + " " + std::to_string(info.offset) + " " +
           std::to_string(info.end_lineno) + " " + std::to_string(info.end_offset) + " | " +
           info.text;
  }
  return "no error";
}

void expect_errors(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [source, expected] : cases) {
    SCOPED_TRACE(source);
    EXPECT_EQ(error_of(source), expected);
  }
}

TEST(Tokenizer, ProducesCPythonTokensForStatementsAndNumbers) {
  std::vector<std::string> expected = {
      "ASYNC 1 0 1 5 'async'", "NAME 1 6 1 9 'def'", "NAME 1 10 1 11 'f'",
      "LPAR 1 11 1 12 '('", "NAME 1 12 1 13 'x'", "RPAR 1 13 1 14 ')'",
      "COLON 1 14 1 15 ':'", "NEWLINE 1 15 1 15 ''", "INDENT",
      "NAME 2 4 2 10 'return'", "AWAIT 2 11 2 16 'await'", "NAME 2 17 2 18 'x'",
      "NEWLINE 2 20 2 23 '# c'", "DEDENT", "NAME 4 0 4 2 'if'", "NAME 4 3 4 4 'a'",
      "NOTEQUAL 4 5 4 7 '<>'", "NAME 4 8 4 9 'b'", "COLON 4 9 4 10 ':'",
      "NEWLINE 4 10 4 10 ''", "INDENT", "NAME 5 1 5 5 'pass'", "NEWLINE 5 5 5 5 ''",
      "DEDENT", "NAME 6 0 6 1 'y'", "EQUAL 6 2 6 3 '='", "NUMBER 6 4 6 9 '0x_1F'",
      "PLUS 6 10 6 11 '+'", "NUMBER 6 12 6 19 '1.5e-3j'", "PLUS 6 20 6 21 '+'",
      "NUMBER 6 22 6 24 '.5'", "PLUS 6 25 6 26 '+'", "NUMBER 6 27 6 32 '1_000'",
      "NEWLINE 6 32 6 32 ''"};
  EXPECT_EQ(tokens_of("async def f(x):\n    return await x  # c\n\nif a <> b:\n\tpass\n"
                      "y = 0x_1F + 1.5e-3j + .5 + 1_000\n"),
            expected);
}

TEST(Tokenizer, StringsSpanLinesAndContinuationLinesJoin) {
  std::vector<std::string> expected = {
      "NAME 1 0 1 1 's'",         "EQUAL 1 2 1 3 '='",       "STRING 1 4 2 4 'rb\"\"\"a\\nb\"\"\"'",
      "STRING 2 5 2 13 'f\"{x!r}\"'", "STRING 2 14 2 17 \"u''\"", "PLUS 3 2 3 3 '+'",
      "NUMBER 3 4 3 5 '1'",       "NEWLINE 3 5 3 5 ''"};
  EXPECT_EQ(tokens_of("s = rb\"\"\"a\nb\"\"\" f\"{x!r}\" u'' \\\n  + 1\n"), expected);
}

TEST(Tokenizer, ClassifiesKeywordsAndSoftKeywords) {
  SourceText source = decode_source("match _ if None else case\n", "f.py", NewlineMode::Translate);
  Tokenizer tokenizer(source);
  std::vector<Keyword> keywords;
  for (Token token = tokenizer.next(); token.type == TokenType::NAME; token = tokenizer.next()) {
    keywords.push_back(token.keyword);
  }
  EXPECT_EQ(keywords, (std::vector<Keyword>{Keyword::match_, Keyword::Underscore, Keyword::if_,
                                            Keyword::None, Keyword::else_, Keyword::case_}));
}

TEST(Tokenizer, ReportsOpenBracketsInnermostLast) {
  SourceText source = decode_source("x = [1,\n  (2", "f.py", NewlineMode::Translate);
  Tokenizer tokenizer(source);
  for (int i = 0; i < 6; ++i) tokenizer.next();
  ASSERT_EQ(tokenizer.open_brackets().size(), 2u);
  EXPECT_EQ(tokenizer.open_brackets()[1].bracket, '(');
  EXPECT_EQ(tokenizer.open_brackets()[1].lineno, 2);
  EXPECT_EQ(tokenizer.open_brackets()[1].col_offset, 2);
}

TEST(Tokenizer, AcceptsANumberRunningIntoAKeyword) {
  EXPECT_EQ(error_of("x = 1if y else 2\nz = 0x1for\n"), "no error");
}

TEST(Tokenizer, LimitsIndentationToNinetyNineLevels) {
  std::string source;
  for (int level = 0; level < 100; ++level) {
    source += std::string(level, ' ') + "if x:\n";
  }
  source += std::string(100, ' ') + "pass\n";
  EXPECT_EQ(error_of(source), "IndentationError: too many levels of indentation | 101 1 101 0 | " +
                                  std::string(100, ' ') + "pass\n");
}

TEST(Tokenizer, LimitsBracketNestingToTwoHundred) {
  EXPECT_EQ(error_of(std::string(200, '(') + "\n"),
            "SyntaxError: '(' was never closed | 1 200 1 0 | " + std::string(200, '(') + "\n");
  EXPECT_EQ(error_of(std::string(201, '(') + "\n"),
            "SyntaxError: too many nested parentheses | 1 201 1 201 | " + std::string(201, '('));
}

TEST(TokenizerErrors, NumbersFollowedByLettersAreInvalidLiterals) {
  expect_errors({
      {"1abc\n",
       "SyntaxError: invalid decimal literal | 1 1 1 1 | 1abc"},
      {"x = 1_\n",
       "SyntaxError: invalid decimal literal | 1 6 1 6 | x = 1_"},
      {"x = 1e+\n",
       "SyntaxError: invalid decimal literal | 1 7 1 7 | x = 1e+"},
      {"x = 1e\n",
       "SyntaxError: invalid decimal literal | 1 5 1 5 | x = 1e"},
      {"x = 1.e\n",
       "SyntaxError: invalid decimal literal | 1 6 1 6 | x = 1.e"},
      {"x = 1__0\n",
       "SyntaxError: invalid decimal literal | 1 6 1 6 | x = 1__0"},
      {"x = 0_\n",
       "SyntaxError: invalid decimal literal | 1 6 1 6 | x = 0_"},
      {"x = 5j2\n",
       "SyntaxError: invalid imaginary literal | 1 6 1 6 | x = 5j2"},
  });
}

TEST(TokenizerErrors, PrefixedIntegersReportTheirBadDigits) {
  expect_errors({
      {"x = 0o8\n",
       "SyntaxError: invalid digit '8' in octal literal | 1 7 1 7 | x = 0o8"},
      {"x = 0o\n",
       "SyntaxError: invalid octal literal | 1 6 1 6 | x = 0o"},
      {"x = 0x\n",
       "SyntaxError: invalid hexadecimal literal | 1 6 1 6 | x = 0x"},
      {"x = 0b\n",
       "SyntaxError: invalid binary literal | 1 6 1 6 | x = 0b"},
      {"x = 0b2\n",
       "SyntaxError: invalid digit '2' in binary literal | 1 7 1 7 | x = 0b2"},
      {"x = 0b12\n",
       "SyntaxError: invalid digit '2' in binary literal | 1 8 1 8 | x = 0b12"},
      {"x = 0o78\n",
       "SyntaxError: invalid digit '8' in octal literal | 1 8 1 8 | x = 0o78"},
  });
}

TEST(TokenizerErrors, LeadingZerosAreRejectedWithTheirRange) {
  expect_errors({
      {"x = 0777\n",
       "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1 5 1 6 | x = 0777"},
      {"x = 00007\n",
       "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1 5 1 9 | x = 00007"},
      {"x = 0_7\n",
       "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1 5 1 7 | x = 0_7"},
  });
}

TEST(TokenizerErrors, UnterminatedStringsPointAtTheirStart) {
  expect_errors({
      {"x = 'abc\n",
       "SyntaxError: unterminated string literal (detected at line 1) | 1 5 1 5 | x = 'abc"},
      {"x = b'abc\n",
       "SyntaxError: unterminated string literal (detected at line 1) | 1 5 1 5 | x = b'abc"},
      {"x = \"abc\" \"def\n",
       "SyntaxError: unterminated string literal (detected at line 1) | 1 11 1 11 | x = \"abc\" \"def"},
      {"x = \"\\\n",
       "SyntaxError: unterminated string literal (detected at line 1) | 1 5 1 5 | x = \"\\"},
      {"x = \"\"\"abc\n\n",
       "SyntaxError: unterminated triple-quoted string literal (detected at line 2) | 1 5 1 5 | x = \"\"\"abc"},
      {"x = '''abc\nd\ne\n",
       "SyntaxError: unterminated triple-quoted string literal (detected at line 3) | 1 5 1 5 | x = '''abc"},
      {"y = 1\nx = rb\"\"\"abc\n\n",
       "SyntaxError: unterminated triple-quoted string literal (detected at line 3) | 2 5 2 5 | x = rb\"\"\"abc"},
  });
}

TEST(TokenizerErrors, BracketsMustMatch) {
  expect_errors({
      {"x = (]\n",
       "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' | 1 6 1 6 | x = (]"},
      {"x = (\n]\n",
       "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 | 2 1 2 1 | ]"},
      {"x = )\n",
       "SyntaxError: unmatched ')' | 1 5 1 5 | x = )"},
      {"x = ]\n",
       "SyntaxError: unmatched ']' | 1 5 1 5 | x = ]"},
      {"x = (\n",
       "SyntaxError: '(' was never closed | 1 5 1 0 | x = (\n"},
      {"x = (1,\n\n\n",
       "SyntaxError: '(' was never closed | 1 5 1 0 | x = (1,\n"},
      {"x = [1,\n(2,\n",
       "SyntaxError: '(' was never closed | 2 1 2 0 | (2,\n"},
      {"x = (1 + \\\n",
       "SyntaxError: '(' was never closed | 1 5 1 0 | x = (1 + \\\n"},
  });
}

TEST(TokenizerErrors, LineContinuationErrors) {
  expect_errors({
      {"x = 1 \\ 2\n",
       "SyntaxError: unexpected character after line continuation character | 1 8 1 0 | x = 1 \\ 2\n"},
      {"x = 1\ny = 1 \\ 2\n",
       "SyntaxError: unexpected character after line continuation character | 2 8 2 0 | y = 1 \\ 2\n"},
      {"\xc3""\xa9"" = 1 \\ 2\n",
       "SyntaxError: unexpected character after line continuation character | 1 9 1 0 | \xc3""\xa9"" = 1 \\ 2\n"},
      {"# coding: utf-8\n\xc3""\xa9"" = 1 \\ 2\n",
       "SyntaxError: unexpected character after line continuation character | 2 8 2 0 | \xc3""\xa9"" = 1 \\ 2\n"},
      {"x = \\ \n",
       "SyntaxError: unexpected character after line continuation character | 1 6 1 0 | x = \\ \n"},
      {"x = 1 + \\\n",
       "SyntaxError: unexpected EOF while parsing | 1 10 1 -1 | x = 1 + \\\n"},
      {"\\\n",
       "SyntaxError: unexpected EOF while parsing | 1 2 1 -1 | \\\n"},
  });
}

TEST(TokenizerErrors, IndentationErrorsReportTheWholeLine) {
  expect_errors({
      {"if x:\n        a\n    b\n",
       "IndentationError: unindent does not match any outer indentation level | 3 6 3 -1 |     b\n"},
      {"if x:\n\ta\n        b\n",
       "TabError: inconsistent use of tabs and spaces in indentation | 3 1 3 0 |         b\n"},
      {"if 1:\n   x\n\t y\n",
       "TabError: inconsistent use of tabs and spaces in indentation | 3 1 3 0 | \t y\n"},
      {"if 1:\n\tx\n        y\n",
       "TabError: inconsistent use of tabs and spaces in indentation | 3 1 3 0 |         y\n"},
  });
}

TEST(TokenizerErrors, InvalidCharactersAreNamed) {
  expect_errors({
      {"x = \xe2""\x82""\xac""\n",
       "SyntaxError: invalid character '\xe2""\x82""\xac""' (U+20AC) | 1 5 1 5 | x = \xe2""\x82""\xac"""},
      {"x = a\xc2""\xa0""b\n",
       "SyntaxError: invalid non-printable character U+00A0 | 1 6 1 6 | x = a\xc2""\xa0""b"},
      {"\xce""\xb1""\xe2""\x82""\xac"" = 1\n",
       "SyntaxError: invalid character '\xe2""\x82""\xac""' (U+20AC) | 1 2 1 2 | \xce""\xb1""\xe2""\x82""\xac"" = 1"},
      {"x = 1 \x01""\n",
       "SyntaxError: invalid non-printable character U+0001 | 1 7 1 7 | x = 1 \x01"""},
      {"x = 1 \x0b"" 2\n",
       "SyntaxError: invalid non-printable character U+000B | 1 7 1 7 | x = 1 \x0b"" 2"},
  });
}

TEST(TokenizerErrors, NumbersRunningIntoKeywordPrefixesAreStillInvalid) {
  expect_errors({
      {"x = 1orb\n",
       "SyntaxError: invalid decimal literal | 1 5 1 5 | x = 1orb"},
      {"x = 0x1andy\n",
       "SyntaxError: invalid hexadecimal literal | 1 8 1 8 | x = 0x1andy"},
      {"x = 1_0elsewhere\n",
       "SyntaxError: invalid decimal literal | 1 7 1 7 | x = 1_0elsewhere"},
  });
}

TEST(TokenizerErrors, EndOfInputInsideBracketsReportsTheBracket) {
  expect_errors({
      {"y = (1,\n  \\\n",
       "SyntaxError: '(' was never closed | 1 5 1 0 | y = (1,\n"},
  });
}

TEST(TokenizerErrors, UndecodableIdentifiersAreUnicodeErrors) {
  expect_errors({
      {"x\xf6"" = 1\n",
       "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte | 1 2 1 -1 | x\xef""\xbf""\xbd"" = 1\n"},
      {"x = 1\ny = \xe2""\x82""\n",
       "SyntaxError: (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data | 2 6 2 -1 | y = \xef""\xbf""\xbd""\n"},
  });
}

}  // namespace
}  // namespace krait
