// The code generator's internals, shared by codegen*.cpp and
// constant_folding.cpp. The structure mirrors CPython 3.11's compile.c: one
// Unit per scope being compiled, basic blocks of instructions (with pseudo
// instructions for jumps and try-blocks that the assembler lowers), and a
// stack of "frame blocks" for break/continue/return unwinding.
//
// Nothing here holds a Python object except Unit::children (a gc::vector):
// constants stay compile-time Const values until the assembler builds the
// code object, and units live on the C++ stack (scanned by the collector).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "runtime/gc.h"
#include "vm/code.h"
#include "vm/opcodes.h"

namespace krait::codegen {

// Pseudo instructions (CPython 3.11's), lowered by the assembler. Numbers
// start above the real opcodes.
enum PseudoOp : int {
  kSetupFinally = 256,
  kSetupCleanup,
  kSetupWith,
  kPopBlock,
  kJump,             // JUMP_FORWARD or JUMP_BACKWARD by direction
  kJumpNoInterrupt,  // JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT
  kPopJumpIfFalse,
  kPopJumpIfTrue,
  kPopJumpIfNone,
  kPopJumpIfNotNone,
};

inline constexpr int op(Op o) { return static_cast<int>(o); }

bool is_jump(int opcode);
bool is_block_push(int opcode);
bool is_terminator(int opcode);  // no fall-through: returns, raises, unconditional jumps
int stack_effect(int opcode, int oparg, bool jump);

struct Block;

struct Instr {
  int opcode = 0;
  int oparg = 0;
  Block* target = nullptr;   // jumps and block pushes
  Position loc;
  Block* handler = nullptr;  // the exception handler covering it (assembler)
};

struct Block {
  std::vector<Instr> instrs;
  Block* next = nullptr;  // layout order
  bool except_handler = false;
  bool preserve_lasti = false;
  bool reachable = false;
  bool visited = false;
  int predecessors = 0;
  int startdepth = -1;
  int offset = 0;  // in code units, after assembly
  const Instr* last() const { return instrs.empty() ? nullptr : &instrs.back(); }
  Instr* last() { return instrs.empty() ? nullptr : &instrs.back(); }
  bool has_fallthrough() const;
  bool is_exit() const;  // ends in RETURN_VALUE / RERAISE / RAISE_VARARGS
};

// A compile-time constant: what co_consts will hold.
struct Const {
  enum class Kind : uint8_t {
    None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code
  };
  Kind kind = Kind::None;
  std::string text;  // Int: decimal with optional '-'; Str: UTF-8; Bytes
  double real = 0;   // Float value; Complex real part
  double imag = 0;
  std::vector<Const> items;  // Tuple, FrozenSet (possibly with duplicates)
  int code_index = -1;       // Code: index into the unit's children; text: its identity

  static Const none() { return Const{}; }
  static Const boolean(bool b) {
    Const c;
    c.kind = b ? Kind::True : Kind::False;
    return c;
  }
  static Const str(std::string_view s) {
    Const c;
    c.kind = Kind::Str;
    c.text = s;
    return c;
  }
  static Const integer(std::string_view decimal) {
    Const c;
    c.kind = Kind::Int;
    c.text = decimal;
    return c;
  }
  static Const tuple(std::vector<Const> items) {
    Const c;
    c.kind = Kind::Tuple;
    c.items = std::move(items);
    return c;
  }
  // The identity CPython's constant merging uses: type and value (1, 1.0 and
  // True stay distinct; so do 0.0 and -0.0).
  std::string key() const;
  // Python truth value.
  bool truthy() const;
};

// Constant folding (3.11's ast_opt.c, applied lazily while generating code):
// the constant an expression folds to, if any.
class ConstantFolder {
 public:
  explicit ConstantFolder(int optimize) : optimize_(optimize) {}
  const Const* fold(const ast::ExprNode* e);
  // An iterable in a position where only iteration can observe it (`for x in
  // [a, b]`, `x in {a, b}`, comprehension sources), which 3.11 folds further:
  // a list of constants to a tuple, a set of constants to a frozenset.
  const Const* fold_iter(const ast::ExprNode* e);
  // A Constant node's value.
  static Const from_ast(const ast::ConstantValue& value);

 private:
  std::optional<Const> compute(const ast::ExprNode* e);
  int optimize_;
  std::unordered_map<const ast::ExprNode*, std::optional<Const>> memo_;
  std::unordered_map<const ast::ExprNode*, std::optional<Const>> iter_memo_;
};

enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

enum class FBlockKind {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
  HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};

struct FBlock {
  FBlockKind kind;
  Block* block;
  Block* exit;
  // FinallyTry: the finally body; HandlerCleanup: the bound name (may be null);
  // With/AsyncWith: the with statement (for its location).
  const ast::Seq<ast::StmtNode*>* finalbody = nullptr;
  const ast::Str* name = nullptr;
  const ast::LocatedNode* node = nullptr;
};

struct NameTable {
  std::vector<std::string> list;
  std::unordered_map<std::string, int> index;
  int add(const std::string& name) {
    auto it = index.find(name);
    if (it != index.end()) return it->second;
    int i = static_cast<int>(list.size());
    list.push_back(name);
    index.emplace(name, i);
    return i;
  }
  int find(const std::string& name) const {
    auto it = index.find(name);
    return it == index.end() ? -1 : it->second;
  }
};

struct Unit {
  Scope* scope = nullptr;
  UnitKind kind = UnitKind::Module;
  std::string name;
  std::string qualname;
  std::string private_name;  // the enclosing class for name mangling

