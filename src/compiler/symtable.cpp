// The symbol table (see symtable.h): a walk of the AST that records, per scope,
// every name bound, used or declared, followed by an analysis that resolves
// each name to local / global / free / cell. The two passes, their order and
// their error checks follow CPython 3.11's Python/symtable.c, so that the same
// programs are rejected with the same first error.
#include "compiler/symtable.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace krait {

// ---------------------------------------------------------------------------
// Scope

const Symbol* Scope::find(std::string_view name) const {
  auto it = symbol_index.find(std::string(name));
  return it == symbol_index.end() ? nullptr : &symbols[it->second].second;
}

uint32_t Scope::flags_of(std::string_view name) const {
  const Symbol* symbol = find(name);
  return symbol ? symbol->flags : 0;
}

SymbolScope Scope::scope_of(std::string_view name) const {
  const Symbol* symbol = find(name);
  return symbol ? symbol->scope : SymbolScope::None;
}

int Scope::first_lineno() const {
  if (type == BlockType::Module) return 1;
  const ast::Seq<ast::ExprNode*>* decorators = nullptr;
  if (auto* def = ast::as<ast::FunctionDef>(node)) decorators = &def->decorator_list;
  if (auto* def = ast::as<ast::AsyncFunctionDef>(node)) decorators = &def->decorator_list;
  if (auto* def = ast::as<ast::ClassDef>(node)) decorators = &def->decorator_list;
  if (decorators && !decorators->empty()) return (*decorators)[0]->lineno;
  return lineno;
}

std::vector<std::string> Scope::co_cellvars() const {
  std::vector<std::string> result;
  for (const std::string& param : varnames) {
    if (std::find(cellvars.begin(), cellvars.end(), param) != cellvars.end() &&
        std::find(result.begin(), result.end(), param) == result.end()) {
      result.push_back(param);
    }
  }
  for (const std::string& cell : cellvars) {
    if (std::find(varnames.begin(), varnames.end(), cell) == varnames.end()) {
      result.push_back(cell);
    }
  }
  return result;
}

Scope* SymbolTable::lookup(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

// ---------------------------------------------------------------------------
// Name mangling

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') {
    return std::string(name);
  }
  // Dunder names (ending in "__") and dotted import names stay as they are.
  if ((name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
      name.find('.') != std::string_view::npos) {
    return std::string(name);
  }
  size_t start = class_name.find_first_not_of('_');
  if (start == std::string_view::npos) return std::string(name);  // class "___"
  std::string result = "_";
  result += class_name.substr(start);
  result += name;
  return result;
}

// ---------------------------------------------------------------------------
// Future features

