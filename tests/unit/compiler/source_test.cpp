// Source decoding against CPython 3.11: BOM, PEP 263 declarations on line 1
// or 2, conversion to UTF-8, newline translation, and the errors compile()
// and tokenize raise for bad declarations.
#include <gtest/gtest.h>

#include "compiler/source.h"
#include "compiler/syntax_error.h"

namespace krait {
namespace {

std::string decode_error(std::string_view bytes, NewlineMode mode = NewlineMode::Translate) {
  try {
    decode_source(bytes, "f.py", mode);
  } catch (const SyntaxErrorException& error) {
    return error.info().message + " | line " + std::to_string(error.info().lineno);
  }
  return "no error";
}

TEST(DecodeSource, ConvertsADeclaredLatin1FileToUtf8) {
  SourceText source =
      decode_source("# -*- coding: latin-1 -*-\nx = \"\xe9\"\n", "f.py", NewlineMode::Translate);
  EXPECT_EQ(source.encoding, "iso-8859-1");
  EXPECT_TRUE(source.encoding_declared);
  EXPECT_EQ(source.text, "# -*- coding: latin-1 -*-\nx = \"\xc3\xa9\"\n");
}

TEST(DecodeSource, ReadsADeclarationOnLineTwoAfterACommentLine) {
  SourceText source = decode_source("#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = \"\xc1\"\n",
                                    "f.py", NewlineMode::Keep);
  EXPECT_EQ(source.encoding, "koi8-r");
  EXPECT_EQ(source.text.substr(source.text.size() - 4), "\xd0\xb0\"\n");
}

TEST(DecodeSource, IgnoresALineTwoDeclarationAfterCode) {
  SourceText source = decode_source("x = 1\n# coding: latin-1\n", "f.py", NewlineMode::Translate);
  EXPECT_EQ(source.encoding, "utf-8");
  EXPECT_FALSE(source.encoding_declared);
}

TEST(DecodeSource, NormalisesOnlyTheUtf8AndLatin1Spellings) {
  EXPECT_EQ(decode_source("#coding=utf8\nx=1\n", "f.py", NewlineMode::Keep).encoding, "utf8");
  EXPECT_EQ(decode_source("# coding: Latin_1_foo\n", "f.py", NewlineMode::Keep).encoding,
            "iso-8859-1");
  EXPECT_EQ(decode_source("\xef\xbb\xbf# coding: utf-8\nx=1\n", "f.py", NewlineMode::Keep).encoding,
            "utf-8-sig");
}

TEST(DecodeSource, StripsTheBomAndTranslatesNewlines) {
  SourceText source = decode_source("\xef\xbb\xbfx = 1\r\ny = 2\rz = 3", "f.py", NewlineMode::Translate);
  EXPECT_EQ(source.encoding, "utf-8-sig");
  EXPECT_EQ(source.text, "x = 1\ny = 2\nz = 3\n");
  EXPECT_EQ(decode_source("", "f.py", NewlineMode::Translate).text, "\n");
  EXPECT_EQ(decode_source("a\r\n", "f.py", NewlineMode::Keep).text, "a\r\n");
}

TEST(DecodeSource, RejectsBadDeclarationsWithCPythonsMessages) {
  EXPECT_EQ(decode_error("# coding: uft-8\nx=1\n"), "unknown encoding: uft-8 | line 0");
  EXPECT_EQ(decode_error("\xef\xbb\xbf# coding: utf8\nx=1\n"),
            "encoding problem: utf8 with BOM | line 0");
  EXPECT_EQ(decode_error("\xef\xbb\xbf# coding: latin-1\nx=1\n"),
            "encoding problem: iso-8859-1 with BOM | line 0");
  EXPECT_EQ(decode_error("# coding: ascii\nx=\"\xe9\"\n"),
            "'ascii' codec can't decode byte 0xe9 in position 19: ordinal not in range(128) | line 0");
}

TEST(DecodeSource, LeavesUndeclaredInvalidUtf8ToTheTokenizer) {
  // CPython accepts it in comments and reports it where a token needs it.
  EXPECT_EQ(decode_error("#\xf6\n"), "no error");
  EXPECT_EQ(decode_error("print(\"b\xf6se\")\n", NewlineMode::Keep),
            "invalid or missing encoding declaration for 'f.py' | line 0");
}

}  // namespace
}  // namespace krait
