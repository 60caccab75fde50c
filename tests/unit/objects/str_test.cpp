// str and bytes: repr() against CPython 3.11's output, the object layout
// and its code-point index, hashing (SipHash-1-3 with CPython's keys), and
// the methods, checked against values CPython 3.11 gives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/siphash.h"
#include "objects/str.h"
#include "objects/str_format.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/protocol.h"
#include "vm/startup.h"

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

// --- Hashing: PYTHONHASHSEED=0 is the zero key; other seeds go through CPython's LCG ---

TEST(SipHash, MatchesCPythonForSeeds) {
  // PYTHONHASHSEED=N python3.11 -c "print(hash('abc'))"
  auto hash_with = [](const HashKey& key, std::string_view data) {
    return python_hash_of(siphash13(key, data.data(), data.size()), data.size());
  };
  EXPECT_EQ(hash_with({0, 0}, "abc"), -4594863902769663758);
  EXPECT_EQ(hash_with(hash_key_from_seed(1), "abc"), -4667308735975688587);
  EXPECT_EQ(hash_with(hash_key_from_seed(12345), "abc"), 2962436275791859092);
}

TEST(SipHash, NonAsciiStrHashesItsCodeUnits) {
  // PYTHONHASHSEED=0: hash('é'), hash('€'), hash('😀') use 1-, 2- and 4-byte units.
  auto hash_with_zero_key = [](std::string_view units) {
    return python_hash_of(siphash13({0, 0}, units.data(), units.size()), units.size());
  };
  EXPECT_EQ(hash_with_zero_key("\xe9"), 6047309291227476195);
  EXPECT_EQ(hash_with_zero_key(std::string_view("\xac\x20", 2)), -5529981157763016009);
  EXPECT_EQ(hash_with_zero_key(std::string_view("\x00\xf6\x01\x00", 4)), -3536540696076613844);
}

TEST(SipHash, IncrementalEqualsOneShot) {
  std::string data = "the quick brown fox jumps over the lazy dog";
  for (size_t split = 0; split <= data.size(); ++split) {
    SipHasher hasher(hash_key_from_seed(7));
    hasher.add(data.data(), split);
    hasher.add(data.data() + split, data.size() - split);
    EXPECT_EQ(hasher.finish(), siphash13(hash_key_from_seed(7), data.data(), data.size()));
  }
}

class StrRuntime : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { start_runtime(); }

  static Value s(std::string_view text) { return str_value(text); }
  static std::string text(Value v) { return std::string(str_view(v)); }
  static Value method(Value self, const char* name, std::initializer_list<Value> args) {
    return call_method(self, intern(name), args);
  }
  // The message of the exception `body` raises, as "Type: message".
  template <class F>
  static std::string error_of(F body) {
    try {
      body();
    } catch (PyException&) {
      Value e = take_current_exception();
      return type_name(e) + ": " + str_string(e);
    }
    return "no error";
  }
};

TEST_F(StrRuntime, HashOfStrEqualsHashOfSameAsciiBytes) {
  EXPECT_EQ(str_hash(make_str("abc")), hash(Value::from_object(make_bytes("abc"))));
  EXPECT_EQ(str_hash(make_str("")), 0);
  SipHasher hasher(hash_key());
  hasher.add("\xe9", 1);
  EXPECT_EQ(str_hash(make_str("\xc3\xa9")), python_hash_of(hasher.finish(), 1));
}

TEST_F(StrRuntime, LengthAndAsciiFlag) {
  Str* ascii = make_str("hello");
  EXPECT_TRUE(ascii->is_ascii());
  EXPECT_EQ(ascii->length, 5u);
  Str* mixed = make_str("h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80");
  EXPECT_FALSE(mixed->is_ascii());
  EXPECT_EQ(mixed->length, 5u);
  EXPECT_EQ(mixed->size, 13u);
}

