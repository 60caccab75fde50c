// Tests of the string-literal parser against CPython 3.11's results: decoded
// values, locations, f-string structure, the text and position handed to the
// parser for each replacement field, warnings and error messages. Expected
// values come from /usr/bin/python3.11 (ast.dump with include_attributes).
// The expression parser is replaced by a fake host that records its calls.
#include "compiler/string_parser.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "compiler/syntax_error.h"

namespace krait {
namespace {

struct ExpressionCall {
  std::string wrapped;
  int lineno;
  int col_offset;
};

class FakeHost : public StringParserHost {
 public:
  Arena& arena() override { return arena_; }

  // Returns a Name whose id is the text between the parentheses.
  ast::ExprNode* parse_fstring_expression(std::string_view wrapped, int starting_lineno,
                                          int starting_col_offset) override {
    calls.push_back({std::string(wrapped), starting_lineno, starting_col_offset});
    auto* name = ast::make<ast::Name>(arena_);
    name->id = ast::Str(arena_.copy(wrapped.substr(1, wrapped.size() - 2)));
    return name;
  }
  void warn(CompileWarning warning) override { warnings.push_back(std::move(warning)); }
  const std::string& filename() const override { return filename_; }
  std::string_view line_text(int) const override { return {}; }
  [[noreturn]] void raise_syntax_error(const std::string& message, const Token&) override {
    SyntaxErrorInfo info;
    info.message = message;
    throw SyntaxErrorException(std::move(info));
  }

  std::vector<ExpressionCall> calls;
  std::vector<CompileWarning> warnings;

 private:
  Arena arena_;
  std::string filename_ = "<test>";
};

// STRING tokens laid out as in a source line: each piece at (lineno, col), its
// end computed from its text.
class Tokens {
 public:
  Tokens& add(std::string text, int lineno = 1, int col_offset = -1) {
    texts_.push_back(std::move(text));
    const std::string& t = texts_.back();
    Token token;
    token.type = TokenType::STRING;
    token.text = t;
    token.lineno = lineno;
    token.col_offset = col_offset >= 0 ? col_offset
                       : tokens_.empty() ? 0
                                         : tokens_.back().end_col_offset + 1;
    size_t newline = t.rfind('\n');
    token.end_lineno = lineno + static_cast<int>(std::count(t.begin(), t.end(), '\n'));
    token.end_col_offset = newline == std::string::npos
                               ? token.col_offset + static_cast<int>(t.size())
                               : static_cast<int>(t.size() - newline - 1);
    tokens_.push_back(token);
    return *this;
  }
  std::span<const Token> span() const { return tokens_; }

