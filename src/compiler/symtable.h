// The symbol table: which names each scope binds, uses and declares, and where
// each name resolves (local, global, free, cell), computed from the AST before
// code generation exactly as CPython 3.11's Python/symtable.c does.
//
// The model is CPython's, so that the code generator can be written the way
// Python/compile.c is written:
//   - one Scope (CPython: PySTEntryObject, "ste") per module, class, function,
//     lambda and comprehension / generator expression; lambdas and
//     comprehensions are function scopes (BlockType::Function), a comprehension
//     is marked by `comprehension != ComprehensionType::None`. 3.11 does not
//     inline comprehensions: each is its own function whose first iterable is
//     evaluated in the enclosing scope (and passed as the argument ".0").
//   - a Scope is found from the AST node that opened it (SymbolTable::lookup),
//     as compile.c's PySymtable_Lookup(st, node).
//   - each name of a scope carries definition flags (kDefLocal, kUse …) and a
//     resolved scope (SymbolScope::Local, Cell …), as _PyST_GetSymbol /
//     _PyST_GetScope.
//
// Names are stored *mangled* (private names `__x` inside class C as `_C__x`),
// as CPython stores them: the code generator mangles a name with mangle()
// before it looks it up here.
//
// Annotations (3.11 semantics): without `from __future__ import annotations`
// they are ordinary expressions of the enclosing scope (module-level and class
// annotations, the annotations of a def's parameters and return, evaluated
// where the def is). With it, they are never evaluated: CPython walks them in a
// throwaway "annotation block" only to reject yield / await / walrus there, and
// nothing in them is recorded (no uses, no child scopes visible).
//
// This module holds no Python objects (plain std:: containers); the AST it
// reads lives in the caller's Arena and must outlive the SymbolTable.
//
// ERRORS. build_symtable() throws SyntaxErrorException with CPython's message
// and location. Like CPython, the location is the offending node's lineno,
// col_offset + 1 (UTF-8 *byte* column + 1: symtable errors are not converted
// to character offsets), end_lineno, end_col_offset + 1; `text` is left empty
// (has_text = false): compile_module() reads it from the file, as CPython's
// PyErr_ProgramTextObject does. The symtable raises (3.11):
//   name 'x' is parameter and global / ... is parameter and nonlocal
//   name 'x' is assigned to before global declaration (and: nonlocal)
//   name 'x' is used prior to global declaration (and: nonlocal)
//   annotated name 'x' can't be global / annotated name 'x' can't be nonlocal
//   nonlocal declaration not allowed at module level
//   no binding for nonlocal 'x' found
//   name 'x' is nonlocal and global
//   duplicate argument 'x' in function definition
//   import * only allowed at module level
//   'yield' inside list comprehension (set comprehension, dict comprehension,
//     generator expression), for `yield from` too; `await` in a comprehension
//     is not checked here (the compiler rejects it outside async functions)
//   assignment expression within a comprehension cannot be used in a class body
//   assignment expression cannot rebind comprehension iteration variable 'x'
//   comprehension inner loop cannot rebind assignment expression target 'x'
//   assignment expression cannot be used in a comprehension iterable expression
//   'yield expression' can not be used within an annotation (and: 'await
//     expression', 'named expression'; only under future annotations)
// and future_features() raises (CPython's future.c):
//   future feature X is not defined / not a chance (braces)
//   from __future__ imports must occur at the beginning of the file (only for
//     the case future.c sees: a late future import on the line of the last
//     statement of the leading run, e.g. `import os; from __future__ import x`)
//   (these carry a start position only: end_offset 0; the late-import one
//   reports offset = col_offset, without the +1, as future.c does)
//
// LEFT TO THE CODE GENERATOR (CPython 3.11 raises these in compile.c):
//   'return' outside function, 'yield' outside function, 'await' outside
//   function, 'await' outside async function, 'yield from' inside async
//   function, 'return' with value in async generator (see returns_value),
//   'break' outside loop, 'continue' not properly in loop, 'async for' /
//   'async with' outside async function, asynchronous comprehension outside of
//   an asynchronous function, from __future__ imports must occur at the
//   beginning of the file (any other late one: ImportFrom of __future__ with
//   lineno > FutureFlags::lineno), cannot assign to __debug__ (and the other
//   forbidden-name checks), starred-assignment errors, too many statically
//   nested blocks, default 'except:' must be last, and the match-statement
//   errors (multiple assignments to name 'x' in pattern, alternative patterns
//   bind different names, wildcard/name capture makes remaining patterns
//   unreachable, ...).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace krait {