namespace {

struct Location {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

template <class N>
Location location_of(const N* node) {
  return {node->lineno, node->col_offset, node->end_lineno, node->end_col_offset};
}

[[noreturn]] void raise_syntax_error(const std::string& filename, std::string message, int lineno,
                                     int offset, int end_lineno, int end_offset) {
  SyntaxErrorInfo info;
  info.kind = SyntaxErrorKind::SyntaxError;
  info.message = std::move(message);
  info.filename = filename;
  info.lineno = lineno;
  info.offset = offset;
  info.end_lineno = end_lineno;
  info.end_offset = end_offset;
  throw SyntaxErrorException(std::move(info));
}

// PyErr_RangedSyntaxLocationObject(filename, lineno, col + 1, end_lineno, end_col + 1).
[[noreturn]] void raise_at(const std::string& filename, std::string message, const Location& at) {
  raise_syntax_error(filename, std::move(message), at.lineno, at.col_offset + 1, at.end_lineno,
                     at.end_col_offset + 1);
}

bool is_docstring(const ast::StmtNode* stmt) {
  auto* expr = ast::as<ast::Expr>(stmt);
  if (!expr) return false;
  auto* constant = ast::as<ast::Constant>(expr->value);
  return constant && constant->value.kind == ast::ConstantValue::Kind::Str;
}

void check_future_features(FutureFlags& flags, const ast::ImportFrom* import,
                           const std::string& filename) {
  static const char* const kAccepted[] = {"nested_scopes",    "generators",     "division",
                                          "absolute_import",  "with_statement", "print_function",
                                          "unicode_literals", "generator_stop"};
  for (ast::Alias* alias : import->names) {
    std::string_view feature = alias->name.view();
    bool known = false;
    for (const char* accepted : kAccepted) known = known || feature == accepted;
    if (known) continue;
    if (feature == "barry_as_FLUFL") {
      flags.barry_as_FLUFL = true;
    } else if (feature == "annotations") {
      flags.annotations = true;
    } else if (feature == "braces") {
      // PyErr_SyntaxLocationObject: a start position only.
      raise_syntax_error(filename, "not a chance", import->lineno, import->col_offset + 1,
                         import->lineno, kNoPosition);
    } else {
      raise_syntax_error(filename, "future feature " + std::string(feature) + " is not defined",
                         import->lineno, import->col_offset + 1, import->lineno, kNoPosition);
    }
  }
}

}  // namespace

FutureFlags future_features(const ast::ModNode* mod, const std::string& filename,
                            const FutureFlags& inherited) {
  FutureFlags flags = inherited;
  flags.lineno = -1;
  const ast::Seq<ast::StmtNode*>* body = nullptr;
  if (auto* module = ast::as<ast::Module>(mod)) body = &module->body;
  if (auto* interactive = ast::as<ast::Interactive>(mod)) body = &interactive->body;
  if (!body || body->empty()) return flags;
  // Only a docstring and other future imports may precede a future import.
  // A late one on the line of the statement that ended the leading run (`import
  // os; from __future__ import x`) is caught here; the code generator catches
  // the others.
  uint32_t i = is_docstring((*body)[0]) ? 1 : 0;
  bool done = false;
  int prev_line = 0;
  for (; i < body->size; ++i) {
    const ast::StmtNode* stmt = (*body)[i];
    if (done && stmt->lineno > prev_line) break;
    prev_line = stmt->lineno;
    auto* import = ast::as<ast::ImportFrom>(stmt);
    if (import && import->module == "__future__") {
      if (done) {
        // CPython passes the 0-based column here (an off-by-one of future.c).
        raise_syntax_error(filename,
                           "from __future__ imports must occur at the beginning of the file",
                           import->lineno, import->col_offset, import->lineno, kNoPosition);
      }
      check_future_features(flags, import, filename);
      flags.lineno = import->lineno;
    } else {
      done = true;
    }
  }
  return flags;
}

// ---------------------------------------------------------------------------
// The first pass: visiting the tree

namespace {

constexpr int kRecursionLimit = 3000;  // CPython: 3 x sys.getrecursionlimit()

// A `global` / `nonlocal` statement (or the implicit one of a walrus target in
// a comprehension), remembered to locate errors found by the analysis.
struct Directive {
  std::string name;
  Location at;
};

// Per-scope state needed only while building.
struct BuildState {
  std::vector<Directive> directives;
  bool comp_iter_target = false;  // visiting a comprehension's iteration target
  int comp_iter_expr = 0;         // visiting a comprehension's iterable
};

}  // namespace

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& table, const std::string& filename, const FutureFlags& future)
      : table_(table), filename_(filename), future_(future) {}

  void build(const ast::ModNode* mod);

 private:
  using Set = std::unordered_set<std::string>;

  // Blocks
  Scope* enter_block(std::string name, BlockType type, const ast::Node* node, const Location& at);
  void exit_block();
  BuildState& state(Scope* scope) { return states_[scope]; }

  // Definitions
  uint32_t lookup(std::string_view name) { return cur_->flags_of(mangle(private_, name)); }
  void add_def(std::string_view name, uint32_t flag, const Location& at) {
    add_def_helper(name, flag, cur_, at);
  }
  void add_def_helper(std::string_view name, uint32_t flag, Scope* scope, const Location& at);
  void record_directive(std::string_view name, const Location& at) {
    state(cur_).directives.push_back({mangle(private_, name), at});
  }
  static uint32_t& symbol_flags(Scope* scope, const std::string& name);

  // Visitors
  void visit_stmt(const ast::StmtNode* stmt);
  void visit_expr(const ast::ExprNode* expr);
  void visit_pattern(const ast::PatternNode* pattern);
  void visit_stmts(const ast::Seq<ast::StmtNode*>& stmts) {
    for (auto* stmt : stmts) visit_stmt(stmt);
  }
  void visit_exprs(const ast::Seq<ast::ExprNode*>& exprs) {
    for (auto* expr : exprs) {
      if (expr) visit_expr(expr);
    }
  }
  void visit_function(const ast::StmtNode* def, ast::Str name, const ast::Arguments* args,
                      const ast::Seq<ast::StmtNode*>& body,
                      const ast::Seq<ast::ExprNode*>& decorators, const ast::ExprNode* returns,
                      bool is_async);
  void visit_annotation(const ast::ExprNode* annotation);
  void visit_arg_annotations(const ast::Seq<ast::Arg*>& args);
  void visit_annotations(const ast::StmtNode* def, const ast::Arguments* args,
                         const ast::ExprNode* returns);
  void visit_params(const ast::Seq<ast::Arg*>& args);
  void visit_arguments(const ast::Arguments* args);
  void visit_alias(const ast::Alias* alias);
  void visit_comprehension(const ast::Comprehension* comprehension);
  void handle_comprehension(const ast::ExprNode* expr, const char* scope_name,
                            ComprehensionType kind, const ast::Seq<ast::Comprehension*>& generators,
                            const ast::ExprNode* elt, const ast::ExprNode* value);
  void handle_namedexpr(const ast::NamedExpr* expr);
  void extend_namedexpr_scope(const ast::Name* target);
  void check_not_annotation(const char* what, const ast::ExprNode* expr);
  [[noreturn]] void raise_in_comprehension(const ast::ExprNode* expr);
  void enter_recursion() {
    if (++depth_ > kRecursionLimit) throw CompileRecursionError();
  }

  // The second pass
  void analyze();
  void analyze_block(Scope* scope, Set* bound, Set& free, Set& global);
  void analyze_child_block(Scope* scope, const Set& bound, const Set& free, const Set& global,
                           Set& child_free);
  void analyze_name(Scope* scope, std::unordered_map<std::string, SymbolScope>& scopes,
                    const std::string& name, uint32_t flags, Set* bound, Set& local, Set& free,
                    Set& global);
  [[noreturn]] void error_at_directive(Scope* scope, const std::string& name, std::string message);
  void finish_scope(Scope* scope);

  SymbolTable& table_;
  const std::string& filename_;
  FutureFlags future_;
  std::vector<Scope*> stack_;  // the open blocks, innermost last (CPython's st_stack)
  Scope* cur_ = nullptr;
  Scope* global_ = nullptr;  // the module scope
  std::string private_;      // the nearest enclosing class's name, for mangling
  int depth_ = 0;
  std::unordered_map<const Scope*, BuildState> states_;
  // Annotation blocks (future annotations): walked for errors, then dropped.
  std::vector<std::unique_ptr<Scope>> annotation_blocks_;
};

Scope* SymtableBuilder::enter_block(std::string name, BlockType type, const ast::Node* node,
                                    const Location& at) {
  auto owned = std::make_unique<Scope>();
  Scope* scope = owned.get();
  scope->type = type;
  scope->name = std::move(name);
  scope->node = node;
  scope->lineno = at.lineno;
  scope->col_offset = at.col_offset;
  scope->end_lineno = at.end_lineno;
  scope->end_col_offset = at.end_col_offset;
  scope->private_name = private_;
  Scope* prev = cur_;
  if (prev && (prev->nested || prev->type == BlockType::Function)) scope->nested = true;
  // bpo-37757: every assignment expression inside a comprehension's iterable
  // is rejected, even in a lambda or comprehension nested there.
  if (prev) state(scope).comp_iter_expr = state(prev).comp_iter_expr;
  stack_.push_back(scope);
  cur_ = scope;
  if (type == BlockType::Annotation) {
    // Never part of the tree: under future annotations nothing in an
    // annotation is evaluated.
    scope->parent = prev;
    annotation_blocks_.push_back(std::move(owned));
    return scope;
  }
  if (type == BlockType::Module) global_ = scope;
  if (prev) {
    prev->children.push_back(scope);
    scope->parent = prev;
  }
  table_.by_node_[node] = scope;
  table_.scopes_.push_back(std::move(owned));
  return scope;
}

void SymtableBuilder::exit_block() {
  stack_.pop_back();
  if (!stack_.empty()) cur_ = stack_.back();
}

