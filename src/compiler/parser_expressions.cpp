// Grammar rules for expressions, call arguments, comprehensions and assignment
// targets (the EXPRESSIONS to TARGETS sections of CPython 3.11's python.gram),
// in the grammar's order, one member function per rule.
#include "compiler/parser_internal.h"

namespace krait::parser_detail {

#define GUARD() DepthGuard depth_guard_(*this)
#define MEMO(rule, Type)                          \
  do {                                            \
    Type* memo_result_;                           \
    if (memo_lookup(rule, memo_result_)) return memo_result_; \
  } while (0)

ExprNode* Parser::name_expr() {
  if (!at_name()) return nullptr;
  return name_from_token(mark_++, ExprContext::Load);
}

ExprNode* Parser::number() {
  if (!at(TokenType::NUMBER)) return nullptr;
  int start = mark_++;
  Constant* c = node<Constant>(start);
  if (!parse_number_literal(tokens_[start].text, arena_, c->value)) {
    raise_token_range(tokens_[start], tokens_[start], "invalid number literal");
  }
  return c;
}

// expressions: expression (',' expression)+ [','] | expression ',' | expression
ExprNode* Parser::expressions() {
  GUARD();
  int start = mark_;
  ExprNode* a = expression();
  if (!a) return nullptr;
  if (!at(TokenType::COMMA)) return a;
  ScratchScope items(*this);
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = expression();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  accept(TokenType::COMMA);
  Tuple* t = node<Tuple>(start);
  t->elts = items.seq<ExprNode*>(arena_);
  t->ctx = ExprContext::Load;
  return t;
}

ExprNode* Parser::expression() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Expression, ExprNode);
  ExprNode* e = expression_raw();
  memo_store(start, MemoRule::Expression, e);
  return e;
}

// expression:
//   | invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprNode* Parser::expression_raw() {
  if (call_invalid_rules_) {
    invalid_expression();
    invalid_legacy_expression();
  }
  return expression_without_invalid();
}

ExprNode* Parser::expression_without_invalid() {
  int start = mark_;
  if (ExprNode* a = disjunction()) {
    if (accept_keyword(Keyword::if_)) {
      if (ExprNode* b = disjunction()) {
        if (accept_keyword(Keyword::else_)) {
          if (ExprNode* c = expression()) {
            IfExp* e = node<IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            return e;
          }
        }
      }
    }
    mark_ = start;
    if ((a = disjunction())) return a;
  }
  mark_ = start;
  return lambdef();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprNode* Parser::yield_expr() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::yield_)) return nullptr;
  if (accept_keyword(Keyword::from_)) {
    if (ExprNode* a = expression()) {
      YieldFrom* y = node<YieldFrom>(start);
      y->value = a;
      return y;
    }
    mark_ = start + 1;
  }
  ExprNode* a = star_expressions();
  Yield* y = node<Yield>(start);
  y->value = a;
  return y;
}

// star_expressions:
//   | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
ExprNode* Parser::star_expressions() {
  GUARD();
  int start = mark_;
  ExprNode* a = star_expression();
  if (!a) return nullptr;
  if (!at(TokenType::COMMA)) return a;
  ScratchScope items(*this);
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = star_expression();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  accept(TokenType::COMMA);
  Tuple* t = node<Tuple>(start);
  t->elts = items.seq<ExprNode*>(arena_);
  t->ctx = ExprContext::Load;
  return t;
}

// star_expression (memo): '*' bitwise_or | expression
ExprNode* Parser::star_expression() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::StarExpression, ExprNode);
  ExprNode* result = nullptr;
  if (accept(TokenType::STAR)) {
    if (ExprNode* a = bitwise_or()) {
      Starred* s = node<Starred>(start);
      s->value = a;
      s->ctx = ExprContext::Load;
      result = s;
    } else {
      mark_ = start;
    }
  }
  if (!result) result = expression();
  memo_store(start, MemoRule::StarExpression, result);
  return result;
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::star_named_expressions(Seq<ExprNode*>& out) {
  GUARD();
  ScratchScope items(*this);
  ExprNode* a = star_named_expression();
  if (!a) return false;
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = star_named_expression();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  accept(TokenType::COMMA);
  out = items.seq<ExprNode*>(arena_);
  return true;
}

// star_named_expression: '*' bitwise_or | named_expression
ExprNode* Parser::star_named_expression() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::STAR)) {
    if (ExprNode* a = bitwise_or()) {
      Starred* s = node<Starred>(start);
      s->value = a;
      s->ctx = ExprContext::Load;
      return s;
    }
    mark_ = start;
  }
  return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
