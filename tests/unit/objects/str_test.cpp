// repr() of str and bytes against CPython 3.11's output for the same values.
#include <gtest/gtest.h>

#include "objects/str.h"

namespace krait {
namespace {

TEST(StrRepr, PrefersSingleQuotesUnlessOnlySingleQuotesAppear) {
  EXPECT_EQ(str_repr("abc"), "'abc'");
  EXPECT_EQ(str_repr("it's"), "\"it's\"");
  EXPECT_EQ(str_repr("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(str_repr("both ' and \""), "'both \\' and \"'");
}

TEST(StrRepr, EscapesControlCharactersAndBackslashes) {
  EXPECT_EQ(str_repr("tab\there\nnl\r\\\\"), "'tab\\there\\nnl\\r\\\\\\\\'");
  EXPECT_EQ(str_repr(std::string_view("\x00\x1f\x7f\xc2\x80\xc2\x9f\xc2\xa0\xc2\xad", 11)),
            "'\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xad'");
}

TEST(StrRepr, KeepsPrintableNonAsciiAndEscapesTheRest) {
  EXPECT_EQ(str_repr("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"), "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'");
  EXPECT_EQ(str_repr("\xe2\x80\xa8\xe2\x80\x8b\xee\x80\x80\xf3\xa0\x80\x81"),
            "'\\u2028\\u200b\\ue000\\U000e0001'");
  EXPECT_EQ(str_repr("\xed\xa0\x80"), "'\\ud800'");
}

TEST(StrRepr, TreatsCharactersNewerThanUnicode14AsUnassigned) {
  // U+31350 (CJK extension H) arrived in Unicode 15; CPython 3.11 escapes it.
  EXPECT_EQ(str_repr("\xf0\xb1\x8d\x90"), "'\\U00031350'");
  EXPECT_EQ(str_repr("\xf0\xb2\x8e\xaf\xcd\xb8"), "'\\U000323af\\u0378'");
}

TEST(BytesRepr, EscapesEverythingOutsidePrintableAscii) {
  EXPECT_EQ(bytes_repr("abc"), "b'abc'");
  EXPECT_EQ(bytes_repr("it's"), "b\"it's\"");
  EXPECT_EQ(bytes_repr(std::string_view("\x00\xff\t\n\r\\\\", 7)), "b'\\x00\\xff\\t\\n\\r\\\\\\\\'");
  EXPECT_EQ(bytes_repr("both ' and \""), "b'both \\' and \"'");
}

}  // namespace
}  // namespace krait