uint32_t& SymtableBuilder::symbol_flags(Scope* scope, const std::string& name) {
  auto it = scope->symbol_index.find(name);
  if (it != scope->symbol_index.end()) return scope->symbols[it->second].second.flags;
  scope->symbol_index.emplace(name, scope->symbols.size());
  scope->symbols.push_back({name, Symbol{}});
  return scope->symbols.back().second.flags;
}

void SymtableBuilder::add_def_helper(std::string_view name, uint32_t flag, Scope* scope,
                                     const Location& at) {
  std::string mangled = mangle(private_, name);
  uint32_t val = flag;
  if (const Symbol* existing = scope->find(mangled)) {
    if ((flag & sym::kDefParam) && (existing->flags & sym::kDefParam)) {
      raise_at(filename_, "duplicate argument '" + std::string(name) + "' in function definition",
               at);
    }
    val = existing->flags | flag;
  }
  if (state(scope).comp_iter_target) {
    // An iteration variable of a comprehension: it may not be the target of
    // an assignment expression in the same comprehension.
    if (val & (sym::kDefGlobal | sym::kDefNonlocal)) {
      raise_at(filename_,
               "comprehension inner loop cannot rebind assignment expression target '" +
                   std::string(name) + "'",
               at);
    }
    val |= sym::kDefCompIter;
  }
  symbol_flags(scope, mangled) = val;
  if (flag & sym::kDefParam) {
    scope->varnames.push_back(mangled);
  } else if (flag & sym::kDefGlobal) {
    // A global declaration anywhere also marks the module's symbol.
    uint32_t& module_flags = symbol_flags(global_, mangled);
    module_flags |= flag;
  }
}

void SymtableBuilder::build(const ast::ModNode* mod) {
  table_.filename_ = filename_;
  table_.future_ = future_;
  table_.top_ = enter_block("top", BlockType::Module, mod, Location{});
  if (auto* module = ast::as<ast::Module>(mod)) {
    visit_stmts(module->body);
  } else if (auto* interactive = ast::as<ast::Interactive>(mod)) {
    visit_stmts(interactive->body);
  } else if (auto* expression = ast::as<ast::Expression>(mod)) {
    visit_expr(expression->body);
  }
  // FunctionType: CPython raises "this compiler does not handle
  // FunctionTypes"; nothing reaches here with one (compile() refuses it).
  exit_block();
  analyze();
}

void SymtableBuilder::visit_function(const ast::StmtNode* def, ast::Str name,
                                     const ast::Arguments* args,
                                     const ast::Seq<ast::StmtNode*>& body,
                                     const ast::Seq<ast::ExprNode*>& decorators,
                                     const ast::ExprNode* returns, bool is_async) {
  add_def(name.view(), sym::kDefLocal, location_of(def));
  visit_exprs(args->defaults);
  visit_exprs(args->kw_defaults);
  visit_annotations(def, args, returns);
  visit_exprs(decorators);
  Scope* scope = enter_block(std::string(name.view()), BlockType::Function, def, location_of(def));
  if (is_async) scope->is_coroutine = true;
  visit_arguments(args);
  visit_stmts(body);
  exit_block();
}

