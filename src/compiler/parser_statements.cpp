// Grammar rules for the start symbols, simple and compound statements,
// function parameters and the match statement's frame (CPython 3.11's
// python.gram from STARTING RULES to the end of COMPOUND STATEMENTS).
#include "compiler/parser_internal.h"

namespace krait::parser_detail {

#define GUARD() DepthGuard depth_guard_(*this)

// ---- start rules ----

// file: [statements] ENDMARKER
ModNode* Parser::file_rule() {
  ScratchScope body(*this);
  statements(body);
  if (!at(TokenType::ENDMARKER)) return nullptr;
  Module* m = make<Module>(arena_);
  m->body = body.seq<StmtNode*>(arena_);
  m->type_ignores = make_seq<TypeIgnoreNode*>(arena_, type_ignores_);
  return m;
}

// interactive: statement_newline
ModNode* Parser::interactive_rule() {
  ScratchScope body(*this);
  if (!statement_newline(body)) return nullptr;
  Interactive* m = make<Interactive>(arena_);
  m->body = body.seq<StmtNode*>(arena_);
  return m;
}

// eval: expressions NEWLINE* ENDMARKER
ModNode* Parser::eval_rule() {
  ExprNode* e = expressions();
  if (!e) return nullptr;
  while (accept(TokenType::NEWLINE)) {
  }
  if (!at(TokenType::ENDMARKER)) return nullptr;
  Expression* m = make<Expression>(arena_);
  m->body = e;
  return m;
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
ModNode* Parser::func_type_rule() {
  if (!accept(TokenType::LPAR)) return nullptr;
  Seq<ExprNode*> argtypes;
  int inner = mark_;
  if (!type_expressions(argtypes)) mark_ = inner;
  if (!accept(TokenType::RPAR) || !accept(TokenType::RARROW)) return nullptr;
  ExprNode* returns = expression();
  if (!returns) return nullptr;
  while (accept(TokenType::NEWLINE)) {
  }
  if (!at(TokenType::ENDMARKER)) return nullptr;
  FunctionType* m = make<FunctionType>(arena_);
  m->argtypes = argtypes;
  m->returns = returns;
  return m;
}

// fstring: star_expressions
ExprNode* Parser::fstring_rule() { return star_expressions(); }

// ---- statements ----

// statements: statement+
bool Parser::statements(ScratchScope& out) {
  GUARD();
  size_t before = out.size();
  while (statement(out)) {
  }
  return out.size() > before;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(ScratchScope& out) {
  GUARD();
  int start = mark_;
  if (StmtNode* s = compound_stmt()) {
    out.push(s);
    return true;
  }
  mark_ = start;
  if (simple_stmts(out)) return true;
  mark_ = start;
  return false;
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
bool Parser::statement_newline(ScratchScope& out) {
  GUARD();
  int start = mark_;
  if (StmtNode* s = compound_stmt()) {
    if (accept(TokenType::NEWLINE)) {
      out.push(s);
      return true;
    }
  }
  mark_ = start;
  if (simple_stmts(out)) return true;
  mark_ = start;
  if (accept(TokenType::NEWLINE)) {
    out.push(node<Pass>(start));
    return true;
  }
  return false;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(ScratchScope& out) {
  GUARD();
  int start = mark_;
  size_t base = out.size();
  StmtNode* first = simple_stmt();
  if (!first) return false;
  out.push(first);
  if (!at(TokenType::SEMI) && accept(TokenType::NEWLINE)) return true;
  while (true) {
    int before = mark_;
    if (!accept(TokenType::SEMI)) break;
    StmtNode* s = simple_stmt();
    if (!s) {
      mark_ = before;
      break;
    }
    out.push(s);
  }
  accept(TokenType::SEMI);
  if (accept(TokenType::NEWLINE)) return true;
  scratch_.resize(out.base + base);
  mark_ = start;
  return false;
}

// simple_stmt (memo)
StmtNode* Parser::simple_stmt() {
  GUARD();
  int start = mark_;
  StmtNode* s;
  if (memo_lookup(MemoRule::SimpleStmt, s)) return s;
  s = simple_stmt_raw();
  if (!s) mark_ = start;
  memo_store(start, MemoRule::SimpleStmt, s);
  return s;
}

StmtNode* Parser::simple_stmt_raw() {
  int start = mark_;
  if (StmtNode* s = assignment()) return s;
  mark_ = start;
  if (ExprNode* e = star_expressions()) {
    Expr* s = node<Expr>(start);
    s->value = e;
    return s;
  }
  mark_ = start;
  const Token& t = cur();
  if (t.type != TokenType::NAME) return nullptr;
  switch (t.keyword) {
    case Keyword::return_: return return_stmt();
    case Keyword::import_:
    case Keyword::from_: return import_stmt();
    case Keyword::raise_: return raise_stmt();
    case Keyword::pass_: ++mark_; return node<Pass>(start);
    case Keyword::del_: return del_stmt();
    case Keyword::yield_: {
      ExprNode* y = yield_expr();
      if (!y) return nullptr;
      Expr* s = node<Expr>(start);
      s->value = y;
      return s;
    }
    case Keyword::assert_: return assert_stmt();
    case Keyword::break_: ++mark_; return node<Break>(start);
    case Keyword::continue_: ++mark_; return node<Continue>(start);
    case Keyword::global_: return global_stmt(false);
    case Keyword::nonlocal_: return global_stmt(true);
    default: return nullptr;
  }
}

// compound_stmt:
//   | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//   | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//   | &'while' while_stmt | match_stmt
StmtNode* Parser::compound_stmt() {
  GUARD();
  int start = mark_;
  const Token& t = cur();
  bool is_async = at_async();
  bool is_at = t.type == TokenType::AT;
  Keyword k = t.type == TokenType::NAME ? t.keyword : Keyword::NotKeyword;
  StmtNode* s = nullptr;
  if (k == Keyword::def_ || is_at || is_async) {
    if ((s = function_def())) return s;
    mark_ = start;
  }
  if (k == Keyword::if_) {
    if ((s = if_stmt(false))) return s;
    mark_ = start;
  }
  if (k == Keyword::class_ || is_at) {
    if ((s = class_def())) return s;
    mark_ = start;
  }
  if (k == Keyword::with_ || is_async) {
    if ((s = with_stmt())) return s;
    mark_ = start;
  }
  if (k == Keyword::for_ || is_async) {
    if ((s = for_stmt())) return s;
    mark_ = start;
  }
  if (k == Keyword::try_) {
    if ((s = try_stmt())) return s;
    mark_ = start;
  }
  if (k == Keyword::while_) {
    if ((s = while_stmt())) return s;
    mark_ = start;
  }
  if (k == Keyword::match_) {
    if ((s = match_stmt())) return s;
    mark_ = start;
  }
  return nullptr;
}

// assignment:
//   | NAME ':' expression ['=' annotated_rhs]
//   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//   | single_target augassign ~ (yield_expr | star_expressions)
//   | invalid_assignment
StmtNode* Parser::assignment() {
  GUARD();
  int start = mark_;
  // Alternative 1.
  if (at_name() && tok(mark_ + 1).type == TokenType::COLON) {
    mark_ += 2;
    if (ExprNode* annotation = expression()) {
      ExprNode* value = nullptr;
      int before = mark_;
      if (accept(TokenType::EQUAL)) {
        value = annotated_rhs();
        if (!value) mark_ = before;
      }
      AnnAssign* a = node<AnnAssign>(start);
      a->target = name_from_token(start, ExprContext::Store);
      a->annotation = annotation;
      a->value = value;
      a->simple = 1;
      return a;
    }
    mark_ = start;
  }
  // Alternative 2.
  {
    ExprNode* target = nullptr;
    if (accept(TokenType::LPAR)) {
      if ((target = single_target())) {
        if (!accept(TokenType::RPAR)) target = nullptr;
      }
    }
    if (!target) {
      mark_ = start;
      target = single_subscript_attribute_target();
    }
    if (target && accept(TokenType::COLON)) {
      if (ExprNode* annotation = expression()) {
        ExprNode* value = nullptr;
        int before = mark_;
        if (accept(TokenType::EQUAL)) {
          value = annotated_rhs();
          if (!value) mark_ = before;
        }
        AnnAssign* a = node<AnnAssign>(start);
        a->target = target;
        a->annotation = annotation;
        a->value = value;
        a->simple = 0;
        return a;
      }
    }
    mark_ = start;
  }
  // Alternative 3.
  {
    ScratchScope targets(*this);
    while (true) {
      int before = mark_;
      ExprNode* t = star_targets();
      if (!t || !accept(TokenType::EQUAL)) {
        mark_ = before;
        break;
      }
      targets.push(t);
    }
    if (targets.size() > 0) {
      ExprNode* value = yield_expr();
      if (!value) value = star_expressions();
      if (value && !at(TokenType::EQUAL)) {
        Assign* a = node<Assign>(start);
        a->targets = targets.seq<ExprNode*>(arena_);
        a->value = value;
        if (at(TokenType::TYPE_COMMENT)) {
          a->type_comment = Str(arena_.copy(cur().text));
          ++mark_;
          // The type comment is part of the statement's extent.
          locate(a, start);
        }
        return a;
      }
    }
    mark_ = start;
  }
  // Alternative 4.
  if (ExprNode* target = single_target()) {
    Operator op;
    if (augassign(op)) {
      ExprNode* value = annotated_rhs();
      if (!value) {
        mark_ = start;
        return nullptr;  // the cut: no further alternatives
      }
      AugAssign* a = node<AugAssign>(start);
      a->target = target;
      a->op = op;
      a->value = value;
      return a;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_assignment();
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
ExprNode* Parser::annotated_rhs() {
  GUARD();
  if (ExprNode* y = yield_expr()) return y;
  return star_expressions();
}

bool Parser::augassign(Operator& op) {
  switch (cur_type()) {
    case TokenType::PLUSEQUAL: op = Operator::Add; break;
    case TokenType::MINEQUAL: op = Operator::Sub; break;
    case TokenType::STAREQUAL: op = Operator::Mult; break;
    case TokenType::ATEQUAL: op = Operator::MatMult; break;
    case TokenType::SLASHEQUAL: op = Operator::Div; break;
    case TokenType::PERCENTEQUAL: op = Operator::Mod; break;
    case TokenType::AMPEREQUAL: op = Operator::BitAnd; break;
    case TokenType::VBAREQUAL: op = Operator::BitOr; break;
    case TokenType::CIRCUMFLEXEQUAL: op = Operator::BitXor; break;
    case TokenType::LEFTSHIFTEQUAL: op = Operator::LShift; break;
    case TokenType::RIGHTSHIFTEQUAL: op = Operator::RShift; break;
    case TokenType::DOUBLESTAREQUAL: op = Operator::Pow; break;
    case TokenType::DOUBLESLASHEQUAL: op = Operator::FloorDiv; break;
    default: return false;
  }
  ++mark_;
  return true;
}

// return_stmt: 'return' [star_expressions]
StmtNode* Parser::return_stmt() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::return_)) return nullptr;
  ExprNode* value = star_expressions();
  Return* r = node<Return>(start);
  r->value = value;
  return r;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
StmtNode* Parser::raise_stmt() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::raise_)) return nullptr;
  Raise* r;
  if (ExprNode* exc = expression()) {
    ExprNode* cause = nullptr;
    int before = mark_;
    if (accept_keyword(Keyword::from_)) {
      cause = expression();
      if (!cause) mark_ = before;
    }
    r = node<Raise>(start);
    r->exc = exc;
    r->cause = cause;
    return r;
  }
  mark_ = start + 1;
  return node<Raise>(start);
}

// global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
StmtNode* Parser::global_stmt(bool nonlocal) {
  GUARD();
  int start = mark_;
  ++mark_;
  std::vector<Str> names;
  while (true) {
    int before = mark_;
    if (!names.empty() && !accept(TokenType::COMMA)) break;
    if (!at_name()) {
      mark_ = before;
      break;
    }
    names.push_back(identifier(cur()));
    ++mark_;
  }
  if (names.empty()) {
    mark_ = start;
    return nullptr;
  }
  if (nonlocal) {
    Nonlocal* n = node<Nonlocal>(start);
    n->names = make_seq<Str>(arena_, names);
    return n;
  }
  Global* g = node<Global>(start);
  g->names = make_seq<Str>(arena_, names);
  return g;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
StmtNode* Parser::del_stmt() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::del_)) return nullptr;
  Seq<ExprNode*> targets;
  if (del_targets(targets) && (at(TokenType::SEMI) || at(TokenType::NEWLINE))) {
    Delete* d = node<Delete>(start);
    d->targets = targets;
    return d;
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_del_stmt();
  return nullptr;
}

// assert_stmt: 'assert' expression [',' expression]
StmtNode* Parser::assert_stmt() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::assert_)) return nullptr;
  ExprNode* test = expression();
  if (!test) {
    mark_ = start;
    return nullptr;
  }
  ExprNode* msg = nullptr;
  int before = mark_;
  if (accept(TokenType::COMMA)) {
    msg = expression();
    if (!msg) mark_ = before;
  }
  Assert* a = node<Assert>(start);
  a->test = test;
  a->msg = msg;
  return a;
}