ExprNode* Parser::assignment_expression() {
  GUARD();
  int start = mark_;
  if (!at_name() || tok(mark_ + 1).type != TokenType::COLONEQUAL) return nullptr;
  mark_ += 2;
  ExprNode* b = expression();
  if (!b) {
    mark_ = start;
    return nullptr;
  }
  NamedExpr* n = node<NamedExpr>(start);
  n->target = name_from_token(start, ExprContext::Store);
  n->value = b;
  return n;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
ExprNode* Parser::named_expression() {
  GUARD();
  int start = mark_;
  if (ExprNode* a = assignment_expression()) return a;
  mark_ = start;
  if (call_invalid_rules_) invalid_named_expression();
  if (ExprNode* e = expression()) {
    if (!at(TokenType::COLONEQUAL)) return e;
  }
  mark_ = start;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
ExprNode* Parser::disjunction() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Disjunction, ExprNode);
  ExprNode* a = conjunction();
  if (a && at_keyword(Keyword::or_)) {
    ScratchScope items(*this);
    items.push(a);
    while (true) {
      int before = mark_;
      if (!accept_keyword(Keyword::or_)) break;
      ExprNode* b = conjunction();
      if (!b) {
        mark_ = before;
        break;
      }
      items.push(b);
    }
    if (items.size() > 1) {
      BoolOp* op = node<BoolOp>(start);
      op->op = BoolOperator::Or;
      op->values = items.seq<ExprNode*>(arena_);
      a = op;
    }
  }
  memo_store(start, MemoRule::Disjunction, a);
  return a;
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
ExprNode* Parser::conjunction() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Conjunction, ExprNode);
  ExprNode* a = inversion();
  if (a && at_keyword(Keyword::and_)) {
    ScratchScope items(*this);
    items.push(a);
    while (true) {
      int before = mark_;
      if (!accept_keyword(Keyword::and_)) break;
      ExprNode* b = inversion();
      if (!b) {
        mark_ = before;
        break;
      }
      items.push(b);
    }
    if (items.size() > 1) {
      BoolOp* op = node<BoolOp>(start);
      op->op = BoolOperator::And;
      op->values = items.seq<ExprNode*>(arena_);
      a = op;
    }
  }
  memo_store(start, MemoRule::Conjunction, a);
  return a;
}

// inversion (memo): 'not' inversion | comparison
ExprNode* Parser::inversion() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Inversion, ExprNode);
  ExprNode* result = nullptr;
  if (accept_keyword(Keyword::not_)) {
    if (ExprNode* a = inversion()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = UnaryOperator::Not;
      u->operand = a;
      result = u;
    } else {
      mark_ = start;
    }
  }
  if (!result) result = comparison();
  memo_store(start, MemoRule::Inversion, result);
  return result;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
ExprNode* Parser::comparison() {
  GUARD();
  int start = mark_;
  ExprNode* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<CmpOperator> ops;
  ScratchScope comparators(*this);
  while (true) {
    int before = mark_;
    const Token& t = cur();
    CmpOperator op;
    bool matched = true;
    switch (t.type) {
      case TokenType::EQEQUAL: op = CmpOperator::Eq; ++mark_; break;
      case TokenType::NOTEQUAL:
        // "<>" is only for `from __future__ import barry_as_FLUFL`.
        if (t.text != "!=") {
          matched = false;
          break;
        }
        op = CmpOperator::NotEq;
        ++mark_;
        break;
      case TokenType::LESSEQUAL: op = CmpOperator::LtE; ++mark_; break;
      case TokenType::LESS: op = CmpOperator::Lt; ++mark_; break;
      case TokenType::GREATEREQUAL: op = CmpOperator::GtE; ++mark_; break;
      case TokenType::GREATER: op = CmpOperator::Gt; ++mark_; break;
      case TokenType::NAME:
        if (t.keyword == Keyword::not_ && tok(mark_ + 1).type == TokenType::NAME &&
            tok(mark_ + 1).keyword == Keyword::in_) {
          op = CmpOperator::NotIn;
          mark_ += 2;
        } else if (t.keyword == Keyword::in_) {
          op = CmpOperator::In;
          ++mark_;
        } else if (t.keyword == Keyword::is_) {
          ++mark_;
          if (accept_keyword(Keyword::not_)) {
            // 'is' 'not' bitwise_or comes before 'is' bitwise_or.
            int after_not = mark_;
            if (ExprNode* b = bitwise_or()) {
              ops.push_back(CmpOperator::IsNot);
              comparators.push(b);
              continue;
            }
            mark_ = after_not - 1;
          }
          op = CmpOperator::Is;
        } else {
          matched = false;
        }
        break;
      default:
        matched = false;
    }
    if (!matched) break;
    ExprNode* b = bitwise_or();
    if (!b) {
      mark_ = before;
      break;
    }
    ops.push_back(op);
    comparators.push(b);
  }
  if (ops.empty()) return a;
  Compare* c = node<Compare>(start);
  c->left = a;
  c->ops = make_seq<CmpOperator>(arena_, ops);
  c->comparators = comparators.seq<ExprNode*>(arena_);
  return c;
}

namespace {

struct BinaryLevel {
  TokenType token;
  Operator op;
};

}  // namespace

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (left-recursive: a loop)
ExprNode* Parser::bitwise_or() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::BitwiseOr, ExprNode);
  ExprNode* a = bitwise_xor();
  while (a) {
    int before = mark_;
    if (!accept(TokenType::VBAR)) break;
    ExprNode* b = bitwise_xor();
    if (!b) {
      mark_ = before;
      break;
    }
    BinOp* op = node<BinOp>(start);
    op->left = a;
    op->op = Operator::BitOr;
    op->right = b;
    a = op;
  }
  memo_store(start, MemoRule::BitwiseOr, a);
  return a;
}

ExprNode* Parser::bitwise_xor() {
  GUARD();
  int start = mark_;
  ExprNode* a = bitwise_and();
  while (a) {
    int before = mark_;
    if (!accept(TokenType::CIRCUMFLEX)) break;
    ExprNode* b = bitwise_and();
    if (!b) {
      mark_ = before;
      break;
    }
    BinOp* op = node<BinOp>(start);
    op->left = a;
    op->op = Operator::BitXor;
    op->right = b;
    a = op;
  }
  return a;
}