void SymtableBuilder::visit_stmt(const ast::StmtNode* stmt) {
  enter_recursion();
  using K = ast::NodeKind;
  switch (stmt->node_kind) {
    case K::FunctionDef: {
      auto* s = static_cast<const ast::FunctionDef*>(stmt);
      visit_function(s, s->name, s->args, s->body, s->decorator_list, s->returns, false);
      break;
    }
    case K::AsyncFunctionDef: {
      auto* s = static_cast<const ast::AsyncFunctionDef*>(stmt);
      visit_function(s, s->name, s->args, s->body, s->decorator_list, s->returns, true);
      break;
    }
    case K::ClassDef: {
      auto* s = static_cast<const ast::ClassDef*>(stmt);
      add_def(s->name.view(), sym::kDefLocal, location_of(s));
      visit_exprs(s->bases);
      for (auto* keyword : s->keywords) visit_expr(keyword->value);
      visit_exprs(s->decorator_list);
      Scope* scope = enter_block(std::string(s->name.view()), BlockType::Class, s, location_of(s));
      std::string saved = std::move(private_);
      private_ = std::string(s->name.view());
      scope->private_name = private_;
      visit_stmts(s->body);
      private_ = std::move(saved);
      exit_block();
      break;
    }
    case K::Return: {
      auto* s = static_cast<const ast::Return*>(stmt);
      if (s->value) {
        visit_expr(s->value);
        cur_->returns_value = true;
      }
      break;
    }
    case K::Delete:
      visit_exprs(static_cast<const ast::Delete*>(stmt)->targets);
      break;
    case K::Assign: {
      auto* s = static_cast<const ast::Assign*>(stmt);
      visit_exprs(s->targets);
      visit_expr(s->value);
      break;
    }
    case K::AnnAssign: {
      auto* s = static_cast<const ast::AnnAssign*>(stmt);
      if (auto* target = ast::as<ast::Name>(s->target)) {
        uint32_t cur = lookup(target->id.view());
        if ((cur & (sym::kDefGlobal | sym::kDefNonlocal)) && cur_ != global_ && s->simple) {
          raise_at(filename_,
                   std::string("annotated name '") + std::string(target->id.view()) +
                       (cur & sym::kDefGlobal ? "' can't be global" : "' can't be nonlocal"),
                   location_of(s));
        }
        if (s->simple) {
          add_def(target->id.view(), sym::kDefAnnot | sym::kDefLocal, location_of(target));
        } else if (s->value) {
          add_def(target->id.view(), sym::kDefLocal, location_of(target));
        }
      } else {
        visit_expr(s->target);
      }
      visit_annotation(s->annotation);
      if (s->value) visit_expr(s->value);
      break;
    }
    case K::AugAssign: {
      auto* s = static_cast<const ast::AugAssign*>(stmt);
      visit_expr(s->target);
      visit_expr(s->value);
      break;
    }
    case K::For: {
      auto* s = static_cast<const ast::For*>(stmt);
      visit_expr(s->target);
      visit_expr(s->iter);
      visit_stmts(s->body);
      visit_stmts(s->orelse);
      break;
    }
    case K::AsyncFor: {
      auto* s = static_cast<const ast::AsyncFor*>(stmt);
      visit_expr(s->target);
      visit_expr(s->iter);
      visit_stmts(s->body);
      visit_stmts(s->orelse);
      break;
    }
    case K::While: {
      auto* s = static_cast<const ast::While*>(stmt);
      visit_expr(s->test);
      visit_stmts(s->body);
      visit_stmts(s->orelse);
      break;
    }
    case K::If: {
      auto* s = static_cast<const ast::If*>(stmt);
      visit_expr(s->test);
      visit_stmts(s->body);
      visit_stmts(s->orelse);
      break;
    }
    case K::With: {
      auto* s = static_cast<const ast::With*>(stmt);
      for (auto* item : s->items) {
        visit_expr(item->context_expr);
        if (item->optional_vars) visit_expr(item->optional_vars);
      }
      visit_stmts(s->body);
      break;
    }
    case K::AsyncWith: {
      auto* s = static_cast<const ast::AsyncWith*>(stmt);
      for (auto* item : s->items) {
        visit_expr(item->context_expr);
        if (item->optional_vars) visit_expr(item->optional_vars);
      }
      visit_stmts(s->body);
      break;
    }
    case K::Match: {
      auto* s = static_cast<const ast::Match*>(stmt);
      visit_expr(s->subject);
      for (auto* match_case : s->cases) {
        visit_pattern(match_case->pattern);
        if (match_case->guard) visit_expr(match_case->guard);
        visit_stmts(match_case->body);
      }
      break;
    }
    case K::Raise: {
      auto* s = static_cast<const ast::Raise*>(stmt);
      if (s->exc) {
        visit_expr(s->exc);
        if (s->cause) visit_expr(s->cause);
      }
      break;
    }
    case K::Try:
    case K::TryStar: {
      const ast::Seq<ast::StmtNode*>* body;
      const ast::Seq<ast::StmtNode*>* orelse;
      const ast::Seq<ast::ExceptHandlerNode*>* handlers;
      const ast::Seq<ast::StmtNode*>* finalbody;
      if (auto* s = ast::as<ast::Try>(stmt)) {
        body = &s->body, orelse = &s->orelse, handlers = &s->handlers, finalbody = &s->finalbody;
      } else {
        auto* t = static_cast<const ast::TryStar*>(stmt);
        body = &t->body, orelse = &t->orelse, handlers = &t->handlers, finalbody = &t->finalbody;
      }
      visit_stmts(*body);
      visit_stmts(*orelse);
      for (auto* node : *handlers) {
        auto* handler = static_cast<const ast::ExceptHandler*>(node);
        if (handler->type) visit_expr(handler->type);
        if (handler->name.present()) {
          add_def(handler->name.view(), sym::kDefLocal, location_of(handler));
        }
        visit_stmts(handler->body);
      }
      visit_stmts(*finalbody);
      break;
    }
    case K::Assert: {
      auto* s = static_cast<const ast::Assert*>(stmt);
      visit_expr(s->test);
      if (s->msg) visit_expr(s->msg);
      break;
    }
    case K::Import:
      for (auto* alias : static_cast<const ast::Import*>(stmt)->names) visit_alias(alias);
      break;
    case K::ImportFrom:
      for (auto* alias : static_cast<const ast::ImportFrom*>(stmt)->names) visit_alias(alias);
      break;
    case K::Global:
    case K::Nonlocal: {
      bool is_global = stmt->node_kind == K::Global;
      const auto& names = is_global ? static_cast<const ast::Global*>(stmt)->names
                                    : static_cast<const ast::Nonlocal*>(stmt)->names;
      const char* what = is_global ? "global" : "nonlocal";
      for (ast::Str name : names) {
        uint32_t cur = lookup(name.view());
        if (cur & (sym::kDefParam | sym::kDefLocal | sym::kUse | sym::kDefAnnot)) {
          std::string quoted = "name '" + std::string(name.view()) + "' is ";
          std::string message;
          if (cur & sym::kDefParam) {
            message = quoted + "parameter and " + what;
          } else if (cur & sym::kUse) {
            message = quoted + "used prior to " + what + " declaration";
          } else if (cur & sym::kDefAnnot) {
            message = "annotated name '" + std::string(name.view()) + "' can't be " + what;
          } else {
            message = quoted + "assigned to before " + what + " declaration";
          }
          raise_at(filename_, message, location_of(stmt));
        }
        add_def(name.view(), is_global ? sym::kDefGlobal : sym::kDefNonlocal, location_of(stmt));
        record_directive(name.view(), location_of(stmt));
      }
      break;
    }
    case K::Expr:
      visit_expr(static_cast<const ast::Expr*>(stmt)->value);
      break;
    case K::Pass:
    case K::Break:
    case K::Continue:
      break;
    default:
      break;
  }
  --depth_;
}

void SymtableBuilder::visit_alias(const ast::Alias* alias) {
  // The name an import binds: `import a.b.c` binds `a`.
  std::string_view name = alias->asname.present() ? alias->asname.view() : alias->name.view();
  if (name == "*") {
    if (cur_->type != BlockType::Module) {
      raise_at(filename_, "import * only allowed at module level", location_of(alias));
    }
    return;
  }
  size_t dot = name.find('.');
  if (dot != std::string_view::npos) name = name.substr(0, dot);
  add_def(name, sym::kDefImport, location_of(alias));
}

void SymtableBuilder::visit_annotation(const ast::ExprNode* annotation) {
  bool future_annotations = future_.annotations;
  if (future_annotations) {
    enter_block("_annotation", BlockType::Annotation, annotation, location_of(annotation));
  }
  visit_expr(annotation);
  if (future_annotations) exit_block();
}

void SymtableBuilder::visit_arg_annotations(const ast::Seq<ast::Arg*>& args) {
  for (auto* arg : args) {
    if (arg->annotation) visit_expr(arg->annotation);
  }
}

void SymtableBuilder::visit_annotations(const ast::StmtNode* def, const ast::Arguments* args,
                                        const ast::ExprNode* returns) {
  bool future_annotations = future_.annotations;
  if (future_annotations) {
    enter_block("_annotation", BlockType::Annotation, def, location_of(def));
  }
  visit_arg_annotations(args->posonlyargs);
  visit_arg_annotations(args->args);
  if (args->vararg && args->vararg->annotation) visit_expr(args->vararg->annotation);
  if (args->kwarg && args->kwarg->annotation) visit_expr(args->kwarg->annotation);
  visit_arg_annotations(args->kwonlyargs);
  if (future_annotations) exit_block();
  if (returns) visit_annotation(returns);
}

