// Unit tests for the symbol table (compiler/symtable.*): scopes, resolved
// names, the lists the code generator reads, and the errors, as CPython 3.11
// gives them (expected values from /usr/bin/python3.11's symtable module,
// compile() and code objects). The stdlib-wide parity check is
// tests/frontend/check_symtable.py.
#include "compiler/symtable.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "compiler/parser.h"

namespace krait {
namespace {

using Names = std::vector<std::string>;

// A parsed program and its table (the table points into the arena).
struct Built {
  Arena arena;
  ast::ModNode* module = nullptr;
  SymbolTable table;
};

std::unique_ptr<Built> build(const std::string& text, ParseMode mode = ParseMode::File) {
  SourceText source;
  source.filename = "<test>";
  source.text = text + "\n";
  source.encoding = "utf-8";
  auto built = std::make_unique<Built>();
  ParseOptions options;
  options.mode = mode;
  built->module = parse(source, built->arena, options).module;
  FutureFlags future = future_features(built->module, "<test>");
  built->table = build_symtable(built->module, "<test>", future);
  return built;
}

// "message lineno offset end_lineno end_offset" of the error `text` raises.
std::string error(const std::string& text) {
  try {
    build(text);
  } catch (const SyntaxErrorException& e) {
    const SyntaxErrorInfo& i = e.info();
    return i.message + " " + std::to_string(i.lineno) + " " + position_repr(i.offset) + " " +
           position_repr(i.end_lineno) + " " + position_repr(i.end_offset);
  }
  return "no error";
}

// The scope reached from the module by child indices.
const Scope* child(const Built& built, std::initializer_list<int> path) {
  const Scope* scope = built.table.top();
  for (int index : path) scope = scope->children.at(index);
  return scope;
}

TEST(Mangle, CPythonRules) {
  EXPECT_EQ(mangle("C", "__x"), "_C__x");
  EXPECT_EQ(mangle("_C", "__x"), "_C__x");
  EXPECT_EQ(mangle("__C__", "__x"), "_C____x");
  EXPECT_EQ(mangle("C", "__x__"), "__x__");  // dunder
  EXPECT_EQ(mangle("C", "__"), "__");
  EXPECT_EQ(mangle("C", "___"), "___");
  EXPECT_EQ(mangle("C", "_x"), "_x");
  EXPECT_EQ(mangle("C", "x"), "x");
  EXPECT_EQ(mangle("C", "_"), "_");
  EXPECT_EQ(mangle("C", "__a.b"), "__a.b");  // dotted
  EXPECT_EQ(mangle("___", "__x"), "__x");    // all-underscore class
  EXPECT_EQ(mangle("", "__x"), "__x");       // outside a class
  EXPECT_EQ(mangle("Ünï", "__é"), "_Ünï__é");
}

TEST(Symtable, ModuleScope) {
  auto b = build("import os.path, a as b\nx = y\ndel z\nfor i in r: pass\nglobal g");
  const Scope* top = b->table.top();
  EXPECT_EQ(top->type, BlockType::Module);
  EXPECT_EQ(top->name, "top");
  EXPECT_EQ(top->lineno, 0);
  EXPECT_EQ(b->table.lookup(b->module), top);
  EXPECT_EQ(top->flags_of("os"), sym::kDefImport);
  EXPECT_EQ(top->flags_of("b"), sym::kDefImport);
  EXPECT_EQ(top->flags_of("a"), 0u);
  EXPECT_EQ(top->flags_of("x"), sym::kDefLocal);
  EXPECT_EQ(top->flags_of("y"), sym::kUse);
  EXPECT_EQ(top->flags_of("z"), sym::kDefLocal);
  EXPECT_EQ(top->scope_of("x"), SymbolScope::Local);
  EXPECT_EQ(top->scope_of("y"), SymbolScope::GlobalImplicit);
  EXPECT_EQ(top->scope_of("g"), SymbolScope::GlobalExplicit);
  EXPECT_EQ(top->scope_of("nothing"), SymbolScope::None);
  EXPECT_TRUE(top->varnames.empty());
  EXPECT_EQ(top->first_lineno(), 1);
}

TEST(Symtable, ScopeKindsNamesAndChildrenOrder) {
  // Defaults, annotations and decorators are visited before the def's body.
  auto b = build(
      "@d(lambda: 1)\n"
      "def f(a=lambda: 2) -> [x for x in y]:\n"
      "  return (z for z in a)\n"
      "class C:\n"
      "  s = {k for k in a}\n"
      "  d = {k: v for k, v in a}\n");
  const Scope* top = b->table.top();
  ASSERT_EQ(top->children.size(), 5u);
  EXPECT_EQ(top->children[0]->name, "lambda");  // the default
  EXPECT_EQ(top->children[0]->lineno, 2);
  EXPECT_EQ(top->children[1]->name, "listcomp");  // the return annotation
  EXPECT_EQ(top->children[1]->comprehension, ComprehensionType::List);
  EXPECT_EQ(top->children[2]->name, "lambda");  // the decorator
  EXPECT_EQ(top->children[2]->lineno, 1);
  const Scope* f = top->children[3];
  EXPECT_EQ(f->name, "f");
  EXPECT_EQ(f->type, BlockType::Function);
  EXPECT_EQ(f->lineno, 2);
  EXPECT_EQ(f->first_lineno(), 1);  // co_firstlineno: the first decorator's line
  ASSERT_EQ(f->children.size(), 1u);
  EXPECT_EQ(f->children[0]->name, "genexpr");
  EXPECT_EQ(f->children[0]->comprehension, ComprehensionType::Generator);
  EXPECT_TRUE(f->children[0]->is_generator);
  EXPECT_TRUE(f->children[0]->nested);
  EXPECT_FALSE(f->nested);
  EXPECT_TRUE(f->returns_value);
  const Scope* c = top->children[4];
  EXPECT_EQ(c->type, BlockType::Class);
  EXPECT_EQ(c->children[0]->name, "setcomp");
  EXPECT_EQ(c->children[1]->name, "dictcomp");
  EXPECT_EQ(c->children[1]->comprehension, ComprehensionType::Dict);
  EXPECT_FALSE(c->children[1]->nested);  // in a class, not in a function
  // Every scope is found from its node.
  for (const auto& scope : b->table.scopes()) EXPECT_EQ(b->table.lookup(scope->node), scope.get());
  EXPECT_EQ(b->table.scopes().size(), 9u);
}

TEST(Symtable, ComprehensionTakesItsFirstIterableAsArgument) {
  auto b = build("def f(a):\n  return [x + y for x in a for y in x if y]");
  const Scope* comp = child(*b, {0, 0});
  EXPECT_EQ(comp->varnames, Names({".0"}));
  EXPECT_EQ(comp->flags_of(".0"), sym::kDefParam);
  EXPECT_EQ(comp->flags_of("x"), sym::kDefLocal | sym::kUse | sym::kDefCompIter);
  EXPECT_EQ(comp->flags_of("a"), 0u);  // evaluated in f
  EXPECT_EQ(child(*b, {0})->flags_of("a"), sym::kDefParam | sym::kUse);
  EXPECT_TRUE(comp->freevars.empty());
}

TEST(Symtable, ParameterOrder) {
  auto b = build("def f(a, b=1, /, c=2, *d, e, f=3, **g):\n  h = 1\n  return h");
  const Scope* f = child(*b, {0});
  EXPECT_EQ(f->varnames, Names({"a", "b", "c", "e", "f", "d", "g"}));
  EXPECT_TRUE(f->has_varargs);
  EXPECT_TRUE(f->has_varkeywords);
  EXPECT_EQ(f->scope_of("h"), SymbolScope::Local);
  auto l = build("lambda *, k: k");
  EXPECT_EQ(child(*l, {0})->varnames, Names({"k"}));
  EXPECT_FALSE(child(*l, {0})->has_varargs);
}

TEST(Symtable, CellsAndFreeVariables) {
  auto b = build(
      "def f(p, q):\n"
      "  z = 1\n"
      "  a = 2\n"
      "  def g():\n"
      "    nonlocal a\n"
      "    return p, z, a, unknown\n"
      "  return g\n");
  const Scope* f = child(*b, {0});
  const Scope* g = child(*b, {0, 0});
  EXPECT_EQ(f->scope_of("p"), SymbolScope::Cell);
  EXPECT_EQ(f->scope_of("q"), SymbolScope::Local);
  EXPECT_EQ(f->cellvars, Names({"a", "p", "z"}));       // sorted
  EXPECT_EQ(f->co_cellvars(), Names({"p", "a", "z"}));  // parameters first
  EXPECT_TRUE(f->freevars.empty());
  EXPECT_TRUE(f->child_free);
  EXPECT_EQ(g->freevars, Names({"a", "p", "z"}));
  EXPECT_TRUE(g->has_free);
  EXPECT_EQ(g->scope_of("unknown"), SymbolScope::GlobalImplicit);
  EXPECT_EQ(g->flags_of("a"), sym::kDefNonlocal | sym::kUse);
}

TEST(Symtable, FreeVariablePassesThroughIntermediateScopes) {
  auto b = build("def f():\n  x = 1\n  def g():\n    def h():\n      return x");
  const Scope* g = child(*b, {0, 0});
  EXPECT_EQ(g->scope_of("x"), SymbolScope::Free);
  EXPECT_EQ(g->flags_of("x"), 0u);  // known only as a free variable of h
  EXPECT_EQ(g->freevars, Names({"x"}));
  EXPECT_EQ(child(*b, {0})->cellvars, Names({"x"}));
}

TEST(Symtable, GlobalDeclarationHidesEnclosingBinding) {
  auto b = build("def f():\n  x = 1\n  def g():\n    global x\n    def h():\n      return x");
  EXPECT_EQ(child(*b, {0})->scope_of("x"), SymbolScope::Local);
  EXPECT_EQ(child(*b, {0, 0})->scope_of("x"), SymbolScope::GlobalExplicit);
  EXPECT_EQ(child(*b, {0, 0, 0})->scope_of("x"), SymbolScope::GlobalImplicit);
  EXPECT_EQ(b->table.top()->flags_of("x"), sym::kDefGlobal);
  EXPECT_EQ(b->table.top()->scope_of("x"), SymbolScope::GlobalExplicit);
}

TEST(Symtable, ClassScopes) {
  auto b = build(
      "def f():\n"
      "  x = 1\n"
      "  class C:\n"
      "    x = 2\n"
      "    y = x\n"
      "    def m(self):\n"
      "      return x, y, super()\n");
  const Scope* f = child(*b, {0});
  const Scope* c = child(*b, {0, 0});
  const Scope* m = child(*b, {0, 0, 0});
  EXPECT_EQ(f->cellvars, Names({"x"}));
  // The method sees f's x, not the class's; the class passes the cell on.
  EXPECT_EQ(c->flags_of("x"), sym::kDefLocal | sym::kUse | sym::kDefFreeClass);
  EXPECT_EQ(c->scope_of("x"), SymbolScope::Local);
  EXPECT_EQ(c->freevars, Names({"x"}));
  EXPECT_TRUE(c->needs_class_closure);
  EXPECT_EQ(c->cellvars, Names({"__class__"}));
  EXPECT_EQ(m->scope_of("x"), SymbolScope::Free);
  EXPECT_EQ(m->scope_of("y"), SymbolScope::GlobalImplicit);
  EXPECT_EQ(m->scope_of("__class__"), SymbolScope::Free);
  EXPECT_EQ(m->freevars, Names({"__class__", "x"}));
  EXPECT_TRUE(c->nested);
}

TEST(Symtable, ImplicitClassCell) {
  auto b = build("class C:\n  def m(self): return __class__\nclass D:\n  def m(self): pass");
  EXPECT_TRUE(child(*b, {0})->needs_class_closure);
  EXPECT_EQ(child(*b, {0})->scope_of("__class__"), SymbolScope::None);
  EXPECT_FALSE(child(*b, {1})->needs_class_closure);
  EXPECT_TRUE(child(*b, {1})->cellvars.empty());
  // `super` at module or class level is no use of __class__.
  auto s = build("super()\nclass C:\n  super()");
  EXPECT_EQ(s->table.top()->flags_of("__class__"), 0u);
  EXPECT_FALSE(child(*s, {0})->needs_class_closure);
}

TEST(Symtable, PrivateNamesAreStoredMangled) {
  auto b = build(
      "class C:\n"
      "  __a = 1\n"
      "  def __m(self, __p):\n"
      "    import __x.y\n"
      "    return __p, self.__a, __dunder__\n");
  const Scope* c = child(*b, {0});
  EXPECT_NE(c->find("_C__a"), nullptr);
  EXPECT_NE(c->find("_C__m"), nullptr);
  EXPECT_EQ(c->find("__a"), nullptr);
  EXPECT_EQ(c->private_name, "C");
  EXPECT_EQ(b->table.top()->private_name, "");
  const Scope* m = child(*b, {0, 0});
  EXPECT_EQ(m->private_name, "C");
  EXPECT_EQ(m->name, "__m");  // the scope keeps the name as written
  EXPECT_EQ(m->varnames, Names({"self", "_C__p"}));
  EXPECT_EQ(m->flags_of("_C__x"), sym::kDefImport);
  EXPECT_EQ(m->flags_of("__dunder__"), sym::kUse);
}

TEST(Symtable, GeneratorsAndCoroutines) {
  auto b = build(
      "def g(): yield\n"
      "def h(): return (yield from x)\n"
      "async def c(): await x\n"
      "async def ag(): yield 1\n"
      "async def ac(): return [x async for x in y]\n"
      "async def nested(): return [[x async for x in y] for z in w]\n"
      "async def agen(): return (x async for x in y)\n"
      "def plain(): return [x for x in y]\n");
  const Scope* top = b->table.top();
  auto flags = [](const Scope* s) {
    return std::to_string(s->is_generator) + std::to_string(s->is_coroutine);
  };
  EXPECT_EQ(flags(top->children[0]), "10");
  EXPECT_EQ(flags(top->children[1]), "10");
  EXPECT_TRUE(top->children[1]->returns_value);
  EXPECT_EQ(flags(top->children[2]), "01");
  EXPECT_EQ(flags(top->children[3]), "11");
  EXPECT_EQ(flags(top->children[4]), "01");
  EXPECT_EQ(flags(top->children[4]->children[0]), "01");
  // 3.11: the outer comprehension becomes asynchronous with the inner one.
  EXPECT_EQ(flags(top->children[5]->children[0]), "01");
  EXPECT_EQ(flags(top->children[5]->children[0]->children[0]), "01");
  // An async generator expression: generator and coroutine.
  EXPECT_EQ(flags(top->children[6]->children[0]), "11");
  EXPECT_EQ(flags(top->children[7]), "00");
  EXPECT_EQ(flags(top->children[7]->children[0]), "00");
}

TEST(Symtable, AssignmentExpressionsInComprehensions) {
  auto b = build("def f():\n  [(y := x) for x in z]\n  return y\n[(m := 1) for a in b]");
  const Scope* f = child(*b, {0});
  const Scope* comp = child(*b, {0, 0});
  EXPECT_EQ(f->scope_of("y"), SymbolScope::Cell);
  EXPECT_EQ(f->flags_of("y"), sym::kDefLocal | sym::kUse);
  EXPECT_EQ(comp->flags_of("y"), sym::kDefLocal | sym::kDefNonlocal);
  EXPECT_EQ(comp->scope_of("y"), SymbolScope::Free);
  const Scope* top = b->table.top();
  EXPECT_EQ(top->flags_of("m"), sym::kDefGlobal);
  EXPECT_EQ(top->scope_of("m"), SymbolScope::GlobalExplicit);
  EXPECT_EQ(child(*b, {1})->scope_of("m"), SymbolScope::GlobalExplicit);
}

TEST(Symtable, Annotations) {
  auto b = build("x: int\n(y): str = 1\ndef f(a: A) -> R:\n  v: V\n  return lambda: v");
  const Scope* top = b->table.top();
  EXPECT_EQ(top->flags_of("x"), sym::kDefLocal | sym::kDefAnnot);
  EXPECT_EQ(top->flags_of("y"), sym::kDefLocal);  // not simple
  EXPECT_EQ(top->flags_of("int"), sym::kUse);
  EXPECT_EQ(top->flags_of("A"), sym::kUse);  // evaluated where the def is
  EXPECT_EQ(top->flags_of("R"), sym::kUse);
  const Scope* f = child(*b, {0});
  EXPECT_EQ(f->flags_of("v"), sym::kDefLocal | sym::kDefAnnot);
  // A local variable's annotation is never evaluated, but CPython's symbol
  // table still records its names as uses (except under future annotations).
  EXPECT_EQ(f->flags_of("V"), sym::kUse);
  EXPECT_EQ(f->scope_of("v"), SymbolScope::Cell);
}

TEST(Symtable, FutureAnnotationsRecordNothing) {
  auto b = build(
      "from __future__ import annotations\n"
      "x: int\n"
      "def f(a: A, b: (lambda: B)) -> R:\n"
      "  v: [c for c in V]\n");
  EXPECT_TRUE(b->table.future().annotations);
  EXPECT_EQ(b->table.future().lineno, 1);
  const Scope* top = b->table.top();
  EXPECT_EQ(top->flags_of("int"), 0u);
  EXPECT_EQ(top->flags_of("A"), 0u);
  EXPECT_EQ(top->flags_of("R"), 0u);
  EXPECT_EQ(top->flags_of("x"), sym::kDefLocal | sym::kDefAnnot);
  ASSERT_EQ(top->children.size(), 1u);  // no lambda, no listcomp
  EXPECT_TRUE(child(*b, {0})->children.empty());
  EXPECT_EQ(child(*b, {0})->flags_of("V"), 0u);
}

TEST(Symtable, OtherModes) {
  auto e = build("[x for x in y]", ParseMode::Eval);
  EXPECT_EQ(e->table.top()->children.size(), 1u);
  EXPECT_EQ(e->table.top()->flags_of("y"), sym::kUse);
  auto i = build("a = b", ParseMode::Interactive);
  EXPECT_EQ(i->table.top()->flags_of("a"), sym::kDefLocal);
}

TEST(Symtable, FutureFeatures) {
  // CPython's end_offset is None for these (PyErr_SyntaxLocationObject).
  EXPECT_EQ(error("from __future__ import spam"), "future feature spam is not defined 1 1 1 None");
  EXPECT_EQ(error("\"doc\"\nfrom __future__ import braces"), "not a chance 2 1 2 None");
  EXPECT_EQ(error("import os; from __future__ import annotations"),
            "from __future__ imports must occur at the beginning of the file 1 11 1 None");
  // A late future import on a later line is the code generator's to reject.
  auto b = build("import os\nfrom __future__ import annotations\nx: y");
  EXPECT_FALSE(b->table.future().annotations);
  EXPECT_EQ(b->table.future().lineno, -1);
  EXPECT_EQ(b->table.top()->flags_of("y"), sym::kUse);
  auto c = build("from __future__ import barry_as_FLUFL, division");
  EXPECT_TRUE(c->table.future().barry_as_FLUFL);
}

TEST(SymtableErrors, Declarations) {
  EXPECT_EQ(error("def f():\n x = 1\n global x"),
            "name 'x' is assigned to before global declaration 3 2 3 10");
  EXPECT_EQ(error("def f():\n x\n global x"),
            "name 'x' is used prior to global declaration 3 2 3 10");
  EXPECT_EQ(error("def f(x):\n global x"), "name 'x' is parameter and global 2 2 2 10");
  EXPECT_EQ(error("def f(x):\n nonlocal x"), "name 'x' is parameter and nonlocal 2 2 2 12");
  EXPECT_EQ(error("nonlocal x"), "nonlocal declaration not allowed at module level 1 1 1 11");
  EXPECT_EQ(error("def f():\n nonlocal x"), "no binding for nonlocal 'x' found 2 2 2 12");
  EXPECT_EQ(error("def f():\n  x: int\n  global x"), "annotated name 'x' can't be global 3 3 3 11");
  EXPECT_EQ(error("def f():\n  x: int\n  nonlocal x"),
            "annotated name 'x' can't be nonlocal 3 3 3 13");
  EXPECT_EQ(error("def f():\n  global x\n  x: int"), "annotated name 'x' can't be global 3 3 3 9");
  EXPECT_EQ(error("def f():\n  global x\n  nonlocal x"),
            "name 'x' is nonlocal and global 2 3 2 11");
  EXPECT_EQ(error("x=1;global x"), "name 'x' is assigned to before global declaration 1 5 1 13");
  // Offsets are UTF-8 bytes + 1, as CPython's symtable reports them.
  EXPECT_EQ(error("def f():\n \xC3\xA9=1;global \xC3\xA9"),
            "name '\xC3\xA9' is assigned to before global declaration 2 7 2 16");
}

TEST(SymtableErrors, ParametersAndImports) {
  EXPECT_EQ(error("def f(x, x): pass"), "duplicate argument 'x' in function definition 1 10 1 11");
  EXPECT_EQ(error("lambda x, x: 1"), "duplicate argument 'x' in function definition 1 11 1 12");
  EXPECT_EQ(error("def f(x, *, x): pass"),
            "duplicate argument 'x' in function definition 1 13 1 14");
  EXPECT_EQ(error("class C:\n def f(self, __x, _C__x): pass"),
            "duplicate argument '_C__x' in function definition 2 19 2 24");
  EXPECT_EQ(error("def f():\n  from os import *"),
            "import * only allowed at module level 2 18 2 19");
}

TEST(SymtableErrors, Comprehensions) {
  EXPECT_EQ(error("class C:\n  [(y:=1) for a in b]"),
            "assignment expression within a comprehension cannot be used in a class body 2 5 2 6");
  EXPECT_EQ(error("[(a:=1) for a in b]"),
            "assignment expression cannot rebind comprehension iteration variable 'a' 1 3 1 4");
  EXPECT_EQ(
      error("[1 for a in (b:=c)]"),
      "assignment expression cannot be used in a comprehension iterable expression 1 14 1 18");
  EXPECT_EQ(
      error("[1 for a in (lambda: (d:=e))()]"),
      "assignment expression cannot be used in a comprehension iterable expression 1 23 1 27");
  EXPECT_EQ(error("[i for _ in range(3) if (j := 1) for j in range(2)]"),
            "comprehension inner loop cannot rebind assignment expression target 'j' 1 38 1 39");
  EXPECT_EQ(error("[(yield) for a in b]"), "'yield' inside list comprehension 1 3 1 8");
  EXPECT_EQ(error("{(yield) for a in b}"), "'yield' inside set comprehension 1 3 1 8");
  EXPECT_EQ(error("{(yield):1 for a in b}"), "'yield' inside dict comprehension 1 3 1 8");
  EXPECT_EQ(error("((yield) for a in b)"), "'yield' inside generator expression 1 3 1 8");
  EXPECT_EQ(error("def f():\n  [(yield from x) for a in b]"),
            "'yield' inside list comprehension 2 5 2 17");
}

TEST(SymtableErrors, FutureAnnotations) {
  EXPECT_EQ(error("from __future__ import annotations\ndef f(x: (yield)): pass"),
            "'yield expression' can not be used within an annotation 2 11 2 16");
  EXPECT_EQ(error("from __future__ import annotations\nx: (y:=1)"),
            "'named expression' can not be used within an annotation 2 5 2 9");
  EXPECT_EQ(error("from __future__ import annotations\ndef f():\n x: (await z)"),
            "'await expression' can not be used within an annotation 3 6 3 13");
  // Without the future import these are ordinary expressions.
  EXPECT_EQ(error("x: (y:=1)"), "no error");
}

TEST(SymtableErrors, DeepNesting) {
  std::string deep = "x = a";
  for (int i = 0; i < 5000; ++i) deep += "+a";
  EXPECT_THROW(build(deep), CompileRecursionError);
}

TEST(SymtableDump, Format) {
  auto b = build("import os\ndef f(a):\n  global g\n  return lambda: a");
  EXPECT_EQ(dump_symtable(b->table),
            "scope module top line=0 nested=0 optimized=0 children=1\n"
            "  sym f LOCAL DEF_LOCAL global local assigned namespace\n"
            "  sym g GLOBAL_EXPLICIT DEF_GLOBAL global declared_global\n"
            "  sym os LOCAL DEF_IMPORT imported global local\n"
            "  scope function f line=2 nested=0 optimized=1 children=1\n"
            "    params=a\n"
            "    sym a CELL DEF_PARAM parameter local\n"
            "    sym g GLOBAL_EXPLICIT DEF_GLOBAL global declared_global\n"
            "    scope function lambda line=4 nested=1 optimized=1 children=0\n"
            "      params=\n"
            "      sym a FREE USE referenced free\n");
  EXPECT_EQ(dump_code_info(b->table),
            "code <module> 1 flags=- params= cellvars= freevars=\n"
            "code f 2 flags=- params=a cellvars=a freevars=\n"
            "code <lambda> 4 flags=NESTED params= cellvars= freevars=a\n");
}

}  // namespace
}  // namespace krait