// Definition flags of a name in one scope (CPython's DEF_* / USE, same values).
namespace sym {
constexpr uint32_t kDefGlobal = 1;    // `global x` statement
constexpr uint32_t kDefLocal = 2;     // bound in this scope (assignment, def, for, ...)
constexpr uint32_t kDefParam = 4;     // a parameter
constexpr uint32_t kDefNonlocal = 8;  // `nonlocal x` statement
constexpr uint32_t kUse = 16;         // read in this scope
constexpr uint32_t kDefFree =
    32;  // used here but bound in an enclosing scope (unused in 3.11's analysis)
constexpr uint32_t kDefFreeClass = 64;  // free in a nested scope, passed through this class
constexpr uint32_t kDefImport = 128;    // bound by an import
constexpr uint32_t kDefAnnot = 256;     // annotated (`x: int`)
constexpr uint32_t kDefCompIter = 512;  // a comprehension's iteration variable
constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;
}  // namespace sym

// Where a name resolves (CPython's LOCAL ... CELL, same values; 0 = unknown).
enum class SymbolScope : uint8_t {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,  // declared `global` (or module-level walrus target in a comprehension)
  GlobalImplicit = 3,  // not bound anywhere enclosing: a module global or builtin
  Free = 4,            // bound in an enclosing function: a closure variable
  Cell = 5,            // local here and used by a nested scope
};

// CPython's _Py_block_ty. Annotation blocks exist only while building (under
// future annotations) and never appear in a SymbolTable's tree.
enum class BlockType : uint8_t { Function, Class, Module, Annotation };

enum class ComprehensionType : uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
  uint32_t flags = 0;  // sym::k* bits
  SymbolScope scope = SymbolScope::None;
};

// The `from __future__` features in effect (CPython's PyFutureFeatures).
struct FutureFlags {
  bool annotations = false;     // CO_FUTURE_ANNOTATIONS
  bool barry_as_FLUFL = false;  // CO_FUTURE_BARRY_AS_BDFL (affects the parser only)
  // The line of the last future import of the leading run (CPython's
  // ff_lineno), -1 when there is none. The code generator rejects a
  // `from __future__ import` with a larger lineno.
  int lineno = -1;
};

// Reads the leading `from __future__ import ...` statements of `mod` (after
// an optional docstring), as CPython's _PyFuture_FromAST; features given by
// the caller (compile() flags) are or-ed in from `inherited`. Throws
// SyntaxErrorException for an unknown feature.
FutureFlags future_features(const ast::ModNode* mod, const std::string& filename,
                            const FutureFlags& inherited = {});

struct Scope {
  BlockType type = BlockType::Module;
  // "top" for the module, the def/class name, "lambda", "listcomp",
  // "setcomp", "dictcomp", "genexpr".
  std::string name;
  // The node that opened the scope: Module/Interactive/Expression,
  // FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
  // DictComp, GeneratorExp.
  const ast::Node* node = nullptr;
  // The class name that mangles private names inside this scope (CPython's
  // u_private): a class's own name for the class scope, inherited by the
  // scopes nested in it; empty outside classes. Names in a class's bases,
  // keywords and decorators are mangled with the *enclosing* scope's.
  std::string private_name;
  // Position of that node (0 for the module). For a decorated def/class this
  // is the `def`/`class` line, not the first decorator's (co_firstlineno is
  // the first decorator's line; see first_lineno()).
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;

  // Every name of the scope in first-seen order, and an index into it.
  std::vector<std::pair<std::string, Symbol>> symbols;
  std::unordered_map<std::string, size_t> symbol_index;

  // Parameters in order, as CPython's ste_varnames: positional-only, regular,
  // keyword-only, *args, **kwargs (a comprehension's single parameter is
  // ".0"). NOTE: co_varnames continues with the other locals in the order the
  // code generator first emits a fast-local access to them (compile.c adds a
  // name to u_varnames on its first LOAD/STORE/DELETE_FAST), which is not
  // always source order; the code generator appends them itself.
  std::vector<std::string> varnames;

  // The cell and free variables as CPython's compiler numbers them
  // (compile.c's u_cellvars / u_freevars): cellvars = names with scope Cell,
  // sorted (code-point order), or just "__class__" for a class that
  // needs_class_closure; freevars = names with scope Free or flag
  // kDefFreeClass, sorted. co_freevars is `freevars`; co_cellvars is
  // co_cellvars() (3.11's localsplus layout moves cells that are parameters
  // to their parameter's slot).
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  // co_cellvars: the cells that are parameters, in parameter order, then the
  // other cells in `cellvars` order.
  std::vector<std::string> co_cellvars() const;

  // Nested scopes in the order the symbol table visits them (CPython's
  // ste_children): for a def, the scopes in its defaults, then in its
  // annotations, then in its decorators come before the def's own scope.
  std::vector<Scope*> children;
  Scope* parent = nullptr;