void SymtableBuilder::visit_params(const ast::Seq<ast::Arg*>& args) {
  for (auto* arg : args) add_def(arg->arg.view(), sym::kDefParam, location_of(arg));
}

void SymtableBuilder::visit_arguments(const ast::Arguments* args) {
  visit_params(args->posonlyargs);
  visit_params(args->args);
  visit_params(args->kwonlyargs);
  if (args->vararg) {
    add_def(args->vararg->arg.view(), sym::kDefParam, location_of(args->vararg));
    cur_->has_varargs = true;
  }
  if (args->kwarg) {
    add_def(args->kwarg->arg.view(), sym::kDefParam, location_of(args->kwarg));
    cur_->has_varkeywords = true;
  }
}

void SymtableBuilder::check_not_annotation(const char* what, const ast::ExprNode* expr) {
  if (cur_->type != BlockType::Annotation) return;
  raise_at(filename_, std::string("'") + what + "' can not be used within an annotation",
           location_of(expr));
}

void SymtableBuilder::raise_in_comprehension(const ast::ExprNode* expr) {
  const char* message;
  switch (cur_->comprehension) {
    case ComprehensionType::List:
      message = "'yield' inside list comprehension";
      break;
    case ComprehensionType::Set:
      message = "'yield' inside set comprehension";
      break;
    case ComprehensionType::Dict:
      message = "'yield' inside dict comprehension";
      break;
    default:
      message = "'yield' inside generator expression";
      break;
  }
  raise_at(filename_, message, location_of(expr));
}

void SymtableBuilder::visit_comprehension(const ast::Comprehension* comprehension) {
  BuildState& st = state(cur_);
  st.comp_iter_target = true;
  visit_expr(comprehension->target);
  st.comp_iter_target = false;
  ++st.comp_iter_expr;
  visit_expr(comprehension->iter);
  --st.comp_iter_expr;
  visit_exprs(comprehension->ifs);
  if (comprehension->is_async) cur_->is_coroutine = true;
}

void SymtableBuilder::handle_comprehension(const ast::ExprNode* expr, const char* scope_name,
                                           ComprehensionType kind,
                                           const ast::Seq<ast::Comprehension*>& generators,
                                           const ast::ExprNode* elt, const ast::ExprNode* value) {
  bool is_generator = kind == ComprehensionType::Generator;
  const ast::Comprehension* outermost = generators[0];
  // The outermost iterable is evaluated in the enclosing scope.
  ++state(cur_).comp_iter_expr;
  visit_expr(outermost->iter);
  --state(cur_).comp_iter_expr;
  Scope* scope = enter_block(scope_name, BlockType::Function, expr, location_of(expr));
  scope->comprehension = kind;
  if (outermost->is_async) scope->is_coroutine = true;
  // ... and received as the implicit argument ".0".
  add_def(".0", sym::kDefParam,
          Location{scope->lineno, scope->col_offset, scope->end_lineno, scope->end_col_offset});
  BuildState& st = state(scope);
  st.comp_iter_target = true;
  visit_expr(outermost->target);
  st.comp_iter_target = false;
  visit_exprs(outermost->ifs);
  for (uint32_t i = 1; i < generators.size; ++i) visit_comprehension(generators[i]);
  if (value) visit_expr(value);
  visit_expr(elt);
  scope->is_generator = is_generator;
  // 3.11: an async list/set/dict comprehension makes an enclosing
  // comprehension asynchronous too.
  bool is_async = scope->is_coroutine && !is_generator;
  exit_block();
  if (is_async) cur_->is_coroutine = true;
}

void SymtableBuilder::extend_namedexpr_scope(const ast::Name* target) {
  std::string_view name = target->id.view();
  // NOTE: CPython looks the target up here by its unmangled name while
  // symbols are stored mangled, so a private name inside a class never
  // matches (no "cannot rebind" error for `[(__y := 1) for __y in z]`, and a
  // `global __y` is missed). Krait does the same.
  for (size_t i = stack_.size(); i-- > 0;) {
    Scope* scope = stack_[i];
    if (scope->comprehension != ComprehensionType::None) {
      // Skip comprehensions, but the target may not be an iteration variable.
      if (scope->flags_of(name) & sym::kDefCompIter) {
        raise_at(filename_,
                 "assignment expression cannot rebind comprehension iteration variable '" +
                     std::string(name) + "'",
                 location_of(target));
      }
      continue;
    }
    if (scope->type == BlockType::Function) {
      uint32_t in_scope = scope->flags_of(name);
      add_def(name, (in_scope & sym::kDefGlobal) ? sym::kDefGlobal : sym::kDefNonlocal,
              location_of(target));
      record_directive(name, location_of(target));
      add_def_helper(name, sym::kDefLocal, scope, location_of(target));
      return;
    }
    if (scope->type == BlockType::Module) {
      add_def(name, sym::kDefGlobal, location_of(target));
      record_directive(name, location_of(target));
      add_def_helper(name, sym::kDefGlobal, scope, location_of(target));
      return;
    }
    if (scope->type == BlockType::Class) {
      raise_at(filename_,
               "assignment expression within a comprehension cannot be used in a class body",
               location_of(target));
    }
    // An annotation block: look further out, as CPython does.
  }
}

void SymtableBuilder::handle_namedexpr(const ast::NamedExpr* expr) {
  if (state(cur_).comp_iter_expr > 0) {
    raise_at(filename_,
             "assignment expression cannot be used in a comprehension iterable expression",
             location_of(expr));
  }
  if (cur_->comprehension != ComprehensionType::None) {
    // Inside a comprehension the target binds in the enclosing function.
    if (auto* target = ast::as<ast::Name>(expr->target)) extend_namedexpr_scope(target);
  }
  visit_expr(expr->value);
  visit_expr(expr->target);
}