ExprNode* Parser::bitwise_and() {
  GUARD();
  int start = mark_;
  ExprNode* a = shift_expr();
  while (a) {
    int before = mark_;
    if (!accept(TokenType::AMPER)) break;
    ExprNode* b = shift_expr();
    if (!b) {
      mark_ = before;
      break;
    }
    BinOp* op = node<BinOp>(start);
    op->left = a;
    op->op = Operator::BitAnd;
    op->right = b;
    a = op;
  }
  return a;
}

ExprNode* Parser::shift_expr() {
  GUARD();
  int start = mark_;
  ExprNode* a = sum();
  while (a) {
    int before = mark_;
    Operator kind;
    if (accept(TokenType::LEFTSHIFT)) {
      kind = Operator::LShift;
    } else if (accept(TokenType::RIGHTSHIFT)) {
      kind = Operator::RShift;
    } else {
      break;
    }
    ExprNode* b = sum();
    if (!b) {
      mark_ = before;
      break;
    }
    BinOp* op = node<BinOp>(start);
    op->left = a;
    op->op = kind;
    op->right = b;
    a = op;
  }
  return a;
}

ExprNode* Parser::sum() {
  GUARD();
  int start = mark_;
  ExprNode* a = term();
  while (a) {
    int before = mark_;
    Operator kind;
    if (accept(TokenType::PLUS)) {
      kind = Operator::Add;
    } else if (accept(TokenType::MINUS)) {
      kind = Operator::Sub;
    } else {
      break;
    }
    ExprNode* b = term();
    if (!b) {
      mark_ = before;
      break;
    }
    BinOp* op = node<BinOp>(start);
    op->left = a;
    op->op = kind;
    op->right = b;
    a = op;
  }
  return a;
}

ExprNode* Parser::term() {
  GUARD();
  int start = mark_;
  ExprNode* a = factor();
  while (a) {
    int before = mark_;
    Operator kind;
    switch (cur_type()) {
      case TokenType::STAR: kind = Operator::Mult; break;
      case TokenType::SLASH: kind = Operator::Div; break;
      case TokenType::DOUBLESLASH: kind = Operator::FloorDiv; break;
      case TokenType::PERCENT: kind = Operator::Mod; break;
      case TokenType::AT: kind = Operator::MatMult; break;
      default: return a;
    }
    ++mark_;
    ExprNode* b = factor();
    if (!b) {
      mark_ = before;
      break;
    }
    BinOp* op = node<BinOp>(start);
    op->left = a;
    op->op = kind;
    op->right = b;
    a = op;
  }
  return a;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
ExprNode* Parser::factor() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Factor, ExprNode);
  ExprNode* result = nullptr;
  UnaryOperator kind{};
  bool unary = true;
  switch (cur_type()) {
    case TokenType::PLUS: kind = UnaryOperator::UAdd; break;
    case TokenType::MINUS: kind = UnaryOperator::USub; break;
    case TokenType::TILDE: kind = UnaryOperator::Invert; break;
    default: unary = false;
  }
  if (unary) {
    ++mark_;
    if (ExprNode* a = factor()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = kind;
      u->operand = a;
      result = u;
    } else {
      mark_ = start;
    }
  }
  if (!result && !unary) result = power();
  memo_store(start, MemoRule::Factor, result);
  return result;
}

// power: await_primary '**' factor | await_primary
ExprNode* Parser::power() {
  GUARD();
  int start = mark_;
  ExprNode* a = await_primary();
  if (!a) return nullptr;
  int before = mark_;
  if (accept(TokenType::DOUBLESTAR)) {
    if (ExprNode* b = factor()) {
      BinOp* op = node<BinOp>(start);
      op->left = a;
      op->op = Operator::Pow;
      op->right = b;
      return op;
    }
    mark_ = before;
  }
  return a;
}

// await_primary (memo): AWAIT primary | primary
ExprNode* Parser::await_primary() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::AwaitPrimary, ExprNode);
  ExprNode* result = nullptr;
  if (at_await()) {
    ++mark_;
    if (ExprNode* a = primary()) {
      Await* w = node<Await>(start);
      w->value = a;
      result = w;
    } else {
      mark_ = start;
    }
  } else {
    result = primary();
  }
  memo_store(start, MemoRule::AwaitPrimary, result);
  return result;
}

// primary:
//   | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//   | primary '[' slices ']' | atom
ExprNode* Parser::primary() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Primary, ExprNode);
  ExprNode* a = atom();
  while (a) {
    int before = mark_;
    TokenType t = cur_type();
    if (t == TokenType::DOT) {
      ++mark_;
      if (!at_name()) {
        mark_ = before;
        break;
      }
      int name = mark_++;
      Attribute* at = node<Attribute>(start);
      at->value = a;
      at->attr = identifier(tokens_[name]);
      at->ctx = ExprContext::Load;
      a = at;
    } else if (t == TokenType::LPAR) {
      if (ExprNode* g = genexp()) {
        Call* c = node<Call>(start);
        c->func = a;
        c->args = single_seq<ExprNode*>(g);
        a = c;
        continue;
      }
      mark_ = before + 1;
      Call* args = arguments();
      if (!accept(TokenType::RPAR)) {
        mark_ = before;
        break;
      }
      Call* c = node<Call>(start);
      c->func = a;
      if (args) {
        c->args = args->args;
        c->keywords = args->keywords;
      }
      a = c;
    } else if (t == TokenType::LSQB) {
      ++mark_;
      ExprNode* s = slices();
      if (!s || !accept(TokenType::RSQB)) {
        mark_ = before;
        break;
      }
      Subscript* sub = node<Subscript>(start);
      sub->value = a;
      sub->slice = s;
      sub->ctx = ExprContext::Load;
      a = sub;
    } else {
      break;
    }
  }
  memo_store(start, MemoRule::Primary, a);
  return a;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple)