TEST_F(StrRuntime, CodePointIndexOfLongNonAsciiStrings) {
  std::string text;
  std::vector<size_t> offsets;
  for (int i = 0; i < 1000; ++i) {
    offsets.push_back(text.size());
    text += (i % 3 == 0) ? "\xc3\xa9" : (i % 5 == 0) ? "\xf0\x9f\x98\x80" : "x";
  }
  offsets.push_back(text.size());
  Str* s = make_str(text);
  ASSERT_NE(s->index_offset, 0u);
  for (size_t i = 0; i <= 1000; ++i) {
    EXPECT_EQ(str_byte_offset(s, i), offsets[i]) << i;
    EXPECT_EQ(str_index_of_offset(s, offsets[i]), i) << i;
  }
  Str* piece = str_substring(s, 130, 140);
  EXPECT_EQ(piece->length, 10u);
  EXPECT_EQ(piece->view(), text.substr(offsets[130], offsets[140] - offsets[130]));
}

TEST_F(StrRuntime, InPlaceBuildFinishesWithIndex) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "\xce\xbb";
  Str* s = str_new_uninitialized(text.size());
  std::copy(text.begin(), text.end(), s->data());
  s = str_finish(s);
  EXPECT_EQ(s->length, 300u);
  EXPECT_EQ(str_byte_offset(s, 299), 598u);
}

TEST_F(StrRuntime, InterningAnswersOneObject) {
  Str* a = intern("some_identifier");
  EXPECT_EQ(a, intern(make_str("some_identifier")));
  EXPECT_EQ(a, intern(std::string("some_") + "identifier"));
  EXPECT_NE(a, intern("other_identifier"));
}

TEST_F(StrRuntime, IndexingAndSlicing) {
  Value v = s("h\xc3\xa9llo");
  EXPECT_EQ(text(getitem(v, make_int(1))), "\xc3\xa9");
  EXPECT_EQ(text(getitem(v, make_int(-1))), "o");
  EXPECT_EQ(error_of([&] { getitem(v, make_int(5)); }), "IndexError: string index out of range");
  EXPECT_EQ(error_of([&] { getitem(v, make_float(1.0)); }),
            "TypeError: string indices must be integers, not 'float'");
}

TEST_F(StrRuntime, ConcatenationAndRepetition) {
  EXPECT_EQ(text(binary_op(s("ab"), s("cd"), BinaryOp::Add)), "abcd");
  EXPECT_EQ(text(binary_op(s("ab"), make_int(3), BinaryOp::Multiply)), "ababab");
  EXPECT_EQ(text(binary_op(make_int(2), s("x"), BinaryOp::Multiply)), "xx");
  EXPECT_EQ(error_of([&] { binary_op(s("a"), make_int(1), BinaryOp::Add); }),
            "TypeError: can only concatenate str (not \"int\") to str");
}

TEST_F(StrRuntime, RepeatedConcatenationSharesOneBuffer) {
  Str* acc = empty_str();
  std::string expected;
  gc::vector<Str*> steps;
  for (int i = 0; i < 2000; ++i) {
    const char* piece = i % 7 == 0 ? "\xce\xbb" : "x";
    acc = str_concat(acc, make_str(piece));
    expected += piece;
    steps.push_back(acc);
  }
  ASSERT_TRUE(acc->flags & kStrShared);
  EXPECT_EQ(acc->view(), expected);
  EXPECT_EQ(acc->length, 2000u);
  // Earlier results still see only their own prefix.
  EXPECT_EQ(steps[999]->view(), expected.substr(0, steps[999]->size));
  EXPECT_EQ(steps[999]->length, 1000u);
  // A branch from an earlier result copies instead of overwriting later text.
  Str* branch = str_concat(steps[999], make_str("BRANCH"));
  EXPECT_EQ(branch->view(), expected.substr(0, steps[999]->size) + "BRANCH");
  EXPECT_EQ(acc->view(), expected);
  // s + s appends the buffer's own prefix.
  Str* doubled = str_concat(acc, acc);
  EXPECT_EQ(doubled->view(), expected + expected);
  // Indexing builds the code-point index lazily; hashing and equality see the text.
  Str* plain = make_str(expected);
  for (size_t i : {0u, 63u, 64u, 700u, 1999u}) {
    EXPECT_EQ(str_byte_offset(acc, i), str_byte_offset(plain, i)) << i;
  }
  EXPECT_EQ(str_index_of_offset(acc, acc->size), 2000u);
  EXPECT_EQ(str_hash(acc), str_hash(plain));
  EXPECT_TRUE(str_equal(acc, plain));
  EXPECT_EQ(str_substring(acc, 1990, 2000)->view(), expected.substr(expected.size() - 11));
  Str* interned = intern(acc);
  EXPECT_FALSE(interned->flags & kStrShared);
  EXPECT_EQ(interned->view(), expected);
}