 private:
  std::deque<std::string> texts_;
  std::vector<Token> tokens_;
};

std::string location(const ast::LocatedNode* node) {
  return std::to_string(node->lineno) + ":" + std::to_string(node->col_offset) + "-" +
         std::to_string(node->end_lineno) + ":" + std::to_string(node->end_col_offset);
}

// A compact rendering: 'text' / b'bytes' / u'text' for constants, {expr!c:spec}
// for replacement fields, [ ... ] for a JoinedStr.
std::string render(const ast::ExprNode* node) {
  if (auto* c = ast::as<ast::Constant>(node)) {
    std::string prefix = c->value.kind == ast::ConstantValue::Kind::Bytes ? "b"
                         : c->kind.present()                              ? "u"
                                                                          : "";
    return prefix + "'" + std::string(c->value.text.view()) + "'";
  }
  if (auto* j = ast::as<ast::JoinedStr>(node)) {
    std::string out = "[";
    for (uint32_t i = 0; i < j->values.size; ++i) {
      if (i) out += " ";
      out += render(j->values[i]);
    }
    return out + "]";
  }
  if (auto* f = ast::as<ast::FormattedValue>(node)) {
    std::string out = "{";
    out += ast::as<ast::Name>(f->value)->id.view();
    if (f->conversion != -1) {
      out += '!';
      out += static_cast<char>(f->conversion);
    }
    if (f->format_spec) {
      out += ':';
      out += render(f->format_spec);
    }
    out += '}';
    return out;
  }
  return "?";
}

std::string parse_with(FakeHost& host, const std::string& text) {
  Tokens tokens;
  tokens.add(text);
  return render(concatenate_strings(host, tokens.span()));
}

std::string parse_one(const std::string& text) {
  FakeHost host;
  return parse_with(host, text);
}

std::string error_of(Tokens& tokens) {
  FakeHost host;
  try {
    concatenate_strings(host, tokens.span());
  } catch (const SyntaxErrorException& e) {
    return e.info().message;
  }
  return "no error";
}

std::string error_of(const std::string& text) {
  Tokens tokens;
  tokens.add(text);
  return error_of(tokens);
}

TEST(StringLiterals, PlainEscapesDecodeAsCPython) {
  EXPECT_EQ(parse_one(R"("a\tb\x41\u00e9\U0001F600\101\0\n")"),
            "'a\tbA\xC3\xA9\xF0\x9F\x98\x80" "A" + std::string(1, '\0') + "\n'");
  EXPECT_EQ(parse_one(R"("\N{LATIN SMALL LETTER A}\N{line feed}\N{CJK UNIFIED IDEOGRAPH-4E00}")"),
            "'a\n\xE4\xB8\x80'");
  EXPECT_EQ(parse_one("\"a\\\nb\""), "'ab'");
  EXPECT_EQ(parse_one(R"('\'\"\\')"), "''\"\\'");
}

TEST(StringLiterals, OctalAboveByteRangeIsACodePointInStr) {
  EXPECT_EQ(parse_one(R"("\777")"), "'\xC7\xBF'");
  EXPECT_EQ(parse_one(R"("\1234")"), "'S4'");
}

TEST(StringLiterals, LoneSurrogatesKeepTheirThreeByteForm) {
  EXPECT_EQ(parse_one(R"("\ud800")"), "'\xED\xA0\x80'");
}

TEST(StringLiterals, RawAndPrefixesInAnyCase) {
  EXPECT_EQ(parse_one(R"(r"\d\n")"), R"('\d\n')");
  EXPECT_EQ(parse_one(R"(Rb'\x00')"), R"(b'\x00')");
  EXPECT_EQ(parse_one(R"(bR'\x00')"), R"(b'\x00')");
  EXPECT_EQ(parse_one(R"(B"\x41\101")"), "b'AA'");
  EXPECT_EQ(parse_one(R"("""a"b""")"), "'a\"b'");
  EXPECT_EQ(parse_one(R"('''''')"), "''");
}

TEST(StringLiterals, BytesOctalAboveByteRangeWraps) {
  EXPECT_EQ(parse_one(R"(b"\777")"), "b'\xFF'");
}

TEST(StringLiterals, OnlyALowerCaseUOnTheFirstTokenSetsKind) {
  FakeHost host;
  Tokens a;
  a.add(R"(u"a")").add(R"("b")");
  EXPECT_EQ(render(concatenate_strings(host, a.span())), "u'ab'");
  Tokens b;
  b.add(R"(U"a")").add(R"("b")");
  EXPECT_EQ(render(concatenate_strings(host, b.span())), "'ab'");
  Tokens c;
  c.add(R"("a")").add(R"(u"b")");
  EXPECT_EQ(render(concatenate_strings(host, c.span())), "'ab'");
  // In an f-string concatenation the Constant parts take the kind too.
  Tokens d;
  d.add(R"(u"a")").add(R"(f"{x}b")");
  EXPECT_EQ(render(concatenate_strings(host, d.span())), "[u'a' {x} u'b']");
}

TEST(StringLiterals, ConcatenationSpansAllTokens) {
  FakeHost host;
  Tokens tokens;
  tokens.add(R"("""a
\q""")", 1, 0)
      .add(R"("\z")", 2, 6);
  auto* node = concatenate_strings(host, tokens.span());
  EXPECT_EQ(render(node), "'a\n\\q\\z'");
  EXPECT_EQ(location(static_cast<ast::LocatedNode*>(node)), "1:0-2:10");
  ASSERT_EQ(host.warnings.size(), 2u);
  EXPECT_EQ(host.warnings[0].message, "invalid escape sequence '\\q'");
  EXPECT_EQ(host.warnings[0].lineno, 1);
  EXPECT_EQ(host.warnings[0].category, "DeprecationWarning");
  EXPECT_EQ(host.warnings[1].message, "invalid escape sequence '\\z'");
  EXPECT_EQ(host.warnings[1].lineno, 2);
}

TEST(StringLiterals, OnlyTheFirstInvalidEscapeOfAPieceWarns) {
  FakeHost a;
  EXPECT_EQ(parse_with(a, R"("\d\e")"), R"('\d\e')");
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0].message, "invalid escape sequence '\\d'");
  FakeHost b;
  EXPECT_EQ(parse_with(b, R"("\400\d")"), "'\xC4\x80\\d'");
  ASSERT_EQ(b.warnings.size(), 1u);
  EXPECT_EQ(b.warnings[0].message, "invalid octal escape sequence '\\400'");
  FakeHost c;
  EXPECT_EQ(parse_with(c, R"(b"\N{DIGIT ONE}")"), R"(b'\N{DIGIT ONE}')");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].message, "invalid escape sequence '\\N'");
}

TEST(StringLiterals, DecodingErrorsUseTheCodecMessages) {
  EXPECT_EQ(error_of(R"("\x4")"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "truncated \\xXX escape");
  EXPECT_EQ(error_of(R"("\N{foo}")"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: "
            "unknown Unicode character name");
  EXPECT_EQ(error_of(R"("\U00110000")"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
            "illegal Unicode character");
  EXPECT_EQ(error_of(R"("\Nx")"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
            "malformed \\N character escape");
  EXPECT_EQ(error_of(R"("\N{}")"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "malformed \\N character escape");
  EXPECT_EQ(error_of(R"(b"a\x")"), "(value error) invalid \\x escape at position 1");
  EXPECT_EQ(error_of("b\"\xC3\xA4\""), "bytes can only contain ASCII literal characters");
}

TEST(StringLiterals, ErrorPositionsCountNonAsciiAsTenBytes) {
  // CPython decodes a copy in which "ä" is "\U000000e4" and "\ä" is
  // "\u005c\U000000e4".
  EXPECT_EQ(error_of("\"\xC3\xA4\\x4\""),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: "
            "truncated \\xXX escape");
  EXPECT_EQ(error_of("\"\\\xC3\xA4\\x4\""),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: "
            "truncated \\xXX escape");
  EXPECT_EQ(error_of("\"\\\\\xC3\xA4\\x4\""),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: "
            "truncated \\xXX escape");
  EXPECT_EQ(error_of("\"\\N{\xC3\xA4}\""),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: "
            "unknown Unicode character name");
}

TEST(StringLiterals, MixingBytesAndStrIsAnError) {
  Tokens a;
  a.add(R"(b"a")").add(R"("b")");
  EXPECT_EQ(error_of(a), "cannot mix bytes and nonbytes literals");
  Tokens b;
  b.add(R"("a")").add(R"(b"b")");
  EXPECT_EQ(error_of(b), "cannot mix bytes and nonbytes literals");
  Tokens c;
  c.add(R"(f"a")").add(R"(b"b")");
  EXPECT_EQ(error_of(c), "cannot mix bytes and nonbytes literals");
}

TEST(CharacterNames, FollowCPythonsLookup) {
  EXPECT_EQ(lookup_character_name("latin small letter a"), U'a');
  EXPECT_EQ(lookup_character_name("LF"), U'\n');
  EXPECT_EQ(lookup_character_name("BYTE ORDER MARK"), 0xFEFFu);
  EXPECT_EQ(lookup_character_name("HANGUL SYLLABLE GAG"), 0xAC01u);
  EXPECT_EQ(lookup_character_name("HANGUL SYLLABLE A"), 0xC544u);
  EXPECT_EQ(lookup_character_name("hangul syllable ga"), 0xFFFFFFFFu);
  EXPECT_EQ(lookup_character_name("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00u);
  EXPECT_EQ(lookup_character_name("CJK UNIFIED IDEOGRAPH-4e00"), 0xFFFFFFFFu);
  EXPECT_EQ(lookup_character_name("cjk unified ideograph-4E00"), 0xFFFFFFFFu);
  // Unicode 15 additions and names CPython's database lacks.
  EXPECT_EQ(lookup_character_name("CJK UNIFIED IDEOGRAPH-31350"), 0xFFFFFFFFu);
  EXPECT_EQ(lookup_character_name("TANGUT IDEOGRAPH-17000"), 0xFFFFFFFFu);
  EXPECT_EQ(lookup_character_name("NUSHU CHARACTER-1B170"), 0x1B170u);
  EXPECT_EQ(lookup_character_name("LATIN SMALL LETTER A "), 0xFFFFFFFFu);
  EXPECT_EQ(lookup_character_name("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), 0xFFFFFFFFu);
}

TEST(FStrings, LiteralsFieldsAndDoubledBraces) {
  EXPECT_EQ(parse_one(R"(f"a{{b}}c")"), "['a{b}c']");
  EXPECT_EQ(parse_one(R"(f"")"), "[]");
  EXPECT_EQ(parse_one(R"(f"x{a!r}y{b:>{w}}z")"), "['x' {a!r} 'y' {b:['>' {w}]} 'z']");
  EXPECT_EQ(parse_one(R"(f"{x:}")"), "[{x:[]}]");
  EXPECT_EQ(parse_one(R"(f"{a!=b}{c>=d}")"), "[{a!=b} {c>=d}]");
  EXPECT_EQ(parse_one(R"(f"{x:{{y}}}")"), "[{x:[{{y}}]}]");
  EXPECT_EQ(parse_one(R"(f"\N{DIGIT ONE}{x}")"), "['1' {x}]");
  EXPECT_EQ(parse_one(R"(rf"\{x}\N{y}")"), R"(['\' {x} '\N' {y}])");
}

TEST(FStrings, SelfDocumentingExpressions) {
  EXPECT_EQ(parse_one(R"(f"{ x = }")"), "[' x = ' { x !r}]");
  EXPECT_EQ(parse_one(R"(f"{x=!s:>4}")"), "['x=' {x!s:['>4']}]");
  EXPECT_EQ(parse_one(R"(f"{x=:}")"), "['x=' {x:[]}]");
  EXPECT_EQ(parse_one(R"(f"{a>=b=}")"), "['a>=b=' {a>=b!r}]");
}

TEST(FStrings, EscapesInLiteralParts) {
  FakeHost host;
  EXPECT_EQ(parse_with(host, R"(f"\{x}\d{y}\e")"), R"(['\' {x} '\d' {y} '\e'])");
  ASSERT_EQ(host.warnings.size(), 3u);
  EXPECT_EQ(host.warnings[0].message, "invalid escape sequence '\\{'");
  EXPECT_EQ(host.warnings[1].message, "invalid escape sequence '\\d'");
  EXPECT_EQ(host.warnings[2].message, "invalid escape sequence '\\e'");
  EXPECT_EQ(parse_one(R"(f"\}}{x}")"), R"(['\}' {x}])");
}

TEST(FStrings, ConcatenationMergesLiteralParts) {
  FakeHost host;
  Tokens tokens;
  tokens.add(R"(f"{x}")").add(R"("{y}")").add(R"(f"z{w}")");
  EXPECT_EQ(render(concatenate_strings(host, tokens.span())), "[{x} '{y}z' {w}]");
}

TEST(FStrings, PartsTakeTheLocationOfTheWholeConcatenation) {
  FakeHost host;
  Tokens tokens;
  tokens.add(R"(f"z")", 1, 0).add(R"(f"{x:a{w}b}")", 1, 5);
  auto* joined = ast::as<ast::JoinedStr>(concatenate_strings(host, tokens.span()));
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(location(joined), "1:0-1:17");
  EXPECT_EQ(location(static_cast<ast::LocatedNode*>(joined->values[0])), "1:0-1:17");
  auto* field = ast::as<ast::FormattedValue>(joined->values[1]);
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(location(field), "1:0-1:17");
  // The spec is located at its own token, and so is the literal after its
  // last field; the literal before a field is not.
  auto* spec = ast::as<ast::JoinedStr>(field->format_spec);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(location(spec), "1:5-1:17");
  ASSERT_EQ(spec->values.size, 3u);
  EXPECT_EQ(location(static_cast<ast::LocatedNode*>(spec->values[0])), "1:0-1:17");
  EXPECT_EQ(location(static_cast<ast::LocatedNode*>(spec->values[1])), "1:0-1:17");
  EXPECT_EQ(location(static_cast<ast::LocatedNode*>(spec->values[2])), "1:5-1:17");
}

TEST(FStrings, ExpressionPositionsOnTheTokensFirstLine) {
  FakeHost host;
  Tokens tokens;
  tokens.add(R"(f"ab{ x }cd")", 1, 4).add(R"(f"{y}")", 1, 17);
  concatenate_strings(host, tokens.span());
  ASSERT_EQ(host.calls.size(), 2u);
  EXPECT_EQ(host.calls[0].wrapped, "( x )");
  EXPECT_EQ(host.calls[0].lineno, 1);
  EXPECT_EQ(host.calls[0].col_offset, 8);  // x lands at column 10
  EXPECT_EQ(host.calls[1].wrapped, "(y)");
  EXPECT_EQ(host.calls[1].col_offset, 19);
}

TEST(FStrings, ExpressionPositionsAfterANewline) {
  FakeHost host;
  Tokens tokens;
  // xxxx = f"""a
  //    {x+1}"""
  tokens.add("f\"\"\"a\n   {x+1}\"\"\"", 1, 7);
  concatenate_strings(host, tokens.span());
  ASSERT_EQ(host.calls.size(), 1u);
  EXPECT_EQ(host.calls[0].lineno, 2);
  EXPECT_EQ(host.calls[0].col_offset, 3);  // only the columns after the newline
}

TEST(FStrings, ExpressionStartingWithANewlineIsNotShifted) {
  FakeHost host;
  Tokens tokens;
  tokens.add("f\"\"\"a\n{ \n x+1}\"\"\"", 1, 7);
  concatenate_strings(host, tokens.span());
  ASSERT_EQ(host.calls.size(), 1u);
  EXPECT_EQ(host.calls[0].wrapped, "( \n x+1)");
  EXPECT_EQ(host.calls[0].lineno, 2);
  EXPECT_EQ(host.calls[0].col_offset, 0);
  FakeHost first_line;
  Tokens same_line;
  same_line.add("f\"\"\"{ \n x+1}\"\"\"", 1, 7);
  concatenate_strings(first_line, same_line.span());
  EXPECT_EQ(first_line.calls[0].lineno, 1);
  EXPECT_EQ(first_line.calls[0].col_offset, 7);
}

TEST(FStrings, ErrorsUseCPythonsMessages) {
  EXPECT_EQ(error_of(R"(f"{}")"), "f-string: empty expression not allowed");
  EXPECT_EQ(error_of(R"(f"{x:{}}")"), "f-string: empty expression not allowed");
  EXPECT_EQ(error_of(R"(f"{ !r}")"), "f-string: expression required before '!'");
  EXPECT_EQ(error_of(R"(f"{:x}")"), "f-string: expression required before ':'");
  EXPECT_EQ(error_of(R"(f"{=")"), "f-string: expression required before '='");
  // '<' and '>' never end an expression, even at the end of the string.
  EXPECT_EQ(error_of(R"(f"{<")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{ ")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{ x ")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"a}")"), "f-string: single '}' is not allowed");
  EXPECT_EQ(error_of(R"(f"{x}}")"), "f-string: single '}' is not allowed");
  EXPECT_EQ(error_of(R"(f"{x!z}")"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(error_of(R"(f"{x!}")"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(error_of(R"(f"{x#}")"), "f-string expression part cannot include '#'");
  EXPECT_EQ(error_of(R"(f"{x)}")"), "f-string: unmatched ')'");
  EXPECT_EQ(error_of(R"(f"{x(}")"),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('");
  EXPECT_EQ(error_of(R"(f"{x(]}")"),
            "f-string: closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error_of(R"(f"{x[")"), "f-string: unmatched '['");
  EXPECT_EQ(error_of(R"(f"{\n}")"), "f-string expression part cannot include a backslash");
  EXPECT_EQ(error_of(R"(f"{a:{b:{c}}}")"), "f-string: expressions nested too deeply");
  EXPECT_EQ(error_of(R"(f"{x:{y}")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{x:")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{x!r")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{x!r }")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{x=")"), "f-string: expecting '}'");
  EXPECT_EQ(error_of(R"(f"{'a}")"), "f-string: unterminated string");
  EXPECT_EQ(error_of(R"(f"\Nabc{x}")"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
            "malformed \\N character escape");
}

TEST(FStrings, TooManyNestedParentheses) {
  EXPECT_EQ(error_of("f\"{" + std::string(201, '(') + "}\""),
            "f-string: too many nested parenthesis");
}

TEST(FStrings, QuotesInsideExpressionsHideTheirContents) {
  EXPECT_EQ(parse_one(R"(f"{'}'}")"), "[{'}'}]");
  EXPECT_EQ(parse_one(R"(f'''{"""a'}"""}''')"), R"([{"""a'}"""}])");
}

}  // namespace
}  // namespace krait