ExprNode* Parser::slices() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Slices, ExprNode);
  ExprNode* result = nullptr;
  if (ExprNode* a = slice()) {
    if (!at(TokenType::COMMA)) result = a;
  }
  if (!result) {
    mark_ = start;
    ScratchScope items(*this);
    while (true) {
      int before = mark_;
      if (items.size() > 0 && !accept(TokenType::COMMA)) break;
      ExprNode* e = slice();
      if (!e) e = starred_expression();
      if (!e) {
        mark_ = before;
        break;
      }
      items.push(e);
    }
    if (items.size() > 0) {
      accept(TokenType::COMMA);
      Tuple* t = node<Tuple>(start);
      t->elts = items.seq<ExprNode*>(arena_);
      t->ctx = ExprContext::Load;
      result = t;
    } else {
      mark_ = start;
    }
  }
  memo_store(start, MemoRule::Slices, result);
  return result;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprNode* Parser::slice() {
  GUARD();
  int start = mark_;
  ExprNode* lower = expression();
  if (accept(TokenType::COLON)) {
    ExprNode* upper = expression();
    ExprNode* step = nullptr;
    if (accept(TokenType::COLON)) step = expression();
    Slice* s = node<Slice>(start);
    s->lower = lower;
    s->upper = upper;
    s->step = step;
    return s;
  }
  mark_ = start;
  return named_expression();
}

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//   | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//   | &'{' (dict | set | dictcomp | setcomp) | '...'
ExprNode* Parser::atom() {
  GUARD();
  int start = mark_;
  const Token& t = cur();
  switch (t.type) {
    case TokenType::NAME:
      switch (t.keyword) {
        case Keyword::True:
          ++mark_;
          return constant_node(start, ConstantValue::Kind::True);
        case Keyword::False:
          ++mark_;
          return constant_node(start, ConstantValue::Kind::False);
        case Keyword::None:
          ++mark_;
          return constant_node(start, ConstantValue::Kind::None);
        default:
          return name_expr();
      }
    case TokenType::STRING:
      return strings();
    case TokenType::NUMBER:
      return number();
    case TokenType::LPAR:
      if (ExprNode* e = tuple()) return e;
      if (ExprNode* e = group()) return e;
      return genexp();
    case TokenType::LSQB:
      if (ExprNode* e = list()) return e;
      return listcomp();
    case TokenType::LBRACE:
      if (ExprNode* e = dict()) return e;
      if (ExprNode* e = set()) return e;
      if (ExprNode* e = dictcomp()) return e;
      return setcomp();
    case TokenType::ELLIPSIS:
      ++mark_;
      return constant_node(start, ConstantValue::Kind::Ellipsis);
    default:
      return nullptr;
  }
}