  ComprehensionType comprehension = ComprehensionType::None;
  bool nested = false;               // ste_nested: inside a function (at any depth)
  bool is_generator = false;         // ste_generator: contains yield / yield from (or is a genexp)
  bool is_coroutine = false;         // ste_coroutine: async def, or an async comprehension
                                     // (one with `async for` or an await inside) -- the
                                     // latter makes a genexp an async generator
  bool has_varargs = false;          // ste_varargs
  bool has_varkeywords = false;      // ste_varkeywords
  bool returns_value = false;        // ste_returns_value: has a `return <expr>` (for "'return'
                                     // with value in async generator")
  bool needs_class_closure = false;  // ste_needs_class_closure: a class whose methods use
                                     // `__class__` or `super` (implicit __class__ cell)
  bool child_free = false;           // ste_child_free: a nested scope has free variables
  bool has_free = false;             // ste_free: this scope has free variables

  // The flags of `name` (already mangled), 0 when the scope does not know it
  // (CPython's _PyST_GetSymbol).
  uint32_t flags_of(std::string_view name) const;
  // The resolved scope of `name` (mangled), SymbolScope::None when unknown
  // (CPython's _PyST_GetScope).
  SymbolScope scope_of(std::string_view name) const;
  const Symbol* find(std::string_view name) const;

  bool is_function() const { return type == BlockType::Function; }
  bool is_class() const { return type == BlockType::Class; }
  bool is_module() const { return type == BlockType::Module; }
  // co_firstlineno of this scope's code: the first decorator's line for a
  // decorated def/class, else lineno (1 for the module).
  int first_lineno() const;
};

class SymbolTable {
 public:
  SymbolTable() = default;
  SymbolTable(SymbolTable&&) = default;
  SymbolTable& operator=(SymbolTable&&) = default;

  // The module scope.
  Scope* top() const { return top_; }
  // The scope opened by `node` (see Scope::node), nullptr if none.
  Scope* lookup(const ast::Node* node) const;

  const std::string& filename() const { return filename_; }
  const FutureFlags& future() const { return future_; }

  // All scopes, the module first, in creation order.
  const std::vector<std::unique_ptr<Scope>>& scopes() const { return scopes_; }

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  Scope* top_ = nullptr;
  std::string filename_;
  FutureFlags future_;
};

// Raised when the tree is nested too deeply to walk (CPython's RecursionError
// "maximum recursion depth exceeded during compilation"; the symbol table
// allows 3000 nested statements / expressions / patterns, as CPython's
// 3 x recursion limit).
class CompileRecursionError : public std::exception {
 public:
  const char* what() const noexcept override {
    return "maximum recursion depth exceeded during compilation";
  }
};

// Builds the symbol table of `mod` (Module, Interactive or Expression, as
// CPython's _PySymtable_Build) under the given future features (normally
// future_features(mod, filename, compile_flags)). Throws SyntaxErrorException
// or CompileRecursionError.
SymbolTable build_symtable(const ast::ModNode* mod, const std::string& filename,
                           const FutureFlags& future);

// CPython's _Py_Mangle: `name` as seen inside class `class_name` (the nearest
// enclosing class; empty outside classes). `__x` becomes `_Class__x`, unless
// the name ends with "__" or contains a dot, or the class name is all
// underscores; leading underscores of the class name are stripped.
std::string mangle(std::string_view class_name, std::string_view name);

// A textual dump of the whole table for parity checks against CPython's
// `symtable` module (tests/frontend/check_symtable.py prints the same format
// from python3.11): one line per scope, depth-first in children order,
//   <indent>scope <type> <name> line=<lineno> nested=<0|1> optimized=<0|1> children=<n>
//   [function scopes:]  params=<a,b,...>
// followed by one line per symbol, sorted by name (code-point order):
//   <indent>  sym <name> <LOCAL|GLOBAL_EXPLICIT|GLOBAL_IMPLICIT|FREE|CELL|NONE> <flag|flag...>
//       <predicates>
// where flags are the DEF_* names of the set bits and predicates those of
// symtable.Symbol that hold (referenced, imported, parameter, global,
// declared_global, local, free, assigned, annotated, nonlocal, namespace).
std::string dump_symtable(const SymbolTable& table);

// What the code generator derives from each scope, one line per scope in the
// order of dump_symtable, to check it against the code objects python3.11
// compiles (same check):
//   code <co_name> <co_firstlineno> flags=<NESTED,GENERATOR,COROUTINE,
//       ASYNC_GENERATOR,VARARGS,VARKEYWORDS|-> params=<...> cellvars=<...> freevars=<...>
// with co_flags computed as compile.c's compute_code_flags (functions only).
std::string dump_code_info(const SymbolTable& table);

}  // namespace krait