// import_stmt: import_name | import_from
StmtNode* Parser::import_stmt() {
  GUARD();
  if (StmtNode* s = import_name()) return s;
  return import_from();
}

// import_name: 'import' dotted_as_names
StmtNode* Parser::import_name() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::import_)) return nullptr;
  Seq<Alias*> names;
  if (!dotted_as_names(names)) {
    mark_ = start;
    return nullptr;
  }
  Import* i = node<Import>(start);
  i->names = names;
  return i;
}

// import_from:
//   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//   | 'from' ('.' | '...')+ 'import' import_from_targets
StmtNode* Parser::import_from() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::from_)) return nullptr;
  int level = 0;
  while (true) {
    if (accept(TokenType::DOT)) {
      level += 1;
    } else if (accept(TokenType::ELLIPSIS)) {
      level += 3;
    } else {
      break;
    }
  }
  int after_dots = mark_;
  std::string module;
  Seq<Alias*> names;
  if (dotted_name(module) && accept_keyword(Keyword::import_) && import_from_targets(names)) {
    ImportFrom* i = node<ImportFrom>(start);
    i->module = Str(arena_.copy(module));
    i->names = names;
    i->level = level;
    return i;
  }
  mark_ = after_dots;
  if (level > 0 && accept_keyword(Keyword::import_) && import_from_targets(names)) {
    ImportFrom* i = node<ImportFrom>(start);
    i->names = names;
    i->level = level;
    return i;
  }
  mark_ = start;
  return nullptr;
}