// strings (memo): STRING+
ExprNode* Parser::strings() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Strings, ExprNode);
  while (at(TokenType::STRING)) ++mark_;
  if (mark_ == start) return nullptr;
  std::vector<Token> parts(tokens_.begin() + start, tokens_.begin() + mark_);
  ExprNode* e = concatenate_strings(*this, std::span<const Token>(parts));
  memo_store(start, MemoRule::Strings, e);
  return e;
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
ExprNode* Parser::group() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LPAR)) {
    ExprNode* a = yield_expr();
    if (!a) a = named_expression();
    if (a && accept(TokenType::RPAR)) return a;
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_group();
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprNode* Parser::lambdef() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::lambda_)) return nullptr;
  Arguments* params = lambda_params();
  if (accept(TokenType::COLON)) {
    if (ExprNode* body = expression()) {
      Lambda* l = node<Lambda>(start);
      l->args = params ? params : empty_arguments();
      l->body = body;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

// list: '[' [star_named_expressions] ']'
ExprNode* Parser::list() {
  GUARD();
  int start = mark_;
  if (!accept(TokenType::LSQB)) return nullptr;
  Seq<ExprNode*> elts;
  star_named_expressions(elts);
  if (!accept(TokenType::RSQB)) {
    mark_ = start;
    return nullptr;
  }
  List* l = node<List>(start);
  l->elts = elts;
  l->ctx = ExprContext::Load;
  return l;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
ExprNode* Parser::tuple() {
  GUARD();
  int start = mark_;
  if (!accept(TokenType::LPAR)) return nullptr;
  Seq<ExprNode*> elts;
  int inner = mark_;
  if (ExprNode* y = star_named_expression()) {
    if (accept(TokenType::COMMA)) {
      Seq<ExprNode*> z;
      star_named_expressions(z);
      elts = prepend(y, z);
    } else {
      mark_ = inner;
    }
  } else {
    mark_ = inner;
  }
  if (!accept(TokenType::RPAR)) {
    mark_ = start;
    return nullptr;
  }
  Tuple* t = node<Tuple>(start);
  t->elts = elts;
  t->ctx = ExprContext::Load;
  return t;
}

// set: '{' star_named_expressions '}'
ExprNode* Parser::set() {
  GUARD();
  int start = mark_;
  if (!accept(TokenType::LBRACE)) return nullptr;
  Seq<ExprNode*> elts;
  if (star_named_expressions(elts) && accept(TokenType::RBRACE)) {
    Set* s = node<Set>(start);
    s->elts = elts;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
ExprNode* Parser::dict() {
  GUARD();
  int start = mark_;
  if (!accept(TokenType::LBRACE)) return nullptr;
  {
    ScratchScope pairs(*this);
    int inner = mark_;
    if (!double_starred_kvpairs(pairs)) mark_ = inner;
    if (accept(TokenType::RBRACE)) {
      Dict* d = node<Dict>(start);
      d->keys.size = d->values.size = static_cast<uint32_t>(pairs.size());
      d->keys.items = arena_.make_array<ExprNode*>(d->keys.size);
      d->values.items = arena_.make_array<ExprNode*>(d->values.size);
      for (uint32_t i = 0; i < d->keys.size; ++i) {
        auto* kv = static_cast<KeyValue*>(pairs.item(i));
        d->keys.items[i] = kv->key;
        d->values.items[i] = kv->value;
      }
      return d;
    }
  }
  mark_ = start + 1;
  if (call_invalid_rules_) invalid_double_starred_kvpairs();
  mark_ = start;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::double_starred_kvpairs(ScratchScope& out) {
  GUARD();
  KeyValue* first = double_starred_kvpair();
  if (!first) return false;
  out.push(first);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    KeyValue* kv = double_starred_kvpair(/*after_first=*/true);
    if (!kv) {
      mark_ = before;
      break;
    }
    out.push(kv);
  }
  accept(TokenType::COMMA);
  return true;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
KeyValue* Parser::double_starred_kvpair(bool after_first) {
  GUARD();
  int start = mark_;
  if (accept(TokenType::DOUBLESTAR)) {
    if (ExprNode* a = bitwise_or()) {
      KeyValue* kv = scratch_arena_.make<KeyValue>();
      kv->key = nullptr;
      kv->value = a;
      return kv;
    }
    mark_ = start;
  }
  return kvpair(after_first);
}

// kvpair: expression ':' expression
KeyValue* Parser::kvpair(bool after_first) {
  GUARD();
  int start = mark_;
  if (ExprNode* a = after_first ? dict_key_without_invalid() : expression()) {
    if (accept(TokenType::COLON)) {
      if (ExprNode* b = expression()) {
        KeyValue* kv = scratch_arena_.make<KeyValue>();
        kv->key = a;
        kv->value = b;
        return kv;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// The key of a dict entry after the first, in the second pass. CPython 3.11
// reports no error of the invalid_* rules inside such a key as a whole
// (`{1: 2, 3 4}` and `{1: 2, f(3 4)}` are "':' expected after dictionary
// key" at the key, not "Perhaps you forgot a comma?"), except inside a
// bracketed atom the key starts with (`{1: 2, [3 4]}` is the comma error).
// That is the order in which /usr/bin/python3.11 reports them, checked on
// tests/syntax_errors/dict_*; it is reproduced here by parsing such an atom
// with the invalid_* rules first, then the key without them, memoised apart
// as for expression_without_invalid.
ExprNode* Parser::dict_key_without_invalid() {
  if (!call_invalid_rules_) return expression();
  if (at(TokenType::LPAR) || at(TokenType::LSQB) || at(TokenType::LBRACE)) {
    int start = mark_;
    atom();
    mark_ = start;
  }
  return without_invalid_rules([this] { return expression(); });
}

// for_if_clauses: for_if_clause+
bool Parser::for_if_clauses(Seq<Comprehension*>& out) {
  GUARD();
  ScratchScope items(*this);
  while (Comprehension* c = for_if_clause()) items.push(c);
  if (items.size() == 0) return false;
  out = items.seq<Comprehension*>(arena_);
  return true;
}

// for_if_clause:
//   | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | invalid_for_target
Comprehension* Parser::for_if_clause() {
  GUARD();
  int start = mark_;
  bool is_async = false;
  if (at_async() && tok(mark_ + 1).type == TokenType::NAME &&
      tok(mark_ + 1).keyword == Keyword::for_) {
    is_async = true;
    ++mark_;
  }
  if (accept_keyword(Keyword::for_)) {
    if (ExprNode* target = star_targets()) {
      if (accept_keyword(Keyword::in_)) {
        // Past the cut: failing here fails the rule outright.
        ExprNode* iter = disjunction();
        if (!iter) {
          mark_ = start;
          return nullptr;
        }
        ScratchScope ifs(*this);
        while (true) {
          int before = mark_;
          if (!accept_keyword(Keyword::if_)) break;
          ExprNode* cond = disjunction();
          if (!cond) {
            mark_ = before;
            break;
          }
          ifs.push(cond);
        }
        Comprehension* c = make<Comprehension>(arena_);
        c->target = target;
        c->iter = iter;
        c->ifs = ifs.seq<ExprNode*>(arena_);
        c->is_async = is_async ? 1 : 0;
        return c;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_for_target();
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
ExprNode* Parser::listcomp() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LSQB)) {
    if (ExprNode* elt = named_expression()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens) && accept(TokenType::RSQB)) {
        ListComp* l = node<ListComp>(start);
        l->elt = elt;
        l->generators = gens;
        return l;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_comprehension();
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
ExprNode* Parser::setcomp() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LBRACE)) {
    if (ExprNode* elt = named_expression()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens) && accept(TokenType::RBRACE)) {
        SetComp* s = node<SetComp>(start);
        s->elt = elt;
        s->generators = gens;
        return s;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_comprehension();
  return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//   | invalid_comprehension
ExprNode* Parser::genexp() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LPAR)) {
    int inner = mark_;
    ExprNode* elt = assignment_expression();
    if (!elt) {
      mark_ = inner;
      elt = expression();
      if (elt && at(TokenType::COLONEQUAL)) elt = nullptr;
    }
    if (elt) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens) && accept(TokenType::RPAR)) {
        GeneratorExp* g = node<GeneratorExp>(start);
        g->elt = elt;
        g->generators = gens;
        return g;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_comprehension();
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
ExprNode* Parser::dictcomp() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LBRACE)) {
    if (KeyValue* kv = kvpair()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens) && accept(TokenType::RBRACE)) {
        DictComp* d = node<DictComp>(start);
        d->key = kv->key;
        d->value = kv->value;
        d->generators = gens;
        return d;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_dict_comprehension();
  return nullptr;
}

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::Arguments, Call);
  Call* result = args();
  if (result) {
    accept(TokenType::COMMA);
    if (!at(TokenType::RPAR)) result = nullptr;
  }
  if (!result) {
    mark_ = start;
    if (call_invalid_rules_) invalid_arguments();
  }
  memo_store(start, MemoRule::Arguments, result);
  return result;
}

// args:
//   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//   | kwargs
Call* Parser::args() {
  GUARD();
  int start = mark_;
  ScratchScope positional(*this);
  while (true) {
    int before = mark_;
    if (positional.size() > 0 && !accept(TokenType::COMMA)) break;
    ExprNode* e = starred_expression();
    if (!e) {
      int inner = mark_;
      e = assignment_expression();
      if (!e) {
        mark_ = inner;
        e = expression();
        if (e && at(TokenType::COLONEQUAL)) e = nullptr;
      }
      if (e && at(TokenType::EQUAL)) e = nullptr;
    }
    if (!e) {
      mark_ = before;
      break;
    }
    positional.push(e);
  }
  size_t positional_count = positional.size();
  ScratchScope keywords(*this);
  if (positional_count > 0) {
    int before = mark_;
    if (!(accept(TokenType::COMMA) && kwargs(keywords))) mark_ = before;
  } else {
    mark_ = start;
    if (!kwargs(keywords)) {
      mark_ = start;
      return nullptr;
    }
  }
  // _PyPegen_collect_call_seqs: starred items among the keywords are
  // positional arguments.
  std::vector<ExprNode*> call_args;
  std::vector<ast::Keyword*> call_keywords;
  for (size_t i = 0; i < positional_count; ++i) {
    call_args.push_back(static_cast<ExprNode*>(positional.item(i)));
  }
  for (size_t i = 0; i < keywords.size(); ++i) {
    auto* k = static_cast<KeywordOrStarred*>(keywords.item(i));
    if (k->is_keyword) {
      call_keywords.push_back(static_cast<ast::Keyword*>(k->element));
    } else {
      call_args.push_back(static_cast<ExprNode*>(k->element));
    }
  }
  Call* c = node<Call>(start);
  c->args = make_seq<ExprNode*>(arena_, call_args);
  c->keywords = make_seq<ast::Keyword*>(arena_, call_keywords);
  return c;
}

// kwargs:
//   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//   | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
bool Parser::kwargs(ScratchScope& out) {
  GUARD();
  int start = mark_;
  auto gather = [&](bool double_starred) {
    size_t n = 0;
    while (true) {
      int before = mark_;
      if (n > 0 && !accept(TokenType::COMMA)) break;
      KeywordOrStarred* k = double_starred ? kwarg_or_double_starred() : kwarg_or_starred();
      if (!k) {
        mark_ = before;
        break;
      }
      out.push(k);
      ++n;
    }
    return n;
  };
  if (gather(false) > 0) {
    int before = mark_;
    if (accept(TokenType::COMMA) && gather(true) > 0) return true;
    mark_ = before;
    return true;
  }
  mark_ = start;
  if (gather(true) > 0) return true;
  mark_ = start;
  return false;
}

// starred_expression: '*' expression
ExprNode* Parser::starred_expression() {
  GUARD();
  int start = mark_;
  if (!accept(TokenType::STAR)) return nullptr;
  if (ExprNode* a = expression()) {
    Starred* s = node<Starred>(start);
    s->value = a;
    s->ctx = ExprContext::Load;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
KeywordOrStarred* Parser::kwarg_or_starred() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_kwarg();
  if (at_name() && tok(mark_ + 1).type == TokenType::EQUAL) {
    mark_ += 2;
    if (ExprNode* value = expression()) {
      ast::Keyword* k = node<ast::Keyword>(start);
      k->arg = identifier(tokens_[start]);
      k->value = value;
      KeywordOrStarred* r = scratch_arena_.make<KeywordOrStarred>();
      r->element = k;
      r->is_keyword = true;
      return r;
    }
    mark_ = start;
  }
  if (ExprNode* s = starred_expression()) {
    KeywordOrStarred* r = scratch_arena_.make<KeywordOrStarred>();
    r->element = s;
    r->is_keyword = false;
    return r;
  }
  return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwarg_or_double_starred() {
  GUARD();
  int start = mark_;
  if (call_invalid_rules_) invalid_kwarg();
  if (at_name() && tok(mark_ + 1).type == TokenType::EQUAL) {
    mark_ += 2;
    if (ExprNode* value = expression()) {
      ast::Keyword* k = node<ast::Keyword>(start);
      k->arg = identifier(tokens_[start]);
      k->value = value;
      KeywordOrStarred* r = scratch_arena_.make<KeywordOrStarred>();
      r->element = k;
      r->is_keyword = true;
      return r;
    }
    mark_ = start;
  }
  if (accept(TokenType::DOUBLESTAR)) {
    if (ExprNode* value = expression()) {
      ast::Keyword* k = node<ast::Keyword>(start);
      k->value = value;
      KeywordOrStarred* r = scratch_arena_.make<KeywordOrStarred>();
      r->element = k;
      r->is_keyword = true;
      return r;
    }
    mark_ = start;
  }
  return nullptr;
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
ExprNode* Parser::star_targets() {
  GUARD();
  int start = mark_;
  ExprNode* a = star_target();
  if (!a) return nullptr;
  if (!at(TokenType::COMMA)) return a;
  ScratchScope items(*this);
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = star_target();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  accept(TokenType::COMMA);
  Tuple* t = node<Tuple>(start);
  t->elts = items.seq<ExprNode*>(arena_);
  t->ctx = ExprContext::Store;
  return t;
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::star_targets_list_seq(Seq<ExprNode*>& out) {
  GUARD();
  ScratchScope items(*this);
  ExprNode* a = star_target();
  if (!a) return false;
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = star_target();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  accept(TokenType::COMMA);
  out = items.seq<ExprNode*>(arena_);
  return true;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
bool Parser::star_targets_tuple_seq(Seq<ExprNode*>& out) {
  GUARD();
  int start = mark_;
  ScratchScope items(*this);
  ExprNode* a = star_target();
  if (!a) return false;
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = star_target();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  if (items.size() > 1) {
    accept(TokenType::COMMA);
  } else if (!accept(TokenType::COMMA)) {
    mark_ = start;
    return false;
  }
  out = items.seq<ExprNode*>(arena_);
  return true;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
ExprNode* Parser::star_target() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::StarTarget, ExprNode);
  ExprNode* result = nullptr;
  if (accept(TokenType::STAR)) {
    if (!at(TokenType::STAR)) {
      if (ExprNode* a = star_target()) {
        Starred* s = node<Starred>(start);
        s->value = set_context(a, ExprContext::Store);
        s->ctx = ExprContext::Store;
        result = s;
      }
    }
    if (!result) mark_ = start;
  } else {
    result = target_with_star_atom();
  }
  memo_store(start, MemoRule::StarTarget, result);
  return result;
}

// target_with_star_atom (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
ExprNode* Parser::target_with_star_atom() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::TargetWithStarAtom, ExprNode);
  ExprNode* result = single_subscript_attribute_target();
  if (!result) {
    mark_ = start;
    result = star_atom();
  }
  memo_store(start, MemoRule::TargetWithStarAtom, result);
  return result;
}

// star_atom:
//   | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//   | '[' [star_targets_list_seq] ']'
ExprNode* Parser::star_atom() {
  GUARD();
  int start = mark_;
  if (at_name()) return name_from_token(mark_++, ExprContext::Store);
  if (accept(TokenType::LPAR)) {
    if (ExprNode* a = target_with_star_atom()) {
      if (accept(TokenType::RPAR)) return set_context(a, ExprContext::Store);
    }
    mark_ = start + 1;
    Seq<ExprNode*> elts;
    if (!star_targets_tuple_seq(elts)) mark_ = start + 1;
    if (accept(TokenType::RPAR)) {
      Tuple* t = node<Tuple>(start);
      t->elts = elts;
      t->ctx = ExprContext::Store;
      return t;
    }
    mark_ = start;
    return nullptr;
  }
  if (accept(TokenType::LSQB)) {
    Seq<ExprNode*> elts;
    if (!star_targets_list_seq(elts)) mark_ = start + 1;
    if (accept(TokenType::RSQB)) {
      List* l = node<List>(start);
      l->elts = elts;
      l->ctx = ExprContext::Store;
      return l;
    }
    mark_ = start;
  }
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
ExprNode* Parser::single_target() {
  GUARD();
  int start = mark_;
  if (ExprNode* a = single_subscript_attribute_target()) return a;
  mark_ = start;
  if (at_name()) return name_from_token(mark_++, ExprContext::Store);
  if (accept(TokenType::LPAR)) {
    if (ExprNode* a = single_target()) {
      if (accept(TokenType::RPAR)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_subscript_attribute_target:
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
ExprNode* Parser::single_subscript_attribute_target() {
  GUARD();
  int start = mark_;
  ExprNode* a = t_primary();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  int after = mark_;
  if (accept(TokenType::DOT) && at_name()) {
    int name = mark_++;
    if (!t_lookahead()) {
      Attribute* at = node<Attribute>(start);
      at->value = a;
      at->attr = identifier(tokens_[name]);
      at->ctx = ExprContext::Store;
      return at;
    }
  }
  mark_ = after;
  if (accept(TokenType::LSQB)) {
    if (ExprNode* s = slices()) {
      if (accept(TokenType::RSQB) && !t_lookahead()) {
        Subscript* sub = node<Subscript>(start);
        sub->value = a;
        sub->slice = s;
        sub->ctx = ExprContext::Store;
        return sub;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

bool Parser::t_lookahead() {
  TokenType t = cur_type();
  return t == TokenType::LPAR || t == TokenType::LSQB || t == TokenType::DOT;
}

// t_primary (left-recursive, a loop):
//   | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//   | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//   | atom &t_lookahead
ExprNode* Parser::t_primary() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::TPrimary, ExprNode);
  ExprNode* a = atom();
  if (a && !t_lookahead()) a = nullptr;
  while (a) {
    int before = mark_;
    TokenType t = cur_type();
    ExprNode* grown = nullptr;
    if (t == TokenType::DOT) {
      ++mark_;
      if (at_name()) {
        int name = mark_++;
        if (t_lookahead()) {
          Attribute* at = node<Attribute>(start);
          at->value = a;
          at->attr = identifier(tokens_[name]);
          at->ctx = ExprContext::Load;
          grown = at;
        }
      }
    } else if (t == TokenType::LSQB) {
      ++mark_;
      if (ExprNode* s = slices()) {
        if (accept(TokenType::RSQB) && t_lookahead()) {
          Subscript* sub = node<Subscript>(start);
          sub->value = a;
          sub->slice = s;
          sub->ctx = ExprContext::Load;
          grown = sub;
        }
      }
    } else if (t == TokenType::LPAR) {
      if (ExprNode* g = genexp()) {
        if (t_lookahead()) {
          Call* c = node<Call>(start);
          c->func = a;
          c->args = single_seq<ExprNode*>(g);
          grown = c;
        }
      }
      if (!grown) {
        mark_ = before + 1;
        Call* args = arguments();
        if (accept(TokenType::RPAR) && t_lookahead()) {
          Call* c = node<Call>(start);
          c->func = a;
          if (args) {
            c->args = args->args;
            c->keywords = args->keywords;
          }
          grown = c;
        }
      }
    }
    if (!grown) {
      mark_ = before;
      break;
    }
    a = grown;
  }
  if (!a) mark_ = start;
  memo_store(start, MemoRule::TPrimary, a);
  return a;
}

// del_targets: ','.del_target+ [',']
bool Parser::del_targets(Seq<ExprNode*>& out) {
  GUARD();
  ScratchScope items(*this);
  ExprNode* a = del_target();
  if (!a) return false;
  items.push(a);
  while (true) {
    int before = mark_;
    if (!accept(TokenType::COMMA)) break;
    ExprNode* b = del_target();
    if (!b) {
      mark_ = before;
      break;
    }
    items.push(b);
  }
  accept(TokenType::COMMA);
  out = items.seq<ExprNode*>(arena_);
  return true;
}

// del_target (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
ExprNode* Parser::del_target() {
  GUARD();
  int start = mark_;
  MEMO(MemoRule::DelTarget, ExprNode);
  ExprNode* result = single_subscript_attribute_target();
  if (result) {
    result = set_context(result, ExprContext::Del);
  } else {
    mark_ = start;
    result = del_t_atom();
  }
  memo_store(start, MemoRule::DelTarget, result);
  return result;
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
ExprNode* Parser::del_t_atom() {
  GUARD();
  int start = mark_;
  if (at_name()) return name_from_token(mark_++, ExprContext::Del);
  if (accept(TokenType::LPAR)) {
    if (ExprNode* a = del_target()) {
      if (accept(TokenType::RPAR)) return set_context(a, ExprContext::Del);
    }
    mark_ = start + 1;
    Seq<ExprNode*> elts;
    if (!del_targets(elts)) mark_ = start + 1;
    if (accept(TokenType::RPAR)) {
      Tuple* t = node<Tuple>(start);
      t->elts = elts;
      t->ctx = ExprContext::Del;
      return t;
    }
    mark_ = start;
    return nullptr;
  }
  if (accept(TokenType::LSQB)) {
    Seq<ExprNode*> elts;
    if (!del_targets(elts)) mark_ = start + 1;
    if (accept(TokenType::RSQB)) {
      List* l = node<List>(start);
      l->elts = elts;
      l->ctx = ExprContext::Del;
      return l;
    }
    mark_ = start;
  }
  return nullptr;
}

// type_expressions: the argument types of a function type comment; '*' and
// '**' are accepted and dropped.
bool Parser::type_expressions(Seq<ExprNode*>& out) {
  GUARD();
  int start = mark_;
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (items.size() > 0 && !accept(TokenType::COMMA)) break;
    ExprNode* e = expression();
    if (!e) {
      mark_ = before;
      break;
    }
    items.push(e);
  }
  bool leading = items.size() > 0;
  int before = mark_;
  if (leading && !accept(TokenType::COMMA)) {
    out = items.seq<ExprNode*>(arena_);
    return true;
  }
  if (accept(TokenType::STAR)) {
    if (ExprNode* e = expression()) {
      items.push(e);
      int after = mark_;
      if (accept(TokenType::COMMA) && accept(TokenType::DOUBLESTAR)) {
        if (ExprNode* f = expression()) {
          items.push(f);
          out = items.seq<ExprNode*>(arena_);
          return true;
        }
      }
      mark_ = after;
      out = items.seq<ExprNode*>(arena_);
      return true;
    }
  } else if (accept(TokenType::DOUBLESTAR)) {
    if (ExprNode* e = expression()) {
      items.push(e);
      out = items.seq<ExprNode*>(arena_);
      return true;
    }
  }
  mark_ = before;
  if (leading) {
    out = items.seq<ExprNode*>(arena_);
    return true;
  }
  mark_ = start;
  return false;
}

}  // namespace krait::parser_detail
