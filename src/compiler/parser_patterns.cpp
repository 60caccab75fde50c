// Grammar rules for the patterns of the match statement (PEP 634), from
// `patterns` to `keyword_pattern` in CPython 3.11's python.gram.
#include "compiler/parser_internal.h"

namespace krait::parser_detail {

#define GUARD() DepthGuard depth_guard_(*this)

// patterns: open_sequence_pattern | pattern
PatternNode* Parser::patterns() {
  GUARD();
  int start = mark_;
  Seq<PatternNode*> items;
  if (open_sequence_pattern(items)) {
    MatchSequence* m = node<MatchSequence>(start);
    m->patterns = items;
    return m;
  }
  mark_ = start;
  return pattern();
}

// pattern: as_pattern | or_pattern
PatternNode* Parser::pattern() {
  GUARD();
  int start = mark_;
  if (PatternNode* p = as_pattern()) return p;
  mark_ = start;
  return or_pattern();
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
PatternNode* Parser::as_pattern() {
  GUARD();
  int start = mark_;
  if (PatternNode* p = or_pattern()) {
    if (accept_keyword(Keyword::as_)) {
      if (Name* target = pattern_capture_target()) {
        MatchAs* m = node<MatchAs>(start);
        m->pattern = p;
        m->name = target->id;
        return m;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_as_pattern();
  return nullptr;
}

// or_pattern: '|'.closed_pattern+
PatternNode* Parser::or_pattern() {
  GUARD();
  int start = mark_;
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (items.size() > 0 && !accept(TokenType::VBAR)) break;
    PatternNode* p = closed_pattern();
    if (!p) {
      mark_ = before;
      break;
    }
    items.push(p);
  }
  if (items.size() == 0) return nullptr;
  if (items.size() == 1) return static_cast<PatternNode*>(items.item(0));
  MatchOr* m = node<MatchOr>(start);
  m->patterns = items.seq<PatternNode*>(arena_);
  return m;
}

// closed_pattern (memo):
//   | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
PatternNode* Parser::closed_pattern() {
  GUARD();
  int start = mark_;
  PatternNode* p;
  if (memo_lookup(MemoRule::ClosedPattern, p)) return p;
  p = closed_pattern_raw();
  if (!p) mark_ = start;
  memo_store(start, MemoRule::ClosedPattern, p);
  return p;
}

PatternNode* Parser::closed_pattern_raw() {
  int start = mark_;
  using Rule = PatternNode* (Parser::*)();
  static constexpr Rule kAlternatives[] = {
      &Parser::literal_pattern, &Parser::capture_pattern, &Parser::wildcard_pattern,
      &Parser::value_pattern,   &Parser::group_pattern,   &Parser::sequence_pattern,
      &Parser::mapping_pattern, &Parser::class_pattern,
  };
  for (Rule rule : kAlternatives) {
    if (PatternNode* p = (this->*rule)()) return p;
    mark_ = start;
  }
  return nullptr;
}

// literal_pattern:
//   | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
PatternNode* Parser::literal_pattern() {
  GUARD();
  int start = mark_;
  ExprNode* value = signed_number();
  if (value && (at(TokenType::PLUS) || at(TokenType::MINUS))) value = nullptr;
  if (!value) {
    mark_ = start;
    value = complex_number();
  }
  if (!value) {
    mark_ = start;
    if (at(TokenType::STRING)) value = strings();
  }
  if (value) {
    MatchValue* m = node<MatchValue>(start);
    m->value = value;
    return m;
  }
  mark_ = start;
  ConstantValue::Kind kind;
  if (at_keyword(Keyword::None)) {
    kind = ConstantValue::Kind::None;
  } else if (at_keyword(Keyword::True)) {
    kind = ConstantValue::Kind::True;
  } else if (at_keyword(Keyword::False)) {
    kind = ConstantValue::Kind::False;
  } else {
    return nullptr;
  }
  ++mark_;
  MatchSingleton* m = node<MatchSingleton>(start);
  m->value.kind = kind;
  return m;
}

// literal_expr:
//   | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
ExprNode* Parser::literal_expr() {
  GUARD();
  int start = mark_;
  ExprNode* value = signed_number();
  if (value && (at(TokenType::PLUS) || at(TokenType::MINUS))) value = nullptr;
  if (!value) {
    mark_ = start;
    value = complex_number();
  }
  if (!value) {
    mark_ = start;
    if (at(TokenType::STRING)) value = strings();
  }
  if (value) return value;
  mark_ = start;
  if (accept_keyword(Keyword::None)) return constant_node(start, ConstantValue::Kind::None);
  if (accept_keyword(Keyword::True)) return constant_node(start, ConstantValue::Kind::True);
  if (accept_keyword(Keyword::False)) return constant_node(start, ConstantValue::Kind::False);
  return nullptr;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
ExprNode* Parser::complex_number() {
  GUARD();
  int start = mark_;
  if (ExprNode* real = signed_real_number()) {
    Operator op;
    bool ok = true;
    if (accept(TokenType::PLUS)) {
      op = Operator::Add;
    } else if (accept(TokenType::MINUS)) {
      op = Operator::Sub;
    } else {
      ok = false;
    }
    if (ok) {
      if (ExprNode* imag = imaginary_number()) {
        BinOp* b = node<BinOp>(start);
        b->left = real;
        b->op = op;
        b->right = imag;
        return b;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// signed_number: NUMBER | '-' NUMBER
ExprNode* Parser::signed_number() {
  GUARD();
  int start = mark_;
  if (at(TokenType::NUMBER)) return number();
  if (accept(TokenType::MINUS)) {
    if (ExprNode* n = number()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = UnaryOperator::USub;
      u->operand = n;
      return u;
    }
  }
  mark_ = start;
  return nullptr;
}

// signed_real_number: real_number | '-' real_number
ExprNode* Parser::signed_real_number() {
  GUARD();
  int start = mark_;
  if (at(TokenType::NUMBER)) return real_number();
  if (accept(TokenType::MINUS)) {
    if (ExprNode* n = real_number()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = UnaryOperator::USub;
      u->operand = n;
      return u;
    }
  }
  mark_ = start;
  return nullptr;
}

// real_number: NUMBER (which must not be imaginary)
ExprNode* Parser::real_number() {
  GUARD();
  int start = mark_;
  ExprNode* n = number();
  if (!n) return nullptr;
  if (static_cast<Constant*>(n)->value.kind == ConstantValue::Kind::Complex) {
    raise_token_range(tokens_[start], tokens_[start], "real number required in complex literal");
  }
  return n;
}

// imaginary_number: NUMBER (which must be imaginary)
ExprNode* Parser::imaginary_number() {
  GUARD();
  int start = mark_;
  ExprNode* n = number();
  if (!n) return nullptr;
  if (static_cast<Constant*>(n)->value.kind != ConstantValue::Kind::Complex) {
    raise_token_range(tokens_[start], tokens_[start],
                      "imaginary number required in complex literal");
  }
  return n;
}

// capture_pattern: pattern_capture_target
PatternNode* Parser::capture_pattern() {
  GUARD();
  int start = mark_;
  Name* target = pattern_capture_target();
  if (!target) return nullptr;
  MatchAs* m = node<MatchAs>(start);
  m->name = target->id;
  return m;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Name* Parser::pattern_capture_target() {
  GUARD();
  if (!at_name() || at_soft_keyword(Keyword::Underscore)) return nullptr;
  TokenType next = tok(mark_ + 1).type;
  if (next == TokenType::DOT || next == TokenType::LPAR || next == TokenType::EQUAL) {
    return nullptr;
  }
  return name_from_token(mark_++, ExprContext::Store);
}

// wildcard_pattern: "_"
PatternNode* Parser::wildcard_pattern() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::Underscore)) return nullptr;
  return node<MatchAs>(start);
}

// value_pattern: attr !('.' | '(' | '=')
PatternNode* Parser::value_pattern() {
  GUARD();
  int start = mark_;
  ExprNode* a = attr();
  if (!a || at(TokenType::DOT) || at(TokenType::LPAR) || at(TokenType::EQUAL)) {
    mark_ = start;
    return nullptr;
  }
  MatchValue* m = node<MatchValue>(start);
  m->value = a;
  return m;
}

// attr: name_or_attr '.' NAME   (left-recursive through name_or_attr: a loop
// that needs at least one '.')
ExprNode* Parser::attr() {
  GUARD();
  int start = mark_;
  if (!at_name()) return nullptr;
  ExprNode* value = name_from_token(mark_++, ExprContext::Load);
  bool any = false;
  while (at(TokenType::DOT) && is_name_token(tok(mark_ + 1))) {
    int name = mark_ + 1;
    mark_ += 2;
    Attribute* a = node<Attribute>(start);
    a->value = value;
    a->attr = identifier(tokens_[name]);
    a->ctx = ExprContext::Load;
    value = a;
    any = true;
  }
  if (!any) {
    mark_ = start;
    return nullptr;
  }
  return value;
}

// name_or_attr: attr | NAME
ExprNode* Parser::name_or_attr() {
  GUARD();
  int start = mark_;
  if (ExprNode* a = attr()) return a;
  mark_ = start;
  return name_expr();
}

// group_pattern: '(' pattern ')'
PatternNode* Parser::group_pattern() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LPAR)) {
    if (PatternNode* p = pattern()) {
      if (accept(TokenType::RPAR)) return p;
    }
  }
  mark_ = start;
  return nullptr;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
PatternNode* Parser::sequence_pattern() {
  GUARD();
  int start = mark_;
  Seq<PatternNode*> items;
  if (accept(TokenType::LSQB)) {
    int inner = mark_;
    if (!maybe_sequence_pattern(items)) mark_ = inner;
    if (accept(TokenType::RSQB)) {
      MatchSequence* m = node<MatchSequence>(start);
      m->patterns = items;
      return m;
    }
    mark_ = start;
    return nullptr;
  }
  if (accept(TokenType::LPAR)) {
    int inner = mark_;
    if (!open_sequence_pattern(items)) mark_ = inner;
    if (accept(TokenType::RPAR)) {
      MatchSequence* m = node<MatchSequence>(start);
      m->patterns = items;
      return m;
    }
  }
  mark_ = start;
  return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
bool Parser::open_sequence_pattern(Seq<PatternNode*>& out) {
  GUARD();
  int start = mark_;
  PatternNode* first = maybe_star_pattern();
  if (!first || !accept(TokenType::COMMA)) {
    mark_ = start;
    return false;
  }
  Seq<PatternNode*> rest;
  int before = mark_;
  if (!maybe_sequence_pattern(rest)) mark_ = before;
  out = prepend(first, rest);
  return true;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
bool Parser::maybe_sequence_pattern(Seq<PatternNode*>& out) {
  GUARD();
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (items.size() > 0 && !accept(TokenType::COMMA)) break;
    PatternNode* p = maybe_star_pattern();
    if (!p) {
      mark_ = before;
      break;
    }
    items.push(p);
  }
  if (items.size() == 0) return false;
  accept(TokenType::COMMA);
  out = items.seq<PatternNode*>(arena_);
  return true;
}

// maybe_star_pattern: star_pattern | pattern
PatternNode* Parser::maybe_star_pattern() {
  GUARD();
  int start = mark_;
  if (PatternNode* p = star_pattern()) return p;
  mark_ = start;
  return pattern();
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
PatternNode* Parser::star_pattern() {
  GUARD();
  int start = mark_;
  PatternNode* result;
  if (memo_lookup(MemoRule::StarPattern, result)) return result;
  result = nullptr;
  if (accept(TokenType::STAR)) {
    if (Name* target = pattern_capture_target()) {
      MatchStar* m = node<MatchStar>(start);
      m->name = target->id;
      result = m;
    } else if (accept_keyword(Keyword::Underscore)) {
      result = node<MatchStar>(start);
    }
  }
  if (!result) mark_ = start;
  memo_store(start, MemoRule::StarPattern, result);
  return result;
}

// mapping_pattern:
//   | '{' '}'
//   | '{' double_star_pattern ','? '}'
//   | '{' items_pattern ',' double_star_pattern ','? '}'
//   | '{' items_pattern ','? '}'
PatternNode* Parser::mapping_pattern() {
  GUARD();
  int start = mark_;
  if (!accept(TokenType::LBRACE)) return nullptr;
  if (accept(TokenType::RBRACE)) return node<MatchMapping>(start);
  if (Name* rest = double_star_pattern()) {
    accept(TokenType::COMMA);
    if (accept(TokenType::RBRACE)) {
      MatchMapping* m = node<MatchMapping>(start);
      m->rest = rest->id;
      return m;
    }
  }
  mark_ = start + 1;
  ScratchScope items(*this);
  if (items_pattern(items)) {
    int after_items = mark_;
    Name* rest = nullptr;
    if (accept(TokenType::COMMA)) {
      rest = double_star_pattern();
      if (rest) {
        accept(TokenType::COMMA);
        if (!accept(TokenType::RBRACE)) rest = nullptr;
      }
    }
    if (!rest) {
      mark_ = after_items;
      accept(TokenType::COMMA);
      if (!accept(TokenType::RBRACE)) {
        mark_ = start;
        return nullptr;
      }
    }
    MatchMapping* m = node<MatchMapping>(start);
    m->keys.size = m->patterns.size = static_cast<uint32_t>(items.size());
    m->keys.items = arena_.make_array<ExprNode*>(m->keys.size);
    m->patterns.items = arena_.make_array<PatternNode*>(m->patterns.size);
    for (uint32_t i = 0; i < m->keys.size; ++i) {
      auto* kp = static_cast<KeyPattern*>(items.item(i));
      m->keys.items[i] = kp->key;
      m->patterns.items[i] = kp->pattern;
    }
    if (rest) m->rest = rest->id;
    return m;
  }
  mark_ = start;
  return nullptr;
}

// items_pattern: ','.key_value_pattern+
bool Parser::items_pattern(ScratchScope& out) {
  GUARD();
  size_t n = 0;
  while (true) {
    int before = mark_;
    if (n > 0 && !accept(TokenType::COMMA)) break;
    KeyPattern* kp = key_value_pattern();
    if (!kp) {
      mark_ = before;
      break;
    }
    out.push(kp);
    ++n;
  }
  return n > 0;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
KeyPattern* Parser::key_value_pattern() {
  GUARD();
  int start = mark_;
  ExprNode* key = literal_expr();
  if (!key) {
    mark_ = start;
    key = attr();
  }
  if (key && accept(TokenType::COLON)) {
    if (PatternNode* p = pattern()) {
      KeyPattern* kp = scratch_arena_.make<KeyPattern>();
      kp->key = key;
      kp->pattern = p;
      return kp;
    }
  }
  mark_ = start;
  return nullptr;
}

// double_star_pattern: '**' pattern_capture_target
Name* Parser::double_star_pattern() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::DOUBLESTAR)) {
    if (Name* target = pattern_capture_target()) return target;
  }
  mark_ = start;
  return nullptr;
}

// class_pattern:
//   | name_or_attr '(' ')'
//   | name_or_attr '(' positional_patterns ','? ')'
//   | name_or_attr '(' keyword_patterns ','? ')'
//   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//   | invalid_class_pattern
PatternNode* Parser::class_pattern() {
  GUARD();
  int start = mark_;
  ExprNode* cls = name_or_attr();
  if (cls && accept(TokenType::LPAR)) {
    int inner = mark_;
    auto finish = [&](Seq<PatternNode*> positional, ScratchScope* keywords) -> PatternNode* {
      MatchClass* m = node<MatchClass>(start);
      m->cls = cls;
      m->patterns = positional;
      if (keywords) {
        uint32_t n = static_cast<uint32_t>(keywords->size());
        m->kwd_attrs.size = m->kwd_patterns.size = n;
        m->kwd_attrs.items = arena_.make_array<Str>(n);
        m->kwd_patterns.items = arena_.make_array<PatternNode*>(n);
        for (uint32_t i = 0; i < n; ++i) {
          auto* kp = static_cast<KeyPattern*>(keywords->item(i));
          m->kwd_attrs.items[i] = static_cast<Name*>(kp->key)->id;
          m->kwd_patterns.items[i] = kp->pattern;
        }
      }
      return m;
    };
    if (accept(TokenType::RPAR)) return finish({}, nullptr);
    Seq<PatternNode*> positional;
    if (positional_patterns(positional)) {
      int after = mark_;
      accept(TokenType::COMMA);
      if (accept(TokenType::RPAR)) return finish(positional, nullptr);
      mark_ = after;
    }
    mark_ = inner;
    {
      ScratchScope keywords(*this);
      if (keyword_patterns(keywords)) {
        accept(TokenType::COMMA);
        if (accept(TokenType::RPAR)) return finish({}, &keywords);
      }
    }
    mark_ = inner;
    if (positional_patterns(positional) && accept(TokenType::COMMA)) {
      ScratchScope keywords(*this);
      if (keyword_patterns(keywords)) {
        accept(TokenType::COMMA);
        if (accept(TokenType::RPAR)) return finish(positional, &keywords);
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) invalid_class_pattern();
  return nullptr;
}

// positional_patterns: ','.pattern+
bool Parser::positional_patterns(Seq<PatternNode*>& out) {
  GUARD();
  ScratchScope items(*this);
  while (true) {
    int before = mark_;
    if (items.size() > 0 && !accept(TokenType::COMMA)) break;
    PatternNode* p = pattern();
    if (!p) {
      mark_ = before;
      break;
    }
    items.push(p);
  }
  if (items.size() == 0) return false;
  out = items.seq<PatternNode*>(arena_);
  return true;
}

// keyword_patterns: ','.keyword_pattern+
bool Parser::keyword_patterns(ScratchScope& out) {
  GUARD();
  size_t n = 0;
  while (true) {
    int before = mark_;
    if (n > 0 && !accept(TokenType::COMMA)) break;
    KeyPattern* kp = keyword_pattern();
    if (!kp) {
      mark_ = before;
      break;
    }
    out.push(kp);
    ++n;
  }
  return n > 0;
}

// keyword_pattern: NAME '=' pattern
KeyPattern* Parser::keyword_pattern() {
  GUARD();
  int start = mark_;
  if (!at_name() || tok(mark_ + 1).type != TokenType::EQUAL) return nullptr;
  Name* name = name_from_token(mark_, ExprContext::Load);
  mark_ += 2;
  if (PatternNode* p = pattern()) {
    KeyPattern* kp = scratch_arena_.make<KeyPattern>();
    kp->key = name;
    kp->pattern = p;
    return kp;
  }
  mark_ = start;
  return nullptr;
}

}  // namespace krait::parser_detail