// import_from_targets:
//   | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//   | invalid_import_from_targets
bool Parser::import_from_targets(Seq<Alias*>& out) {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LPAR)) {
    if (import_from_as_names(out)) {
      accept(TokenType::COMMA);
      if (accept(TokenType::RPAR)) return true;
    }
    mark_ = start;
  }
  if (import_from_as_names(out) && !at(TokenType::COMMA)) return true;
  mark_ = start;
  if (accept(TokenType::STAR)) {
    Alias* a = node<Alias>(start);
    a->name = Str("*");
    out = single_seq<Alias*>(a);
    return true;
  }
  if (call_invalid_rules_) invalid_import_from_targets();
  return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::import_from_as_names(Seq<Alias*>& out) {
  GUARD();
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (items.size() > 0 && !accept(TokenType::COMMA)) break;
    Alias* a = import_from_as_name();
    if (!a) {
      mark_ = before;
      break;
    }
    items.push(a);
  }
  if (items.size() == 0) return false;
  out = items.seq<Alias*>(arena_);
  return true;
}

// import_from_as_name: NAME ['as' NAME]
Alias* Parser::import_from_as_name() {
  GUARD();
  int start = mark_;
  if (!at_name()) return nullptr;
  ++mark_;
  Str asname;
  int before = mark_;
  if (accept_keyword(Keyword::as_)) {
    if (at_name()) {
      asname = identifier(cur());
      ++mark_;
    } else {
      mark_ = before;
    }
  }
  Alias* a = node<Alias>(start);
  a->name = identifier(tokens_[start]);
  a->asname = asname;
  return a;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dotted_as_names(Seq<Alias*>& out) {
  GUARD();
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (items.size() > 0 && !accept(TokenType::COMMA)) break;
    Alias* a = dotted_as_name();
    if (!a) {
      mark_ = before;
      break;
    }
    items.push(a);
  }
  if (items.size() == 0) return false;
  out = items.seq<Alias*>(arena_);
  return true;
}