  std::vector<Const> consts;
  std::unordered_map<std::string, int> const_index;
  NameTable names;
  NameTable varnames;
  NameTable cellvars;
  NameTable freevars;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int firstlineno = 0;

  std::vector<std::unique_ptr<Block>> blocks;
  Block* entry = nullptr;
  Block* current = nullptr;
  std::vector<FBlock> fblocks;
  Position loc;

  // Nested code objects referenced by Code constants.
  gc::vector<Code*> children;
};

struct PatternContext;

class Compiler {
 public:
  Compiler(const SymbolTable& table, std::string filename, const CompileOptions& options);
  Code* compile(const ast::ModNode* mod);

  // --- units and blocks (codegen.cpp)
  void enter_scope(Unit& unit, std::string name, UnitKind kind, const ast::Node* key, int lineno);
  Code* leave_scope(bool add_none);
  Block* new_block();
  void use_block(Block* b);
  void use_next_block(Block* b);
  Instr& emit(int opcode, int oparg = 0);
  void emit_jump(int opcode, Block* target);
  void emit_noline(int opcode, int oparg = 0);
  void emit_const(const Const& c);
  void emit_name_op(int opcode, std::string_view name);  // co_names (mangled)
  int add_const(const Const& c);
  int add_name(std::string_view name);
  void set_loc(const ast::LocatedNode* node);
  void unset_loc() { unit_->loc = Position{}; }
  [[noreturn]] void error(const ast::LocatedNode* node, const std::string& message);
  [[noreturn]] void error_at(int lineno, int col, int end_lineno, int end_col, const std::string& message);
  std::string mangle_name(std::string_view name) const;
  void push_fblock(const ast::LocatedNode* where, FBlockKind kind, Block* block, Block* exit);
  void pop_fblock() { unit_->fblocks.pop_back(); }

  // --- names (codegen.cpp)
  void name_op(const ast::LocatedNode* where, std::string_view name, ast::ExprContext ctx);
  void check_forbidden(const ast::LocatedNode* where, std::string_view name, ast::ExprContext ctx);

