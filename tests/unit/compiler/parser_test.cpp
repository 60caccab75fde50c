// Unit tests for the parser (compiler/parser.*): ASTs and SyntaxErrors
// compared with what CPython 3.11 gives for the same source (the expected
// texts were produced by /usr/bin/python3.11's ast.dump and compile()).
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <string>

#include "compiler/ast_dump.h"
#include "compiler/parser.h"

namespace krait {
namespace {

std::string dump(const std::string& text, bool attributes = false) {
  SourceText source;
  source.filename = "<test>";
  source.text = text + "\n";
  source.encoding = "utf-8";
  Arena arena;
  ParseResult result = parse(source, arena);
  return ast::dump(result.module, {.include_attributes = attributes, .indent = {}});
}

// "Kind message lineno offset end_lineno end_offset" of the error `text` raises.
std::string error(const std::string& text) {
  SourceText source;
  source.filename = "<test>";
  source.text = text + "\n";
  source.encoding = "utf-8";
  Arena arena;
  try {
    parse(source, arena);
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& i = e.info();
    return std::string(syntax_error_kind_name(i.kind)) + " " + i.message + " " +
           std::to_string(i.lineno) + " " + std::to_string(i.offset) + " " +
           std::to_string(i.end_lineno) + " " + std::to_string(i.end_offset);
  }
  return "no error";
}

struct Case {
  const char* source;
  const char* expected;
};

constexpr Case kValid[] = {
    {R"py(x = 1 + 2 * 3)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))], type_ignores=[]))py"},
    {R"py(a, *b = c)py",
     R"py(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))py"},
    {R"py(f(a, *b, c=1, **d))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[]))py"},
    {R"py(lambda a, /, b=1, *c, d, **e: 0)py",
     R"py(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[]))py"},
    {R"py(x[1:2, ::3, *y])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py([x async for x in y if x])py",
     R"py(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=1)]))], type_ignores=[]))py"},
    {R"py((y := f(x)))py",
     R"py(Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])))], type_ignores=[]))py"},
    {R"py(match p:
    case [1, *r] | {"k": v, **kw} if v: pass
    case C(a, b=c) as d: pass
    case -1 + 2j | None | _: pass)py",
     R"py(Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='r')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), guard=Name(id='v', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchAs(name='a')], kwd_attrs=['b'], kwd_patterns=[MatchAs(name='c')]), name='d'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), MatchSingleton(value=None), MatchAs()]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(try:
    pass
except* E as e:
    pass)py",
     R"py(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))py"},
    {R"py(with (a as b, c): pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(@d
async def f(a: int = 1, *, b) -> T:
    await x
    yield
    yield from y)py",
     R"py(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[Constant(value=1)]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), Expr(value=Yield()), Expr(value=YieldFrom(value=Name(id='y', ctx=Load())))], decorator_list=[Name(id='d', ctx=Load())], returns=Name(id='T', ctx=Load()))], type_ignores=[]))py"},
    {R"py(from ..a.b import (c as d, e))py",
     R"py(Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=2)], type_ignores=[]))py"},
    {R"py(del a[0], (b.c, d))py",
     R"py(Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del()), Name(id='d', ctx=Del())], ctx=Del())])], type_ignores=[]))py"},
    {R"py(x = 0x_ff + 0o17 + 0b1 + 1_000 + 1.5e3 + 2j + 123456789012345678901234567890)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=1)), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=1500.0)), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=123456789012345678901234567890)))], type_ignores=[]))py"},
    {R"py(x: int = 1
(y): str
z.a += 1)py",
     R"py(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AugAssign(target=Attribute(value=Name(id='z', ctx=Load()), attr='a', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[]))py"},
    {R"py(global a, b
if a:
    pass
elif b:
    pass
else:
    pass)py",
     R"py(Module(body=[Global(names=['a', 'b']), If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))py"},
};

TEST(ParserTest, BuildsTheSameTreesAsCPython) {
  for (const Case& c : kValid) EXPECT_EQ(dump(c.source), c.expected) << c.source;
}

TEST(ParserTest, LocatesNodesAsCPython) {
  EXPECT_EQ(dump(R"py(f(a)[b].c)py", true),
            R"py(Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), slice=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py");
  EXPECT_EQ(dump(R"py(if x:
    y = (1,
         2)
)py", true),
            R"py(Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), Constant(value=2, lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], ctx=Load(), lineno=2, col_offset=8, end_lineno=3, end_col_offset=11), lineno=2, col_offset=4, end_lineno=3, end_col_offset=11)], orelse=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=11)], type_ignores=[]))py");
}