TEST_F(StrRuntime, SplitAndJoin) {
  Value parts = method(s("  a b\tc  "), "split", {});
  EXPECT_EQ(repr_string(parts), "['a', 'b', 'c']");
  EXPECT_EQ(repr_string(method(s("a,b,,c"), "split", {s(",")})), "['a', 'b', '', 'c']");
  EXPECT_EQ(repr_string(method(s("a,b,c"), "rsplit", {s(","), make_int(1)})), "['a,b', 'c']");
  EXPECT_EQ(repr_string(method(s("a\nb\r\nc"), "splitlines", {})), "['a', 'b', 'c']");
  EXPECT_EQ(text(method(s("-"), "join", {parts})), "a-b-c");
  List* bad = make_list();
  list_append(bad, s("x"));
  list_append(bad, make_int(1));
  EXPECT_EQ(error_of([&] { method(s(""), "join", {Value::from_object(bad)}); }),
            "TypeError: sequence item 1: expected str instance, int found");
}

TEST_F(StrRuntime, SearchingAndReplacing) {
  EXPECT_EQ(method(s("h\xc3\xa9llo"), "find", {s("l")}).as_small_int(), 2);
  EXPECT_EQ(method(s("hello"), "rfind", {s("l")}).as_small_int(), 3);
  EXPECT_EQ(method(s("aaaa"), "count", {s("aa")}).as_small_int(), 2);
  EXPECT_EQ(error_of([&] { method(s("a"), "index", {s("b")}); }), "ValueError: substring not found");
  EXPECT_EQ(text(method(s("a.b.c"), "replace", {s("."), s("::")})), "a::b::c");
  EXPECT_EQ(text(method(s("abc"), "replace", {s(""), s("-")})), "-a-b-c-");
  EXPECT_TRUE(truthy(method(s("hello"), "startswith", {Value::from_object(make_tuple({s("x"), s("he")}))})));
}

TEST_F(StrRuntime, FullCaseMapping) {
  EXPECT_EQ(text(method(s("stra\xc3\x9f" "e"), "upper", {})), "STRASSE");
  EXPECT_EQ(text(method(s("\xce\x9f\xce\x94\xce\x9f\xce\xa3"), "lower", {})), "\xce\xbf\xce\xb4\xce\xbf\xcf\x82");
  EXPECT_EQ(text(method(s("hello world"), "title", {})), "Hello World");
  EXPECT_EQ(text(method(s("\xef\xac\x81sh"), "capitalize", {})), "Fish");
  EXPECT_EQ(text(method(s("Stra\xc3\x9f"), "casefold", {})), "strass");
  EXPECT_EQ(text(method(s("aBc"), "swapcase", {})), "AbC");
}

TEST_F(StrRuntime, Formatting) {
  EXPECT_EQ(text(method(s("{0}-{1!r}-{2:>3}"), "format", {s("a"), s("b"), s("c")})), "a-'b'-  c");
  EXPECT_EQ(text(Value::from_object(str_format_spec(make_str("ab"), "*^6"))), "**ab**");
  EXPECT_EQ(text(binary_op(s("%s=%5d|%-4x|"), Value::from_object(make_tuple({s("n"), make_int(42), make_int(255)})),
                           BinaryOp::Remainder)),
            "n=   42|ff  |");
  EXPECT_EQ(error_of([&] { method(s("{"), "format", {}); }), "ValueError: Single '{' encountered in format string");
  EXPECT_EQ(error_of([&] { binary_op(s("%d %d"), make_int(1), BinaryOp::Remainder); }),
            "TypeError: not enough arguments for format string");
}