// dotted_as_name: dotted_name ['as' NAME]
Alias* Parser::dotted_as_name() {
  GUARD();
  int start = mark_;
  std::string name;
  if (!dotted_name(name)) return nullptr;
  Str asname;
  int before = mark_;
  if (accept_keyword(Keyword::as_)) {
    if (at_name()) {
      asname = identifier(cur());
      ++mark_;
    } else {
      mark_ = before;
    }
  }
  Alias* a = node<Alias>(start);
  a->name = Str(arena_.copy(name));
  a->asname = asname;
  return a;
}

// dotted_name: dotted_name '.' NAME | NAME
bool Parser::dotted_name(std::string& out) {
  GUARD();
  if (!at_name()) return false;
  out = identifier(cur()).view();
  ++mark_;
  while (at(TokenType::DOT) && is_name_token(tok(mark_ + 1))) {
    out += '.';
    out += identifier(tokens_[mark_ + 1]).view();
    mark_ += 2;
  }
  return true;
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
Seq<StmtNode*>* Parser::block() {
  GUARD();
  int start = mark_;
  Seq<StmtNode*>* b;
  if (memo_lookup(MemoRule::Block, b)) return b;
  b = block_raw();
  if (!b) mark_ = start;
  memo_store(start, MemoRule::Block, b);
  return b;
}

Seq<StmtNode*>* Parser::block_raw() {
  int start = mark_;
  if (accept(TokenType::NEWLINE) && accept(TokenType::INDENT)) {
    ScratchScope body(*this);
    if (statements(body) && accept(TokenType::DEDENT)) {
      auto* seq = scratch_arena_.make<Seq<StmtNode*>>();
      *seq = body.seq<StmtNode*>(arena_);
      return seq;
    }
  }
  mark_ = start;
  {
    ScratchScope body(*this);
    if (simple_stmts(body)) {
      auto* seq = scratch_arena_.make<Seq<StmtNode*>>();
      *seq = body.seq<StmtNode*>(arena_);
      return seq;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_block();
  return nullptr;
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(Seq<ExprNode*>& out) {
  GUARD();
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::AT)) break;
    ExprNode* e = named_expression();
    if (!e || !accept(TokenType::NEWLINE)) {
      mark_ = before;
      break;
    }
    items.push(e);
  }
  if (items.size() == 0) return false;
  out = items.seq<ExprNode*>(arena_);
  return true;
}

// class_def: decorators class_def_raw | class_def_raw
StmtNode* Parser::class_def() {
  GUARD();
  int start = mark_;
  Seq<ExprNode*> decos;
  if (decorators(decos)) {
    if (StmtNode* s = class_def_raw()) {
      static_cast<ClassDef*>(s)->decorator_list = decos;
      return s;
    }
    mark_ = start;
    return nullptr;
  }
  return class_def_raw();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
StmtNode* Parser::class_def_raw() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_class_def_raw();
  if (!accept_keyword(Keyword::class_) || !at_name()) {
    mark_ = start;
    return nullptr;
  }
  int name = mark_++;
  Call* bases = nullptr;
  int before = mark_;
  if (accept(TokenType::LPAR)) {
    bases = arguments();
    if (!accept(TokenType::RPAR)) {
      bases = nullptr;
      mark_ = before;
    }
  }
  if (accept(TokenType::COLON)) {
    if (Seq<StmtNode*>* body = block()) {
      ClassDef* c = node<ClassDef>(start);
      c->name = identifier(tokens_[name]);
      if (bases) {
        c->bases = bases->args;
        c->keywords = bases->keywords;
      }
      c->body = *body;
      return c;
    }
  }
  mark_ = start;
  return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
StmtNode* Parser::function_def() {
  GUARD();
  int start = mark_;
  Seq<ExprNode*> decos;
  if (decorators(decos)) {
    if (StmtNode* s = function_def_raw()) {
      if (auto* f = as<FunctionDef>(s)) {
        f->decorator_list = decos;
      } else {
        static_cast<AsyncFunctionDef*>(s)->decorator_list = decos;
      }
      return s;
    }
    mark_ = start;
    return nullptr;
  }
  return function_def_raw();
}

// function_def_raw:
//   | invalid_def_raw
//   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//   | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
StmtNode* Parser::function_def_raw() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_def_raw();
  bool is_async = false;
  if (at_async()) {
    is_async = true;
    ++mark_;
  }
  if (!accept_keyword(Keyword::def_) || !at_name()) {
    mark_ = start;
    return nullptr;
  }
  int name = mark_++;
  expect_forced(TokenType::LPAR, "(");
  int params_start = mark_;
  Arguments* args = params();
  if (!args) mark_ = params_start;
  if (!accept(TokenType::RPAR)) {
    mark_ = start;
    return nullptr;
  }
  ExprNode* returns = nullptr;
  int before = mark_;
  if (accept(TokenType::RARROW)) {
    returns = expression();
    if (!returns) mark_ = before;
  }
  expect_forced(TokenType::COLON, ":");
  Str type_comment;
  if (at(TokenType::NEWLINE) && tok(mark_ + 1).type == TokenType::TYPE_COMMENT &&
      tok(mark_ + 2).type == TokenType::NEWLINE && tok(mark_ + 3).type == TokenType::INDENT) {
    type_comment = Str(arena_.copy(tok(mark_ + 1).text));
    mark_ += 2;
  } else if (at(TokenType::TYPE_COMMENT)) {
    type_comment = Str(arena_.copy(cur().text));
    ++mark_;
  }
  Seq<StmtNode*>* body = block();
  if (!body) {
    mark_ = start;
    return nullptr;
  }
  if (is_async) {
    AsyncFunctionDef* f = node<AsyncFunctionDef>(start);
    f->name = identifier(tokens_[name]);
    f->args = args ? args : empty_arguments();
    f->body = *body;
    f->returns = returns;
    f->type_comment = type_comment;
    return f;
  }
  FunctionDef* f = node<FunctionDef>(start);
  f->name = identifier(tokens_[name]);
  f->args = args ? args : empty_arguments();
  f->body = *body;
  f->returns = returns;
  f->type_comment = type_comment;
  return f;
}

// params: invalid_parameters | parameters
Arguments* Parser::params() {
  GUARD();
  if (call_invalid_rules_) invalid_parameters();
  return parameters(false);
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
Arguments* Parser::lambda_params() {
  GUARD();
  if (call_invalid_rules_) invalid_lambda_parameters();
  return parameters(true);
}

// parameters / lambda_parameters (the same shape; `lambda` picks the
// lambda_* variants: no annotations, and ':' instead of ')' as the closer):
//   | slash_no_default param_no_default* param_with_default* [star_etc]
//   | slash_with_default param_with_default* [star_etc]
//   | param_no_default+ param_with_default* [star_etc]
//   | param_with_default+ [star_etc]
//   | star_etc
Arguments* Parser::parameters(bool lambda) {
  GUARD();
  int start = mark_;
  auto no_defaults = [&](Seq<Arg*>& out) {
    ScratchScope items(*this);
    while (Arg* a = param_no_default(lambda)) items.push(a);
    out = items.seq<Arg*>(arena_);
    return items.size() > 0;
  };
  auto with_defaults = [&](Seq<NameDefault*>& out) {
    ScratchScope items(*this);
    while (NameDefault* a = param_with_default(lambda)) items.push(a);
    out = items.seq<NameDefault*>(arena_);
    return items.size() > 0;
  };
  auto optional_star_etc = [&]() {
    int before = mark_;
    StarEtc* s = star_etc(lambda);
    if (!s) mark_ = before;
    return s;
  };
  {
    Seq<Arg*> slash;
    if (slash_no_default(slash, lambda)) {
      Seq<Arg*> plain;
      Seq<NameDefault*> defaults;
      no_defaults(plain);
      with_defaults(defaults);
      StarEtc* s = optional_star_etc();
      return make_arguments(&slash, nullptr, &plain, &defaults, s);
    }
    mark_ = start;
  }
  if (SlashWithDefault* slash = slash_with_default(lambda)) {
    Seq<NameDefault*> defaults;
    with_defaults(defaults);
    StarEtc* s = optional_star_etc();
    return make_arguments(nullptr, slash, nullptr, &defaults, s);
  }
  mark_ = start;
  {
    Seq<Arg*> plain;
    if (no_defaults(plain)) {
      Seq<NameDefault*> defaults;
      with_defaults(defaults);
      StarEtc* s = optional_star_etc();
      return make_arguments(nullptr, nullptr, &plain, &defaults, s);
    }
    mark_ = start;
  }
  {
    Seq<NameDefault*> defaults;
    if (with_defaults(defaults)) {
      StarEtc* s = optional_star_etc();
      return make_arguments(nullptr, nullptr, nullptr, &defaults, s);
    }
    mark_ = start;
  }
  if (StarEtc* s = star_etc(lambda)) return make_arguments(nullptr, nullptr, nullptr, nullptr, s);
  mark_ = start;
  return nullptr;
}

// The closer after a last parameter without a comma: ')' or, for a lambda, ':'.
static TokenType closer(bool lambda) { return lambda ? TokenType::COLON : TokenType::RPAR; }

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
bool Parser::slash_no_default(Seq<Arg*>& out, bool lambda) {
  GUARD();
  int start = mark_;
  ScratchScope items(*this);
  while (Arg* a = param_no_default(lambda)) items.push(a);
  if (items.size() > 0 && accept(TokenType::SLASH)) {
    if (accept(TokenType::COMMA) || at(closer(lambda))) {
      out = items.seq<Arg*>(arena_);
      return true;
    }
  }
  mark_ = start;
  return false;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
SlashWithDefault* Parser::slash_with_default(bool lambda) {
  GUARD();
  int start = mark_;
  ScratchScope plain(*this);
  while (Arg* a = param_no_default(lambda)) plain.push(a);
  Seq<Arg*> plain_seq = plain.seq<Arg*>(arena_);
  ScratchScope defaults(*this);
  while (NameDefault* a = param_with_default(lambda)) defaults.push(a);
  if (defaults.size() > 0 && accept(TokenType::SLASH)) {
    if (accept(TokenType::COMMA) || at(closer(lambda))) {
      SlashWithDefault* s = scratch_arena_.make<SlashWithDefault>();
      s->plain_names = plain_seq;
      s->names_with_defaults = defaults.seq<NameDefault*>(arena_);
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// star_etc:
//   | invalid_star_etc
//   | '*' param_no_default param_maybe_default* [kwds]
//   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//   | '*' ',' param_maybe_default+ [kwds]
//   | kwds
StarEtc* Parser::star_etc(bool lambda) {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) {
    if (lambda) {
      invalid_lambda_star_etc();
    } else {
      invalid_star_etc();
    }
  }
  auto rest = [&](Arg* vararg, bool need_one) -> StarEtc* {
    ScratchScope items(*this);
    while (NameDefault* a = param_maybe_default(lambda)) items.push(a);
    if (need_one && items.size() == 0) return nullptr;
    int before = mark_;
    Arg* kwarg = kwds(lambda);
    if (!kwarg) mark_ = before;
    StarEtc* s = scratch_arena_.make<StarEtc>();
    s->vararg = vararg;
    s->kwonlyargs = items.seq<NameDefault*>(arena_);
    s->kwarg = kwarg;
    return s;
  };
  if (accept(TokenType::STAR)) {
    int after_star = mark_;
    if (Arg* a = param_no_default(lambda)) {
      if (StarEtc* s = rest(a, false)) return s;
    }
    mark_ = after_star;
    if (!lambda) {
      if (Arg* a = param_no_default_star_annotation()) {
        if (StarEtc* s = rest(a, false)) return s;
      }
      mark_ = after_star;
    }
    if (accept(TokenType::COMMA)) {
      if (StarEtc* s = rest(nullptr, true)) return s;
    }
    mark_ = start;
  }
  if (Arg* kwarg = kwds(lambda)) {
    StarEtc* s = scratch_arena_.make<StarEtc>();
    s->vararg = nullptr;
    s->kwarg = kwarg;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
Arg* Parser::kwds(bool lambda) {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) {
    if (lambda) {
      invalid_lambda_kwds();
    } else {
      invalid_kwds();
    }
  }
  if (accept(TokenType::DOUBLESTAR)) {
    if (Arg* a = param_no_default(lambda)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
Arg* Parser::param_no_default(bool lambda) {
  GUARD();
  int start = mark_;
  Arg* a = param(lambda);
  if (!a) return nullptr;
  if (accept(TokenType::COMMA)) {
    if (!lambda && at(TokenType::TYPE_COMMENT)) {
      a->type_comment = Str(arena_.copy(cur().text));
      ++mark_;
    }
    return a;
  }
  if (!lambda && at(TokenType::TYPE_COMMENT)) {
    int tc = mark_++;
    if (at(TokenType::RPAR)) {
      a->type_comment = Str(arena_.copy(tokens_[tc].text));
      return a;
    }
    mark_ = tc;
  }
  if (at(closer(lambda))) return a;
  mark_ = start;
  return nullptr;
}

// param_no_default_star_annotation: param_star_annotation (',' | &')')
Arg* Parser::param_no_default_star_annotation() {
  GUARD();
  int start = mark_;
  if (!at_name() || tok(mark_ + 1).type != TokenType::COLON) return nullptr;
  mark_ += 2;
  ExprNode* annotation = star_expression();
  if (annotation) {
    Arg* a = node<Arg>(start);
    a->arg = identifier(tokens_[start]);
    a->annotation = annotation;
    if (accept(TokenType::COMMA) || at(TokenType::RPAR)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_with_default: param default (',' | &')')
NameDefault* Parser::param_with_default(bool lambda) {
  GUARD();
  int start = mark_;
  Arg* a = param(lambda);
  if (!a) return nullptr;
  ExprNode* value = default_value();
  if (value) {
    bool ok = accept(TokenType::COMMA);
    if (ok && !lambda && at(TokenType::TYPE_COMMENT)) {
      a->type_comment = Str(arena_.copy(cur().text));
      ++mark_;
    }
    if (ok || at(closer(lambda))) {
      NameDefault* nd = scratch_arena_.make<NameDefault>();
      nd->arg = a;
      nd->value = value;
      return nd;
    }
  }
  mark_ = start;
  return nullptr;
}

// param_maybe_default: param default? (',' | &')')
NameDefault* Parser::param_maybe_default(bool lambda) {
  GUARD();
  int start = mark_;
  Arg* a = param(lambda);
  if (!a) return nullptr;
  int before = mark_;
  ExprNode* value = default_value();
  if (!value) mark_ = before;
  bool ok = accept(TokenType::COMMA);
  if (ok && !lambda && at(TokenType::TYPE_COMMENT)) {
    a->type_comment = Str(arena_.copy(cur().text));
    ++mark_;
  }
  if (ok || at(closer(lambda))) {
    NameDefault* nd = scratch_arena_.make<NameDefault>();
    nd->arg = a;
    nd->value = value;
    return nd;
  }
  mark_ = start;
  return nullptr;
}

// param: NAME annotation?    lambda_param: NAME
Arg* Parser::param(bool lambda) {
  GUARD();
  int start = mark_;
  if (!at_name()) return nullptr;
  ++mark_;
  ExprNode* annotation = nullptr;
  if (!lambda && accept(TokenType::COLON)) {
    annotation = expression();
    if (!annotation) mark_ = start + 1;
  }
  Arg* a = node<Arg>(start);
  a->arg = identifier(tokens_[start]);
  a->annotation = annotation;
  return a;
}

// default: '=' expression | invalid_default
ExprNode* Parser::default_value() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::EQUAL)) {
    if (ExprNode* e = expression()) return e;
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_default();
  return nullptr;
}

// if_stmt / elif_stmt:
//   | invalid_if_stmt
//   | 'if' named_expression ':' block elif_stmt
//   | 'if' named_expression ':' block [else_block]
StmtNode* Parser::if_stmt(bool elif) {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) {
    if (elif) {
      invalid_elif_stmt();
    } else {
      invalid_if_stmt();
    }
  }
  if (!accept_keyword(elif ? Keyword::elif_ : Keyword::if_)) return nullptr;
  ExprNode* test = named_expression();
  if (!test || !accept(TokenType::COLON)) {
    mark_ = start;
    return nullptr;
  }
  Seq<StmtNode*>* body = block();
  if (!body) {
    mark_ = start;
    return nullptr;
  }
  int after_body = mark_;
  Seq<StmtNode*> orelse;
  if (at_keyword(Keyword::elif_)) {
    if (StmtNode* e = if_stmt(true)) {
      orelse = single_seq<StmtNode*>(e);
    } else {
      mark_ = after_body;
    }
  }
  if (orelse.empty()) {
    if (!else_block(orelse)) mark_ = after_body;
  }
  If* i = node<If>(start);
  i->test = test;
  i->body = *body;
  i->orelse = orelse;
  return i;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(Seq<StmtNode*>& out) {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_else_stmt();
  if (!accept_keyword(Keyword::else_)) return false;
  expect_forced(TokenType::COLON, ":");
  if (Seq<StmtNode*>* b = block()) {
    out = *b;
    return true;
  }
  mark_ = start;
  return false;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
StmtNode* Parser::while_stmt() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_while_stmt();
  if (!accept_keyword(Keyword::while_)) return nullptr;
  ExprNode* test = named_expression();
  if (test && accept(TokenType::COLON)) {
    if (Seq<StmtNode*>* body = block()) {
      int after_body = mark_;
      Seq<StmtNode*> orelse;
      if (!else_block(orelse)) mark_ = after_body;
      While* w = node<While>(start);
      w->test = test;
      w->body = *body;
      w->orelse = orelse;
      return w;
    }
  }
  mark_ = start;
  return nullptr;
}

// for_stmt:
//   | invalid_for_stmt
//   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | invalid_for_target
StmtNode* Parser::for_stmt() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_for_stmt();
  bool is_async = false;
  if (at_async()) {
    is_async = true;
    ++mark_;
  }
  if (accept_keyword(Keyword::for_)) {
    if (ExprNode* target = star_targets()) {
      if (accept_keyword(Keyword::in_)) {
        // Past the cut: no other alternative is tried.
        ExprNode* iter = star_expressions();
        if (!iter || !accept(TokenType::COLON)) {
          mark_ = start;
          return nullptr;
        }
        Str type_comment;
        if (at(TokenType::TYPE_COMMENT)) {
          type_comment = Str(arena_.copy(cur().text));
          ++mark_;
        }
        Seq<StmtNode*>* body = block();
        if (!body) {
          mark_ = start;
          return nullptr;
        }
        int after_body = mark_;
        Seq<StmtNode*> orelse;
        if (!else_block(orelse)) mark_ = after_body;
        if (is_async) {
          AsyncFor* f = node<AsyncFor>(start);
          f->target = target;
          f->iter = iter;
          f->body = *body;
          f->orelse = orelse;
          f->type_comment = type_comment;
          return f;
        }
        For* f = node<For>(start);
        f->target = target;
        f->iter = iter;
        f->body = *body;
        f->orelse = orelse;
        f->type_comment = type_comment;
        return f;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_for_target();
  return nullptr;
}

// with_stmt:
//   | invalid_with_stmt_indent
//   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//   | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | invalid_with_stmt
StmtNode* Parser::with_stmt() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_with_stmt_indent();
  bool is_async = false;
  if (at_async()) {
    is_async = true;
    ++mark_;
  }
  if (!accept_keyword(Keyword::with_)) {
    mark_ = start;
    return nullptr;
  }
  int after_with = mark_;
  auto items_list = [&](Seq<WithItem*>& out) {
    ScratchScope items(*this);
    while (true) {
      int before = mark_;
      if (items.size() > 0 && !accept(TokenType::COMMA)) break;
      WithItem* w = with_item();
      if (!w) {
        mark_ = before;
        break;
      }
      items.push(w);
    }
    out = items.seq<WithItem*>(arena_);
    return items.size() > 0;
  };
  auto finish = [&](Seq<WithItem*> items, Seq<StmtNode*> body, Str type_comment) -> StmtNode* {
    if (is_async) {
      AsyncWith* w = node<AsyncWith>(start);
      w->items = items;
      w->body = body;
      w->type_comment = type_comment;
      return w;
    }
    With* w = node<With>(start);
    w->items = items;
    w->body = body;
    w->type_comment = type_comment;
    return w;
  };
  if (accept(TokenType::LPAR)) {
    Seq<WithItem*> items;
    if (items_list(items)) {
      accept(TokenType::COMMA);
      if (accept(TokenType::RPAR) && accept(TokenType::COLON)) {
        if (Seq<StmtNode*>* body = block()) return finish(items, *body, Str());
      }
    }
  }
  mark_ = after_with;
  {
    Seq<WithItem*> items;
    if (items_list(items) && accept(TokenType::COLON)) {
      Str type_comment;
      if (at(TokenType::TYPE_COMMENT)) {
        type_comment = Str(arena_.copy(cur().text));
        ++mark_;
      }
      if (Seq<StmtNode*>* body = block()) return finish(items, *body, type_comment);
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_with_stmt();
  return nullptr;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
WithItem* Parser::with_item() {
  GUARD();
  int start = mark_;
  if (ExprNode* e = expression()) {
    if (accept_keyword(Keyword::as_)) {
      if (ExprNode* t = star_target()) {
        if (at(TokenType::COMMA) || at(TokenType::RPAR) || at(TokenType::COLON)) {
          WithItem* w = make<WithItem>(arena_);
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_with_item();
  if (ExprNode* e = expression()) {
    WithItem* w = make<WithItem>(arena_);
    w->context_expr = e;
    return w;
  }
  mark_ = start;
  return nullptr;
}

// try_stmt:
//   | invalid_try_stmt
//   | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
//   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
StmtNode* Parser::try_stmt() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_try_stmt();
  if (!accept_keyword(Keyword::try_)) return nullptr;
  expect_forced(TokenType::COLON, ":");
  Seq<StmtNode*>* body = block();
  if (!body) {
    mark_ = start;
    return nullptr;
  }
  int after_body = mark_;
  Seq<StmtNode*> finalbody;
  if (finally_block(finalbody)) {
    Try* t = node<Try>(start);
    t->body = *body;
    t->finalbody = finalbody;
    return t;
  }
  for (bool star : {false, true}) {
    mark_ = after_body;
    ScratchScope handlers(*this);
    while (ExceptHandlerNode* h = except_block(star)) handlers.push(h);
    if (handlers.size() == 0) continue;
    int before = mark_;
    Seq<StmtNode*> orelse;
    if (!else_block(orelse)) mark_ = before;
    before = mark_;
    Seq<StmtNode*> final_seq;
    if (!finally_block(final_seq)) mark_ = before;
    if (star) {
      TryStar* t = node<TryStar>(start);
      t->body = *body;
      t->handlers = handlers.seq<ExceptHandlerNode*>(arena_);
      t->orelse = orelse;
      t->finalbody = final_seq;
      return t;
    }
    Try* t = node<Try>(start);
    t->body = *body;
    t->handlers = handlers.seq<ExceptHandlerNode*>(arena_);
    t->orelse = orelse;
    t->finalbody = final_seq;
    return t;
  }
  mark_ = start;
  return nullptr;
}

// except_block:
//   | invalid_except_stmt_indent
//   | 'except' expression ['as' NAME] ':' block
//   | 'except' ':' block
//   | invalid_except_stmt
// except_star_block:
//   | invalid_except_star_stmt_indent
//   | 'except' '*' expression ['as' NAME] ':' block
//   | invalid_except_stmt
ExceptHandlerNode* Parser::except_block(bool star) {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) {
    if (star) {
      invalid_except_star_stmt_indent();
    } else {
      invalid_except_stmt_indent();
    }
  }
  if (!accept_keyword(Keyword::except_)) return nullptr;
  if (star && !accept(TokenType::STAR)) {
    mark_ = start;
    return nullptr;
  }
  int after_except = mark_;
  if (ExprNode* type = expression()) {
    Str name;
    int before = mark_;
    if (accept_keyword(Keyword::as_)) {
      if (at_name()) {
        name = identifier(cur());
        ++mark_;
      } else {
        mark_ = before;
      }
    }
    if (accept(TokenType::COLON)) {
      if (Seq<StmtNode*>* body = block()) {
        ExceptHandler* h = node<ExceptHandler>(start);
        h->type = type;
        h->name = name;
        h->body = *body;
        return h;
      }
    }
  }
  mark_ = after_except;
  if (!star && accept(TokenType::COLON)) {
    if (Seq<StmtNode*>* body = block()) {
      ExceptHandler* h = node<ExceptHandler>(start);
      h->body = *body;
      return h;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_except_stmt();
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
bool Parser::finally_block(Seq<StmtNode*>& out) {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_finally_stmt();
  if (!accept_keyword(Keyword::finally_)) return false;
  expect_forced(TokenType::COLON, ":");
  if (Seq<StmtNode*>* b = block()) {
    out = *b;
    return true;
  }
  mark_ = start;
  return false;
}

// match_stmt:
//   | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//   | invalid_match_stmt
StmtNode* Parser::match_stmt() {
  GUARD();
  int start = mark_;
  if (accept_keyword(Keyword::match_)) {
    if (ExprNode* subject = subject_expr()) {
      if (accept(TokenType::COLON) && accept(TokenType::NEWLINE) && accept(TokenType::INDENT)) {
        ScratchScope cases(*this);
        while (MatchCase* c = case_block()) cases.push(c);
        if (cases.size() > 0 && accept(TokenType::DEDENT)) {
          Match* m = node<Match>(start);
          m->subject = subject;
          m->cases = cases.seq<MatchCase*>(arena_);
          return m;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_match_stmt();
  return nullptr;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
ExprNode* Parser::subject_expr() {
  GUARD();
  int start = mark_;
  if (ExprNode* value = star_named_expression()) {
    if (accept(TokenType::COMMA)) {
      Seq<ExprNode*> rest;
      int before = mark_;
      if (!star_named_expressions(rest)) mark_ = before;
      Tuple* t = node<Tuple>(start);
      t->elts = prepend(value, rest);
      t->ctx = ExprContext::Load;
      return t;
    }
  }
  mark_ = start;
  return named_expression();
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
MatchCase* Parser::case_block() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_case_block();
  if (!accept_keyword(Keyword::case_)) return nullptr;
  if (PatternNode* p = patterns()) {
    ExprNode* guard = nullptr;
    int before = mark_;
    if (accept_keyword(Keyword::if_)) {
      guard = named_expression();
      if (!guard) mark_ = before;
    }
    if (accept(TokenType::COLON)) {
      if (Seq<StmtNode*>* body = block()) {
        MatchCase* c = make<MatchCase>(arena_);
        c->pattern = p;
        c->guard = guard;
        c->body = *body;
        return c;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace krait::parser_detail