constexpr Case kErrors[] = {
    {R"py(f(x) = 1)py",
     R"py(SyntaxError cannot assign to function call here. Maybe you meant '==' instead of '='? 1 1 1 5)py"},
    {R"py(x = 1 +)py",
     R"py(SyntaxError invalid syntax 1 8 1 8)py"},
    {R"py(print "hello")py",
     R"py(SyntaxError Missing parentheses in call to 'print'. Did you mean print(...)? 1 1 1 14)py"},
    {R"py(def f(a=1, b): pass)py",
     R"py(SyntaxError non-default argument follows default argument 1 12 1 13)py"},
    {R"py(f(a=1, b))py",
     R"py(SyntaxError positional argument follows keyword argument 1 9 1 10)py"},
    {R"py([x, y for x in z])py",
     R"py(SyntaxError did you forget parentheses around the comprehension target? 1 2 1 6)py"},
    {R"py(try:
    pass
x = 1)py",
     R"py(SyntaxError expected 'except' or 'finally' block 3 1 3 2)py"},
    {R"py(if x:
pass)py",
     R"py(IndentationError expected an indented block after 'if' statement on line 1 2 1 2 5)py"},
    {R"py(class A
    pass)py",
     R"py(SyntaxError expected ':' 1 8 1 8)py"},
    {R"py(  x = 1)py",
     R"py(IndentationError unexpected indent 1 2 1 -1)py"},
    {R"py(x = (1, 2)py",
     R"py(SyntaxError '(' was never closed 1 5 1 0)py"},
    {R"py(a b)py",
     R"py(SyntaxError invalid syntax 1 3 1 4)py"},
    {R"py(f(a b))py",
     R"py(SyntaxError invalid syntax. Perhaps you forgot a comma? 1 3 1 6)py"},
    {R"py(for 1 in x: pass)py",
     R"py(SyntaxError cannot assign to literal 1 5 1 6)py"},
    {R"py(f(x for x in y, 1))py",
     R"py(SyntaxError Generator expression must be parenthesized 1 3 1 15)py"},
    {R"py(def f(*): pass)py",
     R"py(SyntaxError named arguments must follow bare * 1 7 1 8)py"},
    {R"py({1: *a})py",
     R"py(SyntaxError cannot use a starred expression in a dictionary value 1 5 1 7)py"},
    {R"py(import a,)py",
     R"py(SyntaxError invalid syntax 1 10 1 10)py"},
    {R"py(from a import b,)py",
     R"py(SyntaxError trailing comma not allowed without surrounding parentheses 1 17 1 17)py"},
    {R"py(match x:
    case 1
        pass)py",
     R"py(SyntaxError expected ':' 2 11 2 11)py"},
    {R"py(True = 1)py",
     R"py(SyntaxError cannot assign to True 1 1 1 5)py"},
    {R"py(f(a + b=1))py",
     R"py(SyntaxError expression cannot contain assignment, perhaps you meant "=="? 1 3 1 9)py"},
    {R"py(a if b)py",
     R"py(SyntaxError expected 'else' after 'if' expression 1 1 1 7)py"},
    {R"py((*a))py",
     R"py(SyntaxError cannot use starred expression here 1 2 1 4)py"},
    {R"py(x = 1
  y = 2)py",
     R"py(IndentationError unexpected indent 2 2 2 -1)py"},
    {R"py(def f():
)py",
     R"py(IndentationError expected an indented block after function definition on line 1 2 1 2 -1)py"},
    {R"py(try:
   x = 34
)py",
     R"py(SyntaxError expected 'except' or 'finally' block 3 1 3 -1)py"},
    {R"py(def f(x):
    return
  x)py",
     R"py(IndentationError unindent does not match any outer indentation level 3 4 3 -1)py"},
    {R"py(f(**k, *a))py",
     R"py(SyntaxError iterable argument unpacking follows keyword argument unpacking 1 3 1 6)py"},
    {R"py(del f())py",
     R"py(SyntaxError cannot delete function call 1 5 1 8)py"},
    {R"py(with a as 1: pass)py",
     R"py(SyntaxError cannot assign to literal 1 11 1 12)py"},
    {R"py(x = [1 for x in y if z else w])py",
     R"py(SyntaxError invalid syntax 1 24 1 28)py"},
    {R"py(dict(x=34, (x for x in range 10), 1))py",
     R"py(SyntaxError invalid syntax 1 12 1 13)py"},
    {R"py(d = {3 4})py",
     R"py(SyntaxError invalid syntax. Perhaps you forgot a comma? 1 6 1 9)py"},
    {R"py(d = {1: 2, 3 4})py",
     R"py(SyntaxError ':' expected after dictionary key 1 12 1 0)py"},
    {R"py(d = {**a, 3 4})py",
     R"py(SyntaxError ':' expected after dictionary key 1 11 1 0)py"},
    {R"py(d = {1: 2, f(**a, *b): 3})py",
     R"py(SyntaxError ':' expected after dictionary key 1 12 1 0)py"},
    {R"py(d = {1: 2, [3 4]})py",
     R"py(SyntaxError invalid syntax. Perhaps you forgot a comma? 1 13 1 16)py"},
    // A str source has a known encoding: the tokenizer's errors count
    // characters too.
    {"A.\xc6\x8a\\ ", "SyntaxError unexpected character after line continuation character 1 5 1 0"},
    {"A.\xce\xbc\\", "SyntaxError unexpected EOF while parsing 1 5 1 -1"},
    {"x = \"\xc3\xa9\" \\ y",
     "SyntaxError unexpected character after line continuation character 1 10 1 0"},
};