TEST_F(StrRuntime, FormatMapAndBytesPercent) {
  Dict* mapping = make_dict();
  dict_set(mapping, s("a"), make_int(1));
  EXPECT_EQ(text(method(s("{a}"), "format_map", {Value::from_object(mapping)})), "1");
  EXPECT_EQ(error_of([&] { method(s("{0}"), "format_map", {Value::from_object(mapping)}); }),
            "ValueError: Format string contains positional fields");
  Value formatted = binary_op(Value::from_object(make_bytes("%s=%03d")),
                              Value::from_object(make_tuple({Value::from_object(make_bytes("k")), make_int(7)})),
                              BinaryOp::Remainder);
  EXPECT_EQ(repr_string(formatted), "b'k=007'");
}

TEST_F(StrRuntime, EncodeAndDecode) {
  Value encoded = method(s("h\xc3\xa9"), "encode", {});
  EXPECT_EQ(repr_string(encoded), "b'h\\xc3\\xa9'");
  EXPECT_EQ(repr_string(method(s("h\xc3\xa9"), "encode", {s("ascii"), s("replace")})), "b'h?'");
  EXPECT_EQ(repr_string(method(s("h\xc3\xa9"), "encode", {s("latin-1")})), "b'h\\xe9'");
  EXPECT_EQ(text(method(encoded, "decode", {})), "h\xc3\xa9");
  EXPECT_EQ(error_of([&] { method(Value::from_object(make_bytes("\xff")), "decode", {}); }),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

TEST_F(StrRuntime, Utf16AndUtf32) {
  using namespace std::string_view_literals;
  Value text = s("h\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(repr_string(method(text, "encode", {s("utf-16")})), "b'\\xff\\xfeh\\x00\\xe9\\x00=\\xd8\\x00\\xde'");
  EXPECT_EQ(repr_string(method(text, "encode", {s("utf-16-be")})), "b'\\x00h\\x00\\xe9\\xd8=\\xde\\x00'");
  EXPECT_EQ(repr_string(method(text, "encode", {s("UTF_32LE")})),
            "b'h\\x00\\x00\\x00\\xe9\\x00\\x00\\x00\\x00\\xf6\\x01\\x00'");
  auto decode = [](std::string_view data, const char* encoding, const char* errors = "strict") {
    return std::string(str_decode(data, encoding, errors)->view());
  };
  EXPECT_EQ(decode("\xfe\xff\x00h\x00\xe9\xd8=\xde\x00"sv, "utf-16"), "h\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(decode("\xff\xfeh\x00"sv, "utf-16-le"), "\xef\xbb\xbfh");  // the BOM stays a character
  EXPECT_EQ(decode("\0\0\xfe\xff\0\0\0a"sv, "utf-32"), "a");
  EXPECT_EQ(decode("\0\xd8\0\xd8\0\xdc"sv, "utf-16-le", "replace"),
            "\xef\xbf\xbd\xf0\x90\x80\x80");
  EXPECT_EQ(decode("\0\xdc" "a\0"sv, "utf-16-le", "surrogatepass"), "\xed\xb0\x80" "a");
  EXPECT_EQ(error_of([&] { str_decode("a\0b"sv, "utf-16", "strict"); }),
            "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data");
  EXPECT_EQ(error_of([&] { str_decode("\0\0\x11\0"sv, "utf-32-le", "strict"); }),
            "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in "
            "range(0x110000)");
  EXPECT_EQ(error_of([&] { method(s("a\xed\xa0\x80"), "encode", {s("utf-16")}); }),
            "UnicodeEncodeError: 'utf-16' codec can't encode character '\\ud800' in position 1: surrogates not "
            "allowed");
  EXPECT_EQ(repr_string(method(s("a\xed\xa0\x80"), "encode", {s("utf-16-le"), s("replace")})), "b'a\\x00?\\x00'");
}

TEST_F(StrRuntime, BytesBasics) {
  Value b = Value::from_object(make_bytes("a b  c"));
  EXPECT_EQ(repr_string(method(b, "split", {})), "[b'a', b'b', b'c']");
  EXPECT_EQ(repr_string(getitem(b, make_int(0))), "97");
  EXPECT_EQ(text(method(b, "hex", {})), "612062202063");
  Value array = Value::from_object(make_bytearray("ab"));
  method(array, "append", {make_int(99)});
  EXPECT_EQ(repr_string(array), "bytearray(b'abc')");
}

}  // namespace
}  // namespace krait
