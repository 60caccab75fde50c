// Unicode helpers against CPython 3.11 (str.isidentifier, str.isprintable,
// unicodedata.normalize, UTF-8 decode errors).
#include <gtest/gtest.h>

#include "runtime/unicode.h"

namespace krait::unicode {
namespace {

TEST(Unicode, IdentifiersFollowXidStartAndXidContinue) {
  EXPECT_TRUE(is_identifier("\xe2\x84\x98"));         // U+2118, Other_ID_Start
  EXPECT_FALSE(is_identifier("\xc2\xb7"));            // U+00B7 only continues
  EXPECT_TRUE(is_identifier("a\xc2\xb7"));
  EXPECT_TRUE(is_identifier("\xe2\x85\xa0"));         // U+2160, a letter number
  EXPECT_FALSE(is_identifier("\xf0\xb1\x8d\x90"));    // Unicode 15: unknown to 3.11
  EXPECT_FALSE(is_identifier(""));
  size_t bad = 0;
  EXPECT_FALSE(is_identifier("ab\xe2\x82\xac", &bad));
  EXPECT_EQ(bad, 2u);
}

TEST(Unicode, PrintableExcludesSeparatorsAndFormatCharacters) {
  EXPECT_TRUE(is_printable(' '));
  EXPECT_FALSE(is_printable(0xA0));
  EXPECT_FALSE(is_printable(0xAD));
  EXPECT_FALSE(is_printable(0x2028));
  EXPECT_TRUE(is_printable(0x20AC));
  EXPECT_FALSE(is_printable(0x31350));
}

TEST(Unicode, NfkcFoldsCompatibilityCharacters) {
  EXPECT_EQ(normalize("\xef\xac\x81\xf0\x9d\x90\xb1\xe2\x84\x8c", NormalForm::kNFKC), "fixH");
  EXPECT_EQ(normalize("e\xcc\x81", NormalForm::kNFKC), "\xc3\xa9");
  EXPECT_EQ(normalize("\xc3\xa9", NormalForm::kNFD), "e\xcc\x81");
}

TEST(Unicode, NormalizationLeavesCharactersNewerThanUnicode14Alone) {
  // U+1E030 (Unicode 15) has a compatibility mapping CPython 3.11 does not know.
  EXPECT_EQ(normalize("\xf0\x9e\x80\xb0" "e\xcc\x81", NormalForm::kNFKC),
            "\xf0\x9e\x80\xb0\xc3\xa9");
}

TEST(Unicode, NormalizationKeepsLoneSurrogates) {
  EXPECT_EQ(normalize("e\xcc\x81\xed\xa0\x80", NormalForm::kNFC), "\xc3\xa9\xed\xa0\x80");
}

TEST(Unicode, DecodeErrorsAreWordedAsPythons) {
  EXPECT_EQ(utf8_decode_error("x\xf6"),
            "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
  EXPECT_EQ(utf8_decode_error("\xe2\x82"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
  EXPECT_EQ(utf8_decode_error("\xed\xa0\x80"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  EXPECT_EQ(utf8_decode_error("ok \xc3\xa9"), "");
  EXPECT_EQ(replace_invalid_utf8("a\xe2\x82z"), "a\xef\xbf\xbdz");
}

}  // namespace
}  // namespace krait::unicode