TEST(ParserTest, RaisesCPythonsSyntaxErrors) {
  for (const Case& c : kErrors) EXPECT_EQ(error(c.source), c.expected) << c.source;
}

// The same for undecoded bytes, as `ast.parse(bytes, name)` of a file named
// `name`, with the error's text as well.
// The expectations come from CPython compiling a file, whose text errors
// quote: the bytes are written to one first (a file per process, for ctest).
std::string bytes_error(const std::string& bytes) {
  std::string path = ::testing::TempDir() + "parser_test_" + std::to_string(getpid()) + ".py";
  std::ofstream(path, std::ios::binary) << bytes;
  Arena arena;
  try {
    parse_bytes(bytes, path, arena);
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& i = e.info();
    return std::string(syntax_error_kind_name(i.kind)) + " " + i.message + " " +
           std::to_string(i.lineno) + " " + std::to_string(i.offset) + " " +
           std::to_string(i.end_lineno) + " " + std::to_string(i.end_offset) + " [" + i.text +
           "]";
  }
  return "no error";
}

constexpr Case kBytesErrors[] = {
    // Invalid UTF-8 is found by the string parser, at the last token read.
    {"print(\"b\xf6se\")\n",
     "SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid "
     "start byte 1 13 1 14 [print(\"b\xef\xbf\xbdse\")\n]"},
    {"x = \"a\\n\xc3\xa9\xf6se\"\n",
     "SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid "
     "start byte 1 15 1 15 [x = \"a\\n\xc3\xa9\xef\xbf\xbdse\"\n]"},
    {"x = r\"a\\n\xc3\xa9\xf6se\"\n",
     "SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 5: invalid "
     "start byte 1 16 1 16 [x = r\"a\\n\xc3\xa9\xef\xbf\xbdse\"\n]"},
    {"x = \"\\N{DASH}\xff\"\n",
     "SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid "
     "start byte 1 16 1 16 [x = \"\\N{DASH}\xef\xbf\xbd\"\n]"},
    {"x = \"\xe2\x82\"\n",
     "SyntaxError (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected "
     "end of data 1 9 1 9 [x = \"\xef\xbf\xbd\"\n]"},
    {"x = f\"a{x\xff}\"\n",
     "SyntaxError f-string: (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: "
     "invalid start byte 1 0 1 0 [(x\xef\xbf\xbd)\n]"},
    {"x = f\"\"\"{x +\ny\xff}\"\"\"\n",
     "SyntaxError f-string: (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: "
     "invalid start byte 2 -6 2 -9 [y\xef\xbf\xbd)\n]"},
    // A BOM is part of line 1 as read back from the file, and of its offsets.
    {"\xef\xbb\xbfx = = 1\n", "SyntaxError invalid syntax 1 3 1 4 [\xef\xbb\xbfx = = 1\n]"},
    {"\xef\xbb\xbfx = 1 \\ y\n",
     "SyntaxError unexpected character after line continuation character 1 6 1 0 "
     "[\xef\xbb\xbfx = 1 \\ y\n]"},
    // The column counts from the first line of the string before the backslash.
    {"x = \"\"\"\xc3\xa9\na\"\"\" \\ y\n",
     "SyntaxError unexpected character after line continuation character 2 17 2 0 "
     "[a\"\"\" \\ y\n]"},
};

TEST(ParserTest, RaisesCPythonsErrorsForUndecodedBytes) {
  for (const Case& c : kBytesErrors) EXPECT_EQ(bytes_error(c.source), c.expected) << c.source;
  EXPECT_EQ(bytes_error(std::string("x = 1\0\n", 7)),
            "ValueError source code string cannot contain null bytes 0 0 0 0 []");
}

TEST(ParserTest, DeepNestingIsAnErrorNotACrash) {
  EXPECT_EQ(error(std::string(100000, '-') + "x").rfind("SyntaxError too many nested", 0), 0u);
  std::string nots;
  for (int i = 0; i < 100000; ++i) nots += "not ";
  EXPECT_EQ(error(nots + "x").rfind("SyntaxError too many nested", 0), 0u);
  EXPECT_EQ(error(std::string(250, '(') + std::string(250, ')')),
            "SyntaxError too many nested parentheses 1 201 1 201");
  // Long flat chains are loops, not recursion.
  std::string sum = "a";
  for (int i = 0; i < 100000; ++i) sum += "+a";
  EXPECT_EQ(error(sum), "no error");
}

}  // namespace
}  // namespace krait