void SymtableBuilder::visit_expr(const ast::ExprNode* expr) {
  enter_recursion();
  using K = ast::NodeKind;
  switch (expr->node_kind) {
    case K::NamedExpr:
      check_not_annotation("named expression", expr);
      handle_namedexpr(static_cast<const ast::NamedExpr*>(expr));
      break;
    case K::BoolOp:
      visit_exprs(static_cast<const ast::BoolOp*>(expr)->values);
      break;
    case K::BinOp: {
      auto* e = static_cast<const ast::BinOp*>(expr);
      visit_expr(e->left);
      visit_expr(e->right);
      break;
    }
    case K::UnaryOp:
      visit_expr(static_cast<const ast::UnaryOp*>(expr)->operand);
      break;
    case K::Lambda: {
      auto* e = static_cast<const ast::Lambda*>(expr);
      visit_exprs(e->args->defaults);
      visit_exprs(e->args->kw_defaults);
      enter_block("lambda", BlockType::Function, e, location_of(e));
      visit_arguments(e->args);
      visit_expr(e->body);
      exit_block();
      break;
    }
    case K::IfExp: {
      auto* e = static_cast<const ast::IfExp*>(expr);
      visit_expr(e->test);
      visit_expr(e->body);
      visit_expr(e->orelse);
      break;
    }
    case K::Dict: {
      auto* e = static_cast<const ast::Dict*>(expr);
      visit_exprs(e->keys);
      visit_exprs(e->values);
      break;
    }
    case K::Set:
      visit_exprs(static_cast<const ast::Set*>(expr)->elts);
      break;
    case K::GeneratorExp: {
      auto* e = static_cast<const ast::GeneratorExp*>(expr);
      handle_comprehension(e, "genexpr", ComprehensionType::Generator, e->generators, e->elt,
                           nullptr);
      break;
    }
    case K::ListComp: {
      auto* e = static_cast<const ast::ListComp*>(expr);
      handle_comprehension(e, "listcomp", ComprehensionType::List, e->generators, e->elt, nullptr);
      break;
    }
    case K::SetComp: {
      auto* e = static_cast<const ast::SetComp*>(expr);
      handle_comprehension(e, "setcomp", ComprehensionType::Set, e->generators, e->elt, nullptr);
      break;
    }
    case K::DictComp: {
      auto* e = static_cast<const ast::DictComp*>(expr);
      handle_comprehension(e, "dictcomp", ComprehensionType::Dict, e->generators, e->key, e->value);
      break;
    }
    case K::Yield: {
      check_not_annotation("yield expression", expr);
      auto* e = static_cast<const ast::Yield*>(expr);
      if (e->value) visit_expr(e->value);
      cur_->is_generator = true;
      if (cur_->comprehension != ComprehensionType::None) raise_in_comprehension(expr);
      break;
    }
    case K::YieldFrom: {
      check_not_annotation("yield expression", expr);
      visit_expr(static_cast<const ast::YieldFrom*>(expr)->value);
      cur_->is_generator = true;
      if (cur_->comprehension != ComprehensionType::None) raise_in_comprehension(expr);
      break;
    }
    case K::Await:
      check_not_annotation("await expression", expr);
      visit_expr(static_cast<const ast::Await*>(expr)->value);
      cur_->is_coroutine = true;
      break;
    case K::Compare: {
      auto* e = static_cast<const ast::Compare*>(expr);
      visit_expr(e->left);
      visit_exprs(e->comparators);
      break;
    }
    case K::Call: {
      auto* e = static_cast<const ast::Call*>(expr);
      visit_expr(e->func);
      visit_exprs(e->args);
      for (auto* keyword : e->keywords) visit_expr(keyword->value);
      break;
    }
    case K::FormattedValue: {
      auto* e = static_cast<const ast::FormattedValue*>(expr);
      visit_expr(e->value);
      if (e->format_spec) visit_expr(e->format_spec);
      break;
    }
    case K::JoinedStr:
      visit_exprs(static_cast<const ast::JoinedStr*>(expr)->values);
      break;
    case K::Constant:
      break;
    case K::Attribute:
      visit_expr(static_cast<const ast::Attribute*>(expr)->value);
      break;
    case K::Subscript: {
      auto* e = static_cast<const ast::Subscript*>(expr);
      visit_expr(e->value);
      visit_expr(e->slice);
      break;
    }
    case K::Starred:
      visit_expr(static_cast<const ast::Starred*>(expr)->value);
      break;
    case K::Slice: {
      auto* e = static_cast<const ast::Slice*>(expr);
      if (e->lower) visit_expr(e->lower);
      if (e->upper) visit_expr(e->upper);
      if (e->step) visit_expr(e->step);
      break;
    }
    case K::Name: {
      auto* e = static_cast<const ast::Name*>(expr);
      bool load = e->ctx == ast::ExprContext::Load;
      add_def(e->id.view(), load ? sym::kUse : sym::kDefLocal, location_of(e));
      // `super` in a function counts as a use of the implicit `__class__`.
      if (load && cur_->type == BlockType::Function && e->id == "super") {
        add_def("__class__", sym::kUse, location_of(e));
      }
      break;
    }
    case K::List:
      visit_exprs(static_cast<const ast::List*>(expr)->elts);
      break;
    case K::Tuple:
      visit_exprs(static_cast<const ast::Tuple*>(expr)->elts);
      break;
    default:
      break;
  }
  --depth_;
}

void SymtableBuilder::visit_pattern(const ast::PatternNode* pattern) {
  enter_recursion();
  using K = ast::NodeKind;
  switch (pattern->node_kind) {
    case K::MatchValue:
      visit_expr(static_cast<const ast::MatchValue*>(pattern)->value);
      break;
    case K::MatchSingleton:
      break;
    case K::MatchSequence:
      for (auto* p : static_cast<const ast::MatchSequence*>(pattern)->patterns) visit_pattern(p);
      break;
    case K::MatchStar: {
      auto* p = static_cast<const ast::MatchStar*>(pattern);
      if (p->name.present()) add_def(p->name.view(), sym::kDefLocal, location_of(p));
      break;
    }
    case K::MatchMapping: {
      auto* p = static_cast<const ast::MatchMapping*>(pattern);
      visit_exprs(p->keys);
      for (auto* sub : p->patterns) visit_pattern(sub);
      if (p->rest.present()) add_def(p->rest.view(), sym::kDefLocal, location_of(p));
      break;
    }
    case K::MatchClass: {
      auto* p = static_cast<const ast::MatchClass*>(pattern);
      visit_expr(p->cls);
      for (auto* sub : p->patterns) visit_pattern(sub);
      for (auto* sub : p->kwd_patterns) visit_pattern(sub);
      break;
    }
    case K::MatchAs: {
      auto* p = static_cast<const ast::MatchAs*>(pattern);
      if (p->pattern) visit_pattern(p->pattern);
      if (p->name.present()) add_def(p->name.view(), sym::kDefLocal, location_of(p));
      break;
    }
    case K::MatchOr:
      for (auto* p : static_cast<const ast::MatchOr*>(pattern)->patterns) visit_pattern(p);
      break;
    default:
      break;
  }
  --depth_;
}