  // --- statements (codegen_statements.cpp)
  void body(const ast::Seq<ast::StmtNode*>& stmts, bool module_docstring);
  void stmt(const ast::StmtNode* s);
  void stmts(const ast::Seq<ast::StmtNode*>& seq) {
    for (auto* s : seq) stmt(s);
  }
  void function_def(const ast::StmtNode* s, bool is_async);
  void class_def(const ast::ClassDef* s);
  void make_closure(Code* code, int flags, const std::string& qualname);
  int default_arguments(const ast::Arguments* args);
  int kwdefaults(const ast::Arguments* args);
  bool annotations(const ast::Arguments* args, const ast::ExprNode* returns);
  void annotation_value(const ast::ExprNode* annotation);
  void decorators(const ast::Seq<ast::ExprNode*>& list);
  void apply_decorators(const ast::Seq<ast::ExprNode*>& list);
  void if_stmt(const ast::If* s);
  void for_stmt(const ast::For* s);
  void async_for(const ast::AsyncFor* s);
  void while_stmt(const ast::While* s);
  void return_stmt(const ast::Return* s);
  void break_stmt(const ast::StmtNode* s);
  void continue_stmt(const ast::StmtNode* s);
  void try_stmt(const ast::StmtNode* s, bool star);
  void try_finally(const ast::StmtNode* s, bool star);
  void try_except(const ast::StmtNode* s);
  void try_star_except(const ast::StmtNode* s);
  void with_stmt(const ast::With* s, uint32_t pos);
  void async_with(const ast::AsyncWith* s, uint32_t pos);
  void with_except_finish(Block* cleanup);
  void call_exit_with_nones();
  void raise_stmt(const ast::Raise* s);
  void assert_stmt(const ast::Assert* s);
  void import(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void import_as(const ast::LocatedNode* where, std::string_view name, std::string_view asname);
  void aug_assign(const ast::AugAssign* s);
  void ann_assign(const ast::AnnAssign* s);
  void delete_stmt(const ast::Delete* s);
  void expr_stmt(const ast::Expr* s);
  bool unwind_fblock(const FBlock& fb, bool preserve_tos);
  void unwind_fblock_stack(bool preserve_tos, const FBlock** loop);
  void pop_except_and_reraise();
  void match_stmt(const ast::Match* s);

  // --- expressions (codegen_expressions.cpp)
  void expr(const ast::ExprNode* e);
  void expr_inner(const ast::ExprNode* e);
  void jump_if(const ast::ExprNode* e, Block* target, bool cond);
  void boolop(const ast::BoolOp* e);
  void compare(const ast::Compare* e, bool invert = false);
  void compare_op(ast::CmpOperator cmp);
  // Compiles comparator i of e.
  void comparand(const ast::Compare* e, uint32_t i);
  void call(const ast::Call* e);
  bool maybe_method_call(const ast::Call* e);
  void call_helper(int n, const ast::Seq<ast::ExprNode*>& args, const ast::Seq<ast::Keyword*>& keywords,
                   const ast::LocatedNode* call_node);
  void subkwargs(const ast::Seq<ast::Keyword*>& keywords, uint32_t begin, uint32_t end);
  void starunpack(const ast::Seq<ast::ExprNode*>& elts, int pushed, Op build, Op add, Op extend,
                  bool tuple);
  // Compiles an iterable as fold_iter allows (a list becomes a tuple).
  void iter_expr(const ast::ExprNode* e);
  void list_expr(const ast::ExprNode* e, const ast::Seq<ast::ExprNode*>& elts, ast::ExprContext ctx,
                 bool is_tuple);
  void set_expr(const ast::Set* e);
  void dict_expr(const ast::Dict* e);
  void subdict(const ast::Dict* e, uint32_t begin, uint32_t end);
  void unpack_helper(const ast::Seq<ast::ExprNode*>& elts);
  void assignment_helper(const ast::Seq<ast::ExprNode*>& elts);
  void attribute(const ast::Attribute* e);
  void subscript(const ast::Subscript* e);
  void slice(const ast::Slice* e);
  void lambda(const ast::Lambda* e);
  void ifexp(const ast::IfExp* e);
  void joined_str(const ast::JoinedStr* e);
  bool percent_format(const ast::BinOp* b);
  void formatted_value(const ast::FormattedValue* e);
  void comprehension(const ast::ExprNode* e, ComprehensionType type, const std::string& name,
                     const ast::Seq<ast::Comprehension*>& generators, const ast::ExprNode* elt,
                     const ast::ExprNode* value);
  void comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index,
                               int depth, const ast::ExprNode* elt, const ast::ExprNode* value,
                               ComprehensionType type);
  void sync_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index,
                                    int depth, const ast::ExprNode* elt, const ast::ExprNode* value,
                                    ComprehensionType type);
  void async_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators,
                                     uint32_t index, int depth, const ast::ExprNode* elt,
                                     const ast::ExprNode* value, ComprehensionType type);
  void await_expr(const ast::Await* e);
  void yield_expr(const ast::ExprNode* e);
  void add_yield_from(bool await);
  void assign_target(const ast::ExprNode* target);
  void annotation_string(const ast::ExprNode* annotation);
  bool try_fold(const ast::ExprNode* e);
  void check_subscripter(const ast::ExprNode* e);
  void check_index(const ast::ExprNode* e, const ast::ExprNode* s);
  void check_caller(const ast::ExprNode* e);
  void check_compare(const ast::Compare* e);
  // The type name of a display or (folded) constant, or null.
  const char* inferred_type(const ast::ExprNode* e);
  void warn(const ast::LocatedNode* node, const std::string& message);

  // --- patterns (codegen_patterns.cpp)
  void pattern(const ast::PatternNode* p, PatternContext& pc);
  void pattern_subpattern(const ast::PatternNode* p, PatternContext& pc);
  void pattern_helper_store_name(const ast::LocatedNode* where, const ast::Str* name, PatternContext& pc);
  void pattern_helper_rotate(int count);
  void pattern_helper_sequence_unpack(const ast::Seq<ast::PatternNode*>& patterns, int star,
                                      PatternContext& pc);
  void pattern_helper_sequence_subscr(const ast::Seq<ast::PatternNode*>& patterns, int star,
                                      PatternContext& pc);
  void pattern_as(const ast::MatchAs* p, PatternContext& pc);
  void pattern_star(const ast::MatchStar* p, PatternContext& pc);
  void pattern_value(const ast::MatchValue* p, PatternContext& pc);
  void pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
  void pattern_class(const ast::MatchClass* p, PatternContext& pc);
  void pattern_or(const ast::MatchOr* p, PatternContext& pc);
  void jump_to_fail_pop(PatternContext& pc, int opcode);
  void emit_and_reset_fail_pop(PatternContext& pc);

  // --- assembly (codegen_assembler.cpp)
  Code* assemble(bool add_none);

  const SymbolTable& table_;
  std::string filename_;
  CompileOptions options_;
  FutureFlags future_;
  ConstantFolder folder_;
  Unit* unit_ = nullptr;
  std::vector<Unit*> stack_;
  int interactive_ = 0;
  int nested_depth_ = 0;
};

// `not (a in b)` and the like, which compile as the inverted comparison: the
// comparison, or null.
const ast::Compare* inverted_comparison(const ast::UnaryOp* u);

// CPython's ast_unparse.c: the text of an annotation under `from __future__
// import annotations`.
std::string unparse_annotation(const ast::ExprNode* e);

}  // namespace krait::codegen