// ---------------------------------------------------------------------------
// The second pass: resolving names
//
// Each block is analysed with the set of names bound by enclosing functions
// (`bound`, nullptr for the module), the names declared global above
// (`global`), and returns the names it needs from outside (`free`). A class's
// own bindings are invisible to the functions inside it, and its `__class__`
// is provided as a cell when a method asks for it.

void SymtableBuilder::analyze() {
  Set free, global;
  analyze_block(table_.top_, nullptr, free, global);
  for (auto& scope : table_.scopes_) finish_scope(scope.get());
}

void SymtableBuilder::error_at_directive(Scope* scope, const std::string& name,
                                         std::string message) {
  for (const Directive& directive : state(scope).directives) {
    if (directive.name == name) raise_at(filename_, std::move(message), directive.at);
  }
  raise_syntax_error(filename_, std::move(message), 0, 0, 0, 0);  // not reached
}

void SymtableBuilder::analyze_name(Scope* scope,
                                   std::unordered_map<std::string, SymbolScope>& scopes,
                                   const std::string& name, uint32_t flags, Set* bound, Set& local,
                                   Set& free, Set& global) {
  if (flags & sym::kDefGlobal) {
    if (flags & sym::kDefNonlocal) {
      error_at_directive(scope, name, "name '" + name + "' is nonlocal and global");
    }
    scopes[name] = SymbolScope::GlobalExplicit;
    global.insert(name);
    if (bound) bound->erase(name);  // the children do not see it bound
    return;
  }
  if (flags & sym::kDefNonlocal) {
    if (!bound) {
      error_at_directive(scope, name, "nonlocal declaration not allowed at module level");
    }
    if (!bound->count(name)) {
      error_at_directive(scope, name, "no binding for nonlocal '" + name + "' found");
    }
    scopes[name] = SymbolScope::Free;
    scope->has_free = true;
    free.insert(name);
    return;
  }
  if (flags & sym::kDefBound) {
    scopes[name] = SymbolScope::Local;
    local.insert(name);
    global.erase(name);
    return;
  }
  // Bound by an enclosing function: a free variable (a non-null `bound`
  // means the block is nested).
  if (bound && bound->count(name)) {
    scopes[name] = SymbolScope::Free;
    scope->has_free = true;
    free.insert(name);
    return;
  }
  if (global.count(name)) {
    scopes[name] = SymbolScope::GlobalImplicit;
    return;
  }
  if (scope->nested) scope->has_free = true;
  scopes[name] = SymbolScope::GlobalImplicit;
}

void SymtableBuilder::analyze_child_block(Scope* scope, const Set& bound, const Set& free,
                                          const Set& global, Set& child_free) {
  // Each child works on copies: what it learns must not leak to its siblings.
  Set temp_bound = bound;
  Set temp_free = free;
  Set temp_global = global;
  analyze_block(scope, &temp_bound, temp_free, temp_global);
  child_free.insert(temp_free.begin(), temp_free.end());
}

void SymtableBuilder::analyze_block(Scope* scope, Set* bound, Set& free, Set& global) {
  std::unordered_map<std::string, SymbolScope> scopes;
  Set local, new_global, new_free, new_bound;
  // A class's bindings are not visible in its methods: what the children see
  // is fixed before the class's own names are analysed.
  if (scope->type == BlockType::Class) {
    new_global = global;
    if (bound) new_bound = *bound;
  }
  for (auto& [name, symbol] : scope->symbols) {
    analyze_name(scope, scopes, name, symbol.flags, bound, local, free, global);
  }
  if (scope->type != BlockType::Class) {
    if (scope->type == BlockType::Function) new_bound.insert(local.begin(), local.end());
    if (bound) new_bound.insert(bound->begin(), bound->end());
    new_global.insert(global.begin(), global.end());
  } else {
    new_bound.insert("__class__");
  }
  Set all_free;
  for (Scope* child : scope->children) {
    analyze_child_block(child, new_bound, new_free, new_global, all_free);
    if (child->has_free || child->child_free) scope->child_free = true;
  }
  new_free.insert(all_free.begin(), all_free.end());
  if (scope->type == BlockType::Function) {
    // Locals that a nested scope uses become cells.
    for (auto& [name, resolved] : scopes) {
      if (resolved == SymbolScope::Local && new_free.count(name)) {
        resolved = SymbolScope::Cell;
        new_free.erase(name);
      }
    }
  } else if (scope->type == BlockType::Class) {
    if (new_free.erase("__class__")) scope->needs_class_closure = true;
  }
  // Record the results.
  for (auto& [name, symbol] : scope->symbols) symbol.scope = scopes[name];
  // Free names of the children that this block does not know: pass them on.
  bool is_class = scope->type == BlockType::Class;
  std::vector<std::string> passed;
  for (const std::string& name : new_free) {
    auto it = scope->symbol_index.find(name);
    if (it != scope->symbol_index.end()) {
      // A method's free variable that the class also binds (or declares
      // global): the class passes the enclosing cell through.
      Symbol& symbol = scope->symbols[it->second].second;
      if (is_class && (symbol.flags & (sym::kDefBound | sym::kDefGlobal))) {
        symbol.flags |= sym::kDefFreeClass;
      }
      continue;  // a cell, or already free here
    }
    if (bound && !bound->count(name)) continue;  // a global
    passed.push_back(name);
  }
  std::sort(passed.begin(), passed.end());
  for (const std::string& name : passed) {
    scope->symbol_index.emplace(name, scope->symbols.size());
    scope->symbols.push_back({name, Symbol{0, SymbolScope::Free}});
  }
  free.insert(new_free.begin(), new_free.end());
}

void SymtableBuilder::finish_scope(Scope* scope) {
  for (const auto& [name, symbol] : scope->symbols) {
    if (symbol.scope == SymbolScope::Cell) scope->cellvars.push_back(name);
    if (symbol.scope == SymbolScope::Free || (symbol.flags & sym::kDefFreeClass)) {
      scope->freevars.push_back(name);
    }
  }
  std::sort(scope->cellvars.begin(), scope->cellvars.end());
  std::sort(scope->freevars.begin(), scope->freevars.end());
  if (scope->needs_class_closure) scope->cellvars = {"__class__"};
}

SymbolTable build_symtable(const ast::ModNode* mod, const std::string& filename,
                           const FutureFlags& future) {
  SymbolTable table;
  SymtableBuilder builder(table, filename, future);
  builder.build(mod);
  return table;
}

// ---------------------------------------------------------------------------
// The parity dump

namespace {

const char* scope_name(SymbolScope scope) {
  switch (scope) {
    case SymbolScope::Local:
      return "LOCAL";
    case SymbolScope::GlobalExplicit:
      return "GLOBAL_EXPLICIT";
    case SymbolScope::GlobalImplicit:
      return "GLOBAL_IMPLICIT";
    case SymbolScope::Free:
      return "FREE";
    case SymbolScope::Cell:
      return "CELL";
    default:
      return "NONE";
  }
}

void dump_scope(const Scope* scope, int depth, std::string& out) {
  std::string indent(2 * depth, ' ');
  const char* type = scope->type == BlockType::Function ? "function"
                     : scope->type == BlockType::Class  ? "class"
                                                        : "module";
  out += indent + "scope " + type + " " + scope->name + " line=" + std::to_string(scope->lineno) +
         " nested=" + (scope->nested ? "1" : "0") +
         " optimized=" + (scope->type == BlockType::Function ? "1" : "0") +
         " children=" + std::to_string(scope->children.size()) + "\n";
  if (scope->type == BlockType::Function) {
    out += indent + "  params=";
    for (size_t i = 0; i < scope->varnames.size(); ++i) {
      if (i) out += ",";
      out += scope->varnames[i];
    }
    out += "\n";
  }
  std::vector<const std::pair<std::string, Symbol>*> symbols;
  for (const auto& entry : scope->symbols) symbols.push_back(&entry);
  std::sort(symbols.begin(), symbols.end(), [](auto* a, auto* b) { return a->first < b->first; });
  static const std::pair<uint32_t, const char*> kFlagNames[] = {
      {sym::kDefGlobal, "DEF_GLOBAL"},
      {sym::kDefLocal, "DEF_LOCAL"},
      {sym::kDefParam, "DEF_PARAM"},
      {sym::kDefNonlocal, "DEF_NONLOCAL"},
      {sym::kUse, "USE"},
      {sym::kDefFree, "DEF_FREE"},
      {sym::kDefFreeClass, "DEF_FREE_CLASS"},
      {sym::kDefImport, "DEF_IMPORT"},
      {sym::kDefAnnot, "DEF_ANNOT"},
      {sym::kDefCompIter, "DEF_COMP_ITER"}};
  bool module_scope = scope->name == "top";  // as symtable.py decides it
  for (const auto* entry : symbols) {
    const std::string& name = entry->first;
    uint32_t flags = entry->second.flags;
    SymbolScope resolved = entry->second.scope;
    std::string flag_text;
    for (const auto& [bit, text] : kFlagNames) {
      if (flags & bit) {
        if (!flag_text.empty()) flag_text += "|";
        flag_text += text;
      }
    }
    if (flag_text.empty()) flag_text = "-";
    bool bound = flags & sym::kDefBound;
    bool is_namespace = false;
    for (const Scope* child : scope->children) is_namespace = is_namespace || child->name == name;
    std::pair<bool, const char*> predicates[] = {
        {bool(flags & sym::kUse), "referenced"},
        {bool(flags & sym::kDefImport), "imported"},
        {bool(flags & sym::kDefParam), "parameter"},
        {resolved == SymbolScope::GlobalImplicit || resolved == SymbolScope::GlobalExplicit ||
             (module_scope && bound),
         "global"},
        {resolved == SymbolScope::GlobalExplicit, "declared_global"},
        {resolved == SymbolScope::Local || resolved == SymbolScope::Cell || (module_scope && bound),
         "local"},
        {resolved == SymbolScope::Free, "free"},
        {bool(flags & sym::kDefLocal), "assigned"},
        {bool(flags & sym::kDefAnnot), "annotated"},
        {bool(flags & sym::kDefNonlocal), "nonlocal"},
        {is_namespace, "namespace"}};
    out += indent + "  sym " + name + " " + scope_name(resolved) + " " + flag_text;
    for (const auto& [holds, text] : predicates) {
      if (holds) out += std::string(" ") + text;
    }
    out += "\n";
  }
  for (const Scope* child : scope->children) dump_scope(child, depth + 1, out);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ",";
    out += items[i];
  }
  return out;
}

// The name CPython's compiler gives the code object of `scope`.
std::string code_name(const Scope* scope) {
  if (scope->type == BlockType::Module) return "<module>";
  if (ast::as<ast::Lambda>(scope->node) || scope->comprehension != ComprehensionType::None) {
    return "<" + scope->name + ">";
  }
  return scope->name;
}

void dump_code(const Scope* scope, std::string& out) {
  std::vector<std::string> flags;
  if (scope->type == BlockType::Function) {
    if (scope->nested) flags.push_back("NESTED");
    if (scope->is_generator && !scope->is_coroutine) flags.push_back("GENERATOR");
    if (!scope->is_generator && scope->is_coroutine) flags.push_back("COROUTINE");
    if (scope->is_generator && scope->is_coroutine) flags.push_back("ASYNC_GENERATOR");
    if (scope->has_varargs) flags.push_back("VARARGS");
    if (scope->has_varkeywords) flags.push_back("VARKEYWORDS");
  }
  out += "code " + code_name(scope) + " " + std::to_string(scope->first_lineno()) +
         " flags=" + (flags.empty() ? std::string("-") : join(flags)) +
         " params=" + join(scope->varnames) + " cellvars=" + join(scope->co_cellvars()) +
         " freevars=" + join(scope->freevars) + "\n";
  for (const Scope* child : scope->children) dump_code(child, out);
}

}  // namespace

std::string dump_code_info(const SymbolTable& table) {
  std::string out;
  if (table.top()) dump_code(table.top(), out);
  return out;
}

std::string dump_symtable(const SymbolTable& table) {
  std::string out;
  if (table.top()) dump_scope(table.top(), 0, out);
  return out;
}

}  // namespace krait
