// SyntaxErrors: how a failed parse becomes CPython's error (pegen_errors.c's
// logic: the second pass with the invalid_* rules, the generic "invalid
// syntax" at the furthest token of the first pass, lexical errors further on
// taking precedence), and the invalid_* rules themselves, each of which
// raises its specific message or restores the mark and returns.
#include <string>

#include "compiler/parser_internal.h"

namespace krait::parser_detail {

#define GUARD() DepthGuard depth_guard_(*this)

// ---- raising ----

namespace {

// CPython's _PyPegen_byte_offset_to_character_offset: the number of
// characters in the first `col1` bytes of `line`, where col1 is a 1-based
// byte column (the prefix runs one byte into the character at the column).
int characters_in_prefix(std::string_view line, int col1) {
  if (col1 <= 0) return col1;
  if (static_cast<size_t>(col1) > line.size()) {
    // The decoder reads the terminating NUL as one more character.
    return character_offset(line, static_cast<int>(line.size()));
  }
  return character_offset(line, col1) - 1;
}

// Tokens that CPython's parser sees without columns (col_offset -1).
bool has_no_columns(const Token& t) {
  return t.type == TokenType::INDENT || t.type == TokenType::DEDENT ||
         t.type == TokenType::ENDMARKER || t.implied;
}

// Where CPython's tokenizer stands after producing `t`: its lineno and
// `cur - line_start`.
std::pair<int, int> cursor_after(const Token& t) {
  if (t.implied) return {t.lineno, t.col_offset};
  switch (t.type) {
    case TokenType::NEWLINE: return {t.lineno, t.col_offset + 1};
    case TokenType::INDENT: return {t.lineno, t.end_col_offset};
    case TokenType::DEDENT:
    case TokenType::ENDMARKER: return {t.lineno, t.col_offset};
    default: return {t.end_lineno, t.end_col_offset};
  }
}

}  // namespace

// _PyPegen_raise_error_known_location: columns are CPython's 1-based byte
// columns (0 and -1 pass through unconverted).
void Parser::raise_error(SyntaxErrorKind kind, const std::string& message, int lineno, int col1,
                         int end_lineno, int end_col1) {
  SyntaxErrorInfo info;
  info.kind = kind;
  info.filename = source_.filename;
  info.message = message;
  if (options_.mode == ParseMode::FString) {
    info.message = "f-string: " + message;
    col1 -= starting_col_offset_;
    end_col1 -= starting_col_offset_;
  }
  // Columns are converted on the text the error shows (a BOM included).
  std::string line = tokenizer_.error_line(lineno);
  info.lineno = lineno;
  info.end_lineno = end_lineno;
  if (character_offsets_) {
    info.offset = characters_in_prefix(line, col1);
    // CPython converts the end column against the first line of the range too.
    info.end_offset = end_col1 > 0 ? characters_in_prefix(line, end_col1) : end_col1;
  } else {
    info.offset = col1;
    info.end_offset = end_col1;
  }
  if (!line.empty()) {
    info.text = std::move(line);
    info.has_text = true;
  }
  throw SyntaxErrorException(std::move(info));
}

// An undecodable name in an f-string expression. CPython shifts the missing
// columns (-1) of its ERRORTOKEN like those of every token on the
// expression's first line, and the error then lands at the start of the
// expression; elsewhere it is at the cursor, with no end. The error replaces
// the tokenizer's for every later fetch.
void Parser::raise_fstring_name_decode_error(const NameDecodeError& e) {
  const SyntaxErrorInfo& info = e.info();
  bool shifted = info.lineno == starting_lineno_ && starting_col_offset_ != 0;
  try {
    raise_error(SyntaxErrorKind::SyntaxError, info.message, info.lineno,
                shifted ? starting_col_offset_ : e.column(), info.lineno,
                shifted ? starting_col_offset_ : -1);
  } catch (SyntaxErrorException&) {
    tokenizer_error_ = std::current_exception();
    throw;
  }
}

// RAISE_ERROR_KNOWN_LOCATION with 0-based columns; -1 means "none".
void Parser::raise_range(SyntaxErrorKind kind, const std::string& message, int lineno, int col,
                         int end_lineno, int end_col) {
  raise_error(kind, message, lineno, col + 1, end_lineno, end_col + 1);
}

// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched.
void Parser::raise_at_last_token(SyntaxErrorKind kind, const std::string& message) {
  const Token& t = tokens_.back();
  if (has_no_columns(t)) {
    raise_error(kind, message, t.lineno, cursor_after(t).second, t.end_lineno, -1);
  }
  raise_error(kind, message, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1);
}

void Parser::raise_known_location(const LocatedNode* a, const std::string& message) {
  raise_range(SyntaxErrorKind::SyntaxError, message, a->lineno, a->col_offset, a->end_lineno,
              a->end_col_offset);
}

void Parser::raise_known_range(const LocatedNode* a, const LocatedNode* b,
                               const std::string& message) {
  raise_range(SyntaxErrorKind::SyntaxError, message, a->lineno, a->col_offset, b->end_lineno,
              b->end_col_offset);
}

void Parser::raise_token_range(const Token& a, const Token& b, const std::string& message) {
  raise_range(SyntaxErrorKind::SyntaxError, message, a.lineno,
              has_no_columns(a) ? -1 : a.col_offset, b.end_lineno,
              has_no_columns(b) ? -1 : b.end_col_offset);
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: the range ends where the tokenizer
// stands (CPython's CURRENT_POS, taken as a 1-based column as it is).
void Parser::raise_starting_from(const LocatedNode* a, const std::string& message) {
  auto [line, col] = cursor_after(tokens_.back());
  raise_error(SyntaxErrorKind::SyntaxError, message, a->lineno, a->col_offset + 1, line, col);
}

void Parser::raise_starting_from_token(const Token& a, const std::string& message) {
  auto [line, col] = cursor_after(tokens_.back());
  raise_error(SyntaxErrorKind::SyntaxError, message, a.lineno, a.col_offset + 1, line, col);
}

// A forced token (&&'x' in the grammar) raises even in the first pass.
void Parser::expect_forced(TokenType type, const char* text) {
  if (accept(type)) return;
  const Token& t = cur();
  raise_token_range(t, t, std::string("expected '") + text + "'");
}


// ---- the failure path ----

namespace {

// Errors CPython's tokenizer reports only through its `done` state, which the
// full-source check after a parser error does not turn into exceptions.
bool is_state_only_tokenizer_error(const SyntaxErrorInfo& info) {
  if (info.kind != SyntaxErrorKind::SyntaxError) return true;
  const std::string& m = info.message;
  return m == "unexpected character after line continuation character" ||
         m == "unexpected EOF while parsing" ||
         (m.size() > 16 && m.compare(m.size() - 16, 16, "was never closed") == 0);
}

bool is_unclosed_bracket_error(const SyntaxErrorInfo& info) {
  const std::string& m = info.message;
  return m.size() > 16 && m.compare(m.size() - 16, 16, "was never closed") == 0;
}

}  // namespace

// _PyPegen_tokenize_full_source_to_check_for_errors: a lexical error in the
// rest of the source replaces the parser's error.
void Parser::tokenize_rest_for_errors(SyntaxErrorException& current) {
  // CPython does not read ahead at the interactive prompt.
  if (tokenizer_failed_ || options_.interactive != InteractiveInput::None) return;
  int current_line = tokens_.empty() ? 0 : tokens_.back().lineno;
  try {
    while (tokenizer_.next().type != TokenType::ENDMARKER) {
    }
  } catch (SyntaxErrorException& lexical) {
    const SyntaxErrorInfo& info = lexical.info();
    if (is_unclosed_bracket_error(info)) {
      if (current_line > info.lineno) current.info() = info;
    } else if (!is_state_only_tokenizer_error(info)) {
      current.info() = info;
    }
  }
}

ModNode* Parser::report_failure(int furthest_fill) {
  Token last_token = tokens_[furthest_fill - 1];
  for (Memo*& m : memo_) m = nullptr;
  mark_ = 0;
  call_invalid_rules_ = true;
  try {
    start_rule();
  } catch (SyntaxErrorException& e) {
    tokenize_rest_for_errors(e);
    throw;
  }
  // No invalid_* rule matched. A stray indentation is reported as such,
  // without looking further; anything else is a generic error at the
  // furthest token of the first pass, unless the tokenizer objects first.
  if (last_token.type == TokenType::INDENT) {
    raise_at_last_token(SyntaxErrorKind::IndentationError, "unexpected indent");
  }
  if (last_token.type == TokenType::DEDENT) {
    raise_at_last_token(SyntaxErrorKind::IndentationError, "unexpected unindent");
  }
  try {
    raise_token_range(last_token, last_token, "invalid syntax");
  } catch (SyntaxErrorException& e) {
    tokenize_rest_for_errors(e);
    throw;
  }
}

// ---- helpers of the invalid_* rules ----

// _PyPegen_get_expr_name: how messages name an expression.
const char* Parser::expr_name(const ExprNode* e) {
  switch (e->node_kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant:
      switch (static_cast<const Constant*>(e)->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

namespace {

enum TargetsType { kStarTargets, kDelTargets, kForTargets };

// _PyPegen_get_invalid_target: the part of `e` that cannot be a target.
const ExprNode* invalid_target_of(const ExprNode* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->node_kind) {
    case NodeKind::List:
    case NodeKind::Tuple: {
      const Seq<ExprNode*>& elts = e->node_kind == NodeKind::List
                                       ? static_cast<const List*>(e)->elts
                                       : static_cast<const Tuple*>(e)->elts;
      for (ExprNode* child : elts) {
        if (const ExprNode* bad = invalid_target_of(child, type)) return bad;
      }
      return nullptr;
    }
    case NodeKind::Starred:
      if (type == kDelTargets) return e;
      return invalid_target_of(static_cast<const Starred*>(e)->value, type);
    case NodeKind::Compare:
      // `for a in b` reaches here as the comparison `a in b`.
      if (type == kForTargets) {
        const Compare* c = static_cast<const Compare*>(e);
        if (c->ops[0] == CmpOperator::In) return invalid_target_of(c->left, type);
        return nullptr;
      }
      return e;
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

const ExprNode* last_comprehension_item(const Comprehension* c) {
  return c->ifs.empty() ? c->iter : c->ifs[c->ifs.size - 1];
}

bool is_legacy_name(const ExprNode* e) {
  const Name* n = as<Name>(e);
  return n && (n->id == "print" || n->id == "exec");
}

}  // namespace

// ---- invalid_* rules ----

// invalid_arguments:
//   | args ',' '*'
//   | expression for_if_clauses ',' [args | expression for_if_clauses]
//   | NAME '=' expression for_if_clauses
//   | args for_if_clauses
//   | args ',' expression for_if_clauses
//   | args ',' args
void Parser::invalid_arguments() {
  GUARD();
  int start = mark_;
  if (Call* a = args()) {
    if (accept(TokenType::COMMA) && at(TokenType::STAR)) {
      raise_known_location(a, "iterable argument unpacking follows keyword argument unpacking");
    }
  }
  mark_ = start;
  if (ExprNode* a = expression()) {
    Seq<Comprehension*> gens;
    if (for_if_clauses(gens) && accept(TokenType::COMMA)) {
      int before = mark_;
      if (!args()) {
        mark_ = before;
        if (expression()) {
          Seq<Comprehension*> more;
          if (!for_if_clauses(more)) mark_ = before;
        } else {
          mark_ = before;
        }
      }
      raise_known_range(a, last_comprehension_item(gens[gens.size - 1]),
                        "Generator expression must be parenthesized");
    }
  }
  mark_ = start;
  if (at_name() && tok(mark_ + 1).type == TokenType::EQUAL) {
    int name = mark_;
    mark_ += 2;
    if (expression()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens)) {
        raise_token_range(tokens_[name], tokens_[name + 1],
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  mark_ = start;
  if (Call* a = args()) {
    Seq<Comprehension*> gens;
    if (for_if_clauses(gens)) {
      // _PyPegen_nonparen_genexp_in_call
      if (a->args.size > 1) {
        raise_known_range(a->args[a->args.size - 1],
                          last_comprehension_item(gens[gens.size - 1]),
                          "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (args() && accept(TokenType::COMMA)) {
    if (ExprNode* a = expression()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens)) {
        raise_known_range(a, last_comprehension_item(gens[gens.size - 1]),
                          "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (Call* a = args()) {
    if (accept(TokenType::COMMA) && args()) {
      bool unpacking = false;
      for (ast::Keyword* k : a->keywords) {
        if (!k->arg.present()) unpacking = true;
      }
      raise_at_last_token(SyntaxErrorKind::SyntaxError,
                          unpacking ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument");
    }
  }
  mark_ = start;
}

// invalid_kwarg:
//   | ('True'|'False'|'None') '='
//   | NAME '=' expression for_if_clauses
//   | !(NAME '=') expression '='
void Parser::invalid_kwarg() {
  GUARD();
  int start = mark_;
  const Token& t = cur();
  if (t.type == TokenType::NAME &&
      (t.keyword == Keyword::True || t.keyword == Keyword::False || t.keyword == Keyword::None) &&
      tok(mark_ + 1).type == TokenType::EQUAL) {
    raise_token_range(tokens_[start], tokens_[start + 1],
                      "cannot assign to " + std::string(tokens_[start].text));
  }
  if (at_name() && tok(mark_ + 1).type == TokenType::EQUAL) {
    mark_ += 2;
    if (expression()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens)) {
        raise_token_range(tokens_[start], tokens_[start + 1],
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    mark_ = start;
    return;
  }
  if (ExprNode* a = expression()) {
    if (at(TokenType::EQUAL)) {
      raise_range(SyntaxErrorKind::SyntaxError,
                  "expression cannot contain assignment, perhaps you meant \"==\"?", a->lineno,
                  a->col_offset, cur().end_lineno, cur().end_col_offset);
    }
  }
  mark_ = start;
}

// invalid_legacy_expression: NAME !'(' star_expressions
void Parser::invalid_legacy_expression() {
  GUARD();
  int start = mark_;
  if (at_name() && tok(mark_ + 1).type != TokenType::LPAR) {
    Name* a = name_from_token(mark_++, ExprContext::Load);
    if (ExprNode* b = star_expressions()) {
      if (is_legacy_name(a)) {
        std::string id(a->id.view());
        raise_known_range(a, b,
                          "Missing parentheses in call to '" + id + "'. Did you mean " + id +
                              "(...)?");
      }
    }
  }
  mark_ = start;
}

// invalid_expression:
//   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//   | disjunction 'if' disjunction !('else'|':')
void Parser::invalid_expression() {
  GUARD();
  int start = mark_;
  const Token& t = cur();
  bool name_string = is_name_token(t) && tok(mark_ + 1).type == TokenType::STRING;
  bool soft = t.type == TokenType::NAME &&
              (t.keyword == Keyword::match_ || t.keyword == Keyword::case_ ||
               t.keyword == Keyword::Underscore);
  if (!name_string && !soft) {
    if (ExprNode* a = disjunction()) {
      // pegen parses a rule named *_without_invalid with the invalid_*
      // rules switched off beneath it.
      ExprNode* b = without_invalid_rules([this] { return expression_without_invalid(); });
      if (b) {
        if (!is_legacy_name(a) && levels_[mark_ - 1] != 0) {
          raise_known_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  mark_ = start;
  if (ExprNode* a = disjunction()) {
    if (accept_keyword(Keyword::if_)) {
      if (ExprNode* b = disjunction()) {
        if (!at_keyword(Keyword::else_) && !at(TokenType::COLON)) {
          raise_known_range(a, b, "expected 'else' after 'if' expression");
        }
      }
    }
  }
  mark_ = start;
}

// invalid_named_expression (memo in CPython; its alternatives only raise):
//   | expression ':=' expression
//   | NAME '=' bitwise_or !('='|':=')
//   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void Parser::invalid_named_expression() {
  GUARD();
  int start = mark_;
  void* tried;
  if (memo_lookup(MemoRule::InvalidNamedExpression, tried)) {
    mark_ = start;
    return;
  }
  if (ExprNode* a = expression()) {
    if (accept(TokenType::COLONEQUAL) && expression()) {
      raise_known_location(
          a, std::string("cannot use assignment expressions with ") + expr_name(a));
    }
  }
  mark_ = start;
  if (at_name() && tok(mark_ + 1).type == TokenType::EQUAL) {
    Name* a = name_from_token(mark_, ExprContext::Load);
    mark_ += 2;
    if (ExprNode* b = bitwise_or()) {
      if (!at(TokenType::EQUAL) && !at(TokenType::COLONEQUAL)) {
        raise_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  mark_ = start;
  bool excluded = false;
  if (list() || tuple() || genexp()) excluded = true;
  mark_ = start;
  if (at_keyword(Keyword::True) || at_keyword(Keyword::None) || at_keyword(Keyword::False)) {
    excluded = true;
  }
  if (!excluded) {
    if (ExprNode* a = bitwise_or()) {
      if (accept(TokenType::EQUAL) && bitwise_or()) {
        if (!at(TokenType::EQUAL) && !at(TokenType::COLONEQUAL)) {
          raise_known_location(a, std::string("cannot assign to ") + expr_name(a) +
                                      " here. Maybe you meant '==' instead of '='?");
        }
      }
    }
  }
  mark_ = start;
  memo_store(start, MemoRule::InvalidNamedExpression, nullptr);
}

// invalid_assignment:
//   | invalid_ann_assign_target ':' expression
//   | star_named_expression ',' star_named_expressions* ':' expression
//   | expression ':' expression
//   | (star_targets '=')* star_expressions '='
//   | (star_targets '=')* yield_expr '='
//   | star_expressions augassign (yield_expr | star_expressions)
void Parser::invalid_assignment() {
  GUARD();
  int start = mark_;
  if (ExprNode* a = invalid_ann_assign_target()) {
    if (accept(TokenType::COLON) && expression()) {
      raise_known_location(
          a, std::string("only single target (not ") + expr_name(a) + ") can be annotated");
    }
  }
  mark_ = start;
  if (ExprNode* a = star_named_expression()) {
    if (accept(TokenType::COMMA)) {
      while (true) {
        int before = mark_;
        Seq<ExprNode*> more;
        if (!star_named_expressions(more)) {
          mark_ = before;
          break;
        }
      }
      if (accept(TokenType::COLON) && expression()) {
        raise_known_location(a, "only single target (not tuple) can be annotated");
      }
    }
  }
  mark_ = start;
  if (ExprNode* a = expression()) {
    if (accept(TokenType::COLON) && expression()) {
      raise_known_location(a, "illegal target for annotation");
    }
  }
  mark_ = start;
  auto skip_targets = [&]() {
    while (true) {
      int before = mark_;
      if (!star_targets() || !accept(TokenType::EQUAL)) {
        mark_ = before;
        break;
      }
    }
  };
  skip_targets();
  if (ExprNode* a = star_expressions()) {
    if (at(TokenType::EQUAL)) {
      ++mark_;
      if (const ExprNode* bad = invalid_target_of(a, kStarTargets)) {
        raise_known_location(bad, std::string("cannot assign to ") + expr_name(bad));
      }
    }
  }
  mark_ = start;
  skip_targets();
  if (ExprNode* a = yield_expr()) {
    if (at(TokenType::EQUAL)) {
      raise_known_location(a, "assignment to yield expression not possible");
    }
  }
  mark_ = start;
  if (ExprNode* a = star_expressions()) {
    Operator op;
    if (augassign(op)) {
      if (annotated_rhs()) {
        raise_known_location(a, std::string("'") + expr_name(a) +
                                    "' is an illegal expression for augmented assignment");
      }
    }
  }
  mark_ = start;
}

// invalid_del_stmt: 'del' star_expressions
// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
ExprNode* Parser::invalid_ann_assign_target() {
  GUARD();
  int start = mark_;
  if (ExprNode* e = list()) return e;
  if (ExprNode* e = tuple()) return e;
  if (accept(TokenType::LPAR)) {
    if (ExprNode* e = invalid_ann_assign_target()) {
      if (accept(TokenType::RPAR)) return e;
    }
  }
  mark_ = start;
  return nullptr;
}

void Parser::invalid_del_stmt() {
  GUARD();
  int start = mark_;
  if (accept_keyword(Keyword::del_)) {
    if (ExprNode* a = star_expressions()) {
      if (const ExprNode* bad = invalid_target_of(a, kDelTargets)) {
        raise_known_location(bad, std::string("cannot delete ") + expr_name(bad));
      }
    }
  }
  mark_ = start;
}

// invalid_block: NEWLINE !INDENT
void Parser::invalid_block() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::NEWLINE) && !at(TokenType::INDENT)) {
    raise_at_last_token(SyntaxErrorKind::IndentationError, "expected an indented block");
  }
  mark_ = start;
}

// invalid_comprehension:
//   | ('[' | '(' | '{') starred_expression for_if_clauses
//   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//   | ('[' | '{') star_named_expression ',' for_if_clauses
void Parser::invalid_comprehension() {
  GUARD();
  int start = mark_;
  TokenType open = cur_type();
  if (open != TokenType::LSQB && open != TokenType::LPAR && open != TokenType::LBRACE) return;
  ++mark_;
  if (ExprNode* a = starred_expression()) {
    Seq<Comprehension*> gens;
    if (for_if_clauses(gens)) {
      raise_known_location(a, "iterable unpacking cannot be used in comprehension");
    }
  }
  mark_ = start;
  if (open == TokenType::LPAR) return;
  ++mark_;
  if (ExprNode* a = star_named_expression()) {
    if (accept(TokenType::COMMA)) {
      int comma = mark_ - 1;
      Seq<ExprNode*> b;
      int before = mark_;
      if (star_named_expressions(b)) {
        Seq<Comprehension*> gens;
        if (for_if_clauses(gens)) {
          raise_known_range(a, b[b.size - 1],
                            "did you forget parentheses around the comprehension target?");
        }
      }
      mark_ = before;
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens)) {
        raise_range(SyntaxErrorKind::SyntaxError,
                    "did you forget parentheses around the comprehension target?", a->lineno,
                    a->col_offset, tokens_[comma].end_lineno, tokens_[comma].end_col_offset);
      }
    }
  }
  mark_ = start;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void Parser::invalid_dict_comprehension() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LBRACE) && at(TokenType::DOUBLESTAR)) {
    int star = mark_++;
    if (bitwise_or()) {
      Seq<Comprehension*> gens;
      if (for_if_clauses(gens) && at(TokenType::RBRACE)) {
        raise_token_range(tokens_[star], tokens_[star],
                          "dict unpacking cannot be used in dict comprehension");
      }
    }
  }
  mark_ = start;
}

// invalid_parameters (and, through `lambda`, invalid_lambda_parameters):
//   | param_no_default* invalid_parameters_helper param_no_default
//   | param_no_default* '(' param_no_default+ ','? ')'
//   | "/" ','
//   | (slash_no_default | slash_with_default) param_maybe_default* '/'
//   | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//     param_maybe_default* '/'
//   | param_maybe_default+ '/' '*'
void Parser::invalid_parameters() { invalid_parameters_common(false); }
void Parser::invalid_lambda_parameters() { invalid_parameters_common(true); }

void Parser::invalid_parameters_common(bool lambda) {
  GUARD();
  int start = mark_;
  while (param_no_default(lambda)) {
  }
  {
    int helper = mark_;
    bool ok = slash_with_default(lambda) != nullptr;
    if (!ok) {
      mark_ = helper;
      while (param_with_default(lambda)) ok = true;
    }
    if (ok) {
      if (Arg* a = param_no_default(lambda)) {
        raise_known_location(a, "non-default argument follows default argument");
      }
    }
  }
  mark_ = start;
  while (param_no_default(lambda)) {
  }
  if (at(TokenType::LPAR)) {
    int open = mark_++;
    bool any = false;
    if (lambda) {
      while (true) {
        int before = mark_;
        if (any && !accept(TokenType::COMMA)) break;
        if (!param(true)) {
          mark_ = before;
          break;
        }
        any = true;
      }
    } else {
      while (param_no_default(false)) any = true;
    }
    if (any) {
      accept(TokenType::COMMA);
      if (at(TokenType::RPAR)) {
        raise_token_range(tokens_[open], cur(),
                          lambda ? "Lambda expression parameters cannot be parenthesized"
                                 : "Function parameters cannot be parenthesized");
      }
    }
  }
  mark_ = start;
  if (at(TokenType::SLASH) && tok(mark_ + 1).type == TokenType::COMMA) {
    raise_token_range(cur(), cur(), "at least one argument must precede /");
  }
  auto slash_any = [&]() {
    int before = mark_;
    Seq<Arg*> plain;
    if (slash_no_default(plain, lambda)) return true;
    mark_ = before;
    if (slash_with_default(lambda)) return true;
    mark_ = before;
    return false;
  };
  if (slash_any()) {
    while (param_maybe_default(lambda)) {
    }
    if (at(TokenType::SLASH)) raise_token_range(cur(), cur(), "/ may appear only once");
  }
  mark_ = start;
  slash_any();
  while (param_maybe_default(lambda)) {
  }
  if (accept(TokenType::STAR)) {
    bool ok = accept(TokenType::COMMA) || param_no_default(lambda);
    if (ok) {
      while (param_maybe_default(lambda)) {
      }
      if (at(TokenType::SLASH)) raise_token_range(cur(), cur(), "/ must be ahead of *");
    }
  }
  mark_ = start;
  {
    bool any = false;
    while (param_maybe_default(lambda)) any = true;
    if (any && accept(TokenType::SLASH) && at(TokenType::STAR)) {
      raise_token_range(cur(), cur(), "expected comma between / and *");
    }
  }
  mark_ = start;
}

// invalid_default: '=' &(')'|',')
void Parser::invalid_default() {
  if (at(TokenType::EQUAL)) {
    TokenType next = tok(mark_ + 1).type;
    if (next == TokenType::RPAR || next == TokenType::COMMA) {
      raise_token_range(cur(), cur(), "expected default value expression");
    }
  }
}

// invalid_star_etc / invalid_lambda_star_etc:
//   | '*' (')' | ',' (')' | '**'))          (lambda: ':' instead of ')')
//   | '*' ',' TYPE_COMMENT
//   | '*' param '='
//   | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
void Parser::invalid_star_etc_common(bool lambda) {
  GUARD();
  int start = mark_;
  if (!at(TokenType::STAR)) return;
  TokenType close = lambda ? TokenType::COLON : TokenType::RPAR;
  ++mark_;
  TokenType next = cur_type();
  if (next == close ||
      (next == TokenType::COMMA && (tok(mark_ + 1).type == close ||
                                    tok(mark_ + 1).type == TokenType::DOUBLESTAR))) {
    if (lambda) {
      mark_ = start + 2;
      raise_at_last_token(SyntaxErrorKind::SyntaxError, "named arguments must follow bare *");
    }
    raise_token_range(tokens_[start], tokens_[start], "named arguments must follow bare *");
  }
  if (!lambda && next == TokenType::COMMA && tok(mark_ + 1).type == TokenType::TYPE_COMMENT) {
    raise_at_last_token(SyntaxErrorKind::SyntaxError, "bare * has associated type comment");
  }
  if (param(lambda) && at(TokenType::EQUAL)) {
    raise_token_range(cur(), cur(), "var-positional argument cannot have default value");
  }
  mark_ = start + 1;
  if (accept(TokenType::COMMA) || param_no_default(lambda)) {
    while (param_maybe_default(lambda)) {
    }
    if (at(TokenType::STAR)) {
      int star = mark_++;
      if (accept(TokenType::COMMA) || param_no_default(lambda)) {
        raise_token_range(tokens_[star], tokens_[star], "* argument may appear only once");
      }
    }
  }
  mark_ = start;
}

void Parser::invalid_star_etc() { invalid_star_etc_common(false); }
void Parser::invalid_lambda_star_etc() { invalid_star_etc_common(true); }

// invalid_kwds / invalid_lambda_kwds:
//   | '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
void Parser::invalid_kwds_common(bool lambda) {
  GUARD();
  int start = mark_;
  if (accept(TokenType::DOUBLESTAR) && param(lambda)) {
    if (at(TokenType::EQUAL)) {
      raise_token_range(cur(), cur(), "var-keyword argument cannot have default value");
    }
    if (accept(TokenType::COMMA)) {
      int after = mark_;
      if (param(lambda)) {
        raise_token_range(tokens_[after], tokens_[after],
                          "arguments cannot follow var-keyword argument");
      }
      mark_ = after;
      TokenType t = cur_type();
      if (t == TokenType::STAR || t == TokenType::DOUBLESTAR || t == TokenType::SLASH) {
        raise_token_range(cur(), cur(), "arguments cannot follow var-keyword argument");
      }
    }
  }
  mark_ = start;
}

void Parser::invalid_kwds() { invalid_kwds_common(false); }
void Parser::invalid_lambda_kwds() { invalid_kwds_common(true); }

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void Parser::invalid_with_item() {
  GUARD();
  int start = mark_;
  if (expression() && accept_keyword(Keyword::as_)) {
    if (ExprNode* a = expression()) {
      if (at(TokenType::COMMA) || at(TokenType::RPAR) || at(TokenType::COLON)) {
        if (const ExprNode* bad = invalid_target_of(a, kStarTargets)) {
          raise_known_location(bad, std::string("cannot assign to ") + expr_name(bad));
        }
      }
    }
  }
  mark_ = start;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void Parser::invalid_for_target() {
  GUARD();
  int start = mark_;
  accept_async();
  if (accept_keyword(Keyword::for_)) {
    if (ExprNode* a = star_expressions()) {
      if (const ExprNode* bad = invalid_target_of(a, kForTargets)) {
        raise_known_location(bad, std::string("cannot assign to ") + expr_name(bad));
      }
    }
  }
  mark_ = start;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void Parser::invalid_group() {
  GUARD();
  int start = mark_;
  if (accept(TokenType::LPAR)) {
    if (ExprNode* a = starred_expression()) {
      if (at(TokenType::RPAR)) raise_known_location(a, "cannot use starred expression here");
    }
    mark_ = start + 1;
    if (at(TokenType::DOUBLESTAR)) {
      int star = mark_++;
      if (expression() && at(TokenType::RPAR)) {
        raise_token_range(tokens_[star], tokens_[star],
                          "cannot use double starred expression here");
      }
    }
  }
  mark_ = start;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void Parser::invalid_import_from_targets() {
  GUARD();
  int start = mark_;
  Seq<Alias*> names;
  if (import_from_as_names(names) && accept(TokenType::COMMA) && accept(TokenType::NEWLINE)) {
    raise_at_last_token(SyntaxErrorKind::SyntaxError,
                        "trailing comma not allowed without surrounding parentheses");
  }
  mark_ = start;
}

// The with-items of the invalid_with_* rules: ','.(expression ['as' star_target])+
// (or `expressions` inside parentheses).
bool Parser::loose_with_items(bool parenthesized) {
  bool any = false;
  while (true) {
    int before = mark_;
    if (any && !accept(TokenType::COMMA)) break;
    ExprNode* e = parenthesized ? expressions() : expression();
    if (!e) {
      mark_ = before;
      break;
    }
    int after = mark_;
    if (!(accept_keyword(Keyword::as_) && star_target())) mark_ = after;
    any = true;
  }
  return any;
}

// invalid_with_stmt:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void Parser::invalid_with_stmt() {
  GUARD();
  int start = mark_;
  accept_async();
  if (accept_keyword(Keyword::with_)) {
    int after = mark_;
    if (loose_with_items(false) && accept(TokenType::NEWLINE)) {
      raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    }
    mark_ = after;
    if (accept(TokenType::LPAR) && loose_with_items(true)) {
      accept(TokenType::COMMA);
      if (accept(TokenType::RPAR) && accept(TokenType::NEWLINE)) {
        raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
      }
    }
  }
  mark_ = start;
}

void Parser::raise_indented_block_expected(const Token& keyword, const std::string& what) {
  raise_at_last_token(SyntaxErrorKind::IndentationError,
                      "expected an indented block after " + what + " on line " +
                          std::to_string(keyword.lineno));
}

// NEWLINE !INDENT after the header's ':'.
bool Parser::at_missing_block() {
  return accept(TokenType::NEWLINE) && !at(TokenType::INDENT);
}

// invalid_with_stmt_indent:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void Parser::invalid_with_stmt_indent() {
  GUARD();
  int start = mark_;
  accept_async();
  if (at_keyword(Keyword::with_)) {
    int with = mark_++;
    int after = mark_;
    if (loose_with_items(false) && accept(TokenType::COLON) && at_missing_block()) {
      raise_indented_block_expected(tokens_[with], "'with' statement");
    }
    mark_ = after;
    if (accept(TokenType::LPAR) && loose_with_items(true)) {
      accept(TokenType::COMMA);
      if (accept(TokenType::RPAR) && accept(TokenType::COLON) && at_missing_block()) {
        raise_indented_block_expected(tokens_[with], "'with' statement");
      }
    }
  }
  mark_ = start;
}

// invalid_try_stmt:
//   | 'try' ':' NEWLINE !INDENT
//   | 'try' ':' block !('except' | 'finally')
//   | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//   | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void Parser::invalid_try_stmt() {
  GUARD();
  int start = mark_;
  if (!at_keyword(Keyword::try_)) return;
  int try_token = mark_++;
  if (!accept(TokenType::COLON)) {
    mark_ = start;
    return;
  }
  int after_colon = mark_;
  if (at_missing_block()) raise_indented_block_expected(tokens_[try_token], "'try' statement");
  mark_ = after_colon;
  if (block()) {
    if (!at_keyword(Keyword::except_) && !at_keyword(Keyword::finally_)) {
      raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected 'except' or 'finally' block");
    }
  }
  for (bool star : {false, true}) {
    mark_ = after_colon;
    while (block()) {
    }
    bool any = false;
    while (except_block(star)) any = true;
    if (!any || !at_keyword(Keyword::except_)) continue;
    int except = mark_++;
    if (!star) {
      if (!at(TokenType::STAR)) continue;
      int star_token = mark_++;
      if (!expression()) continue;
      int before = mark_;
      if (!(accept_keyword(Keyword::as_) && at_name() && (++mark_, true))) mark_ = before;
      if (accept(TokenType::COLON)) {
        raise_token_range(tokens_[except], tokens_[star_token],
                          "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      int before = mark_;
      if (expression()) {
        int after = mark_;
        if (!(accept_keyword(Keyword::as_) && at_name() && (++mark_, true))) mark_ = after;
      } else {
        mark_ = before;
      }
      if (accept(TokenType::COLON)) {
        raise_token_range(tokens_[except], tokens_[except],
                          "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  mark_ = start;
}

// invalid_except_stmt:
//   | 'except' '*'? expression ',' expressions ['as' NAME] ':'
//   | 'except' '*'? expression ['as' NAME] NEWLINE
//   | 'except' NEWLINE
//   | 'except' '*' (NEWLINE | ':')
void Parser::invalid_except_stmt() {
  GUARD();
  int start = mark_;
  if (!accept_keyword(Keyword::except_)) return;
  int after_except = mark_;
  accept(TokenType::STAR);
  if (ExprNode* a = expression()) {
    if (accept(TokenType::COMMA) && expressions()) {
      int before = mark_;
      if (!(accept_keyword(Keyword::as_) && at_name() && (++mark_, true))) mark_ = before;
      if (accept(TokenType::COLON)) {
        raise_starting_from(a, "multiple exception types must be parenthesized");
      }
    }
  }
  mark_ = after_except;
  accept(TokenType::STAR);
  if (expression()) {
    int before = mark_;
    if (!(accept_keyword(Keyword::as_) && at_name() && (++mark_, true))) mark_ = before;
    if (accept(TokenType::NEWLINE)) raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
  }
  mark_ = after_except;
  if (accept(TokenType::NEWLINE)) raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
  mark_ = after_except;
  if (accept(TokenType::STAR) && (accept(TokenType::NEWLINE) || accept(TokenType::COLON))) {
    raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected one or more exception types");
  }
  mark_ = start;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void Parser::invalid_finally_stmt() {
  GUARD();
  int start = mark_;
  if (at_keyword(Keyword::finally_)) {
    int keyword = mark_++;
    if (accept(TokenType::COLON) && at_missing_block()) {
      raise_indented_block_expected(tokens_[keyword], "'finally' statement");
    }
  }
  mark_ = start;
}

// invalid_except_stmt_indent:
//   | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
//   | 'except' ':' NEWLINE !INDENT
// invalid_except_star_stmt_indent:
//   | 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
void Parser::invalid_except_indent_common(bool star) {
  GUARD();
  int start = mark_;
  if (!at_keyword(Keyword::except_)) return;
  int keyword = mark_++;
  const char* what = star ? "'except*' statement" : "'except' statement";
  if (star && !accept(TokenType::STAR)) {
    mark_ = start;
    return;
  }
  int after = mark_;
  if (expression()) {
    int before = mark_;
    if (!(accept_keyword(Keyword::as_) && at_name() && (++mark_, true))) mark_ = before;
    if (accept(TokenType::COLON) && at_missing_block()) {
      raise_indented_block_expected(tokens_[keyword], what);
    }
  }
  mark_ = after;
  if (!star && accept(TokenType::COLON) && at_missing_block()) {
    raise_indented_block_expected(tokens_[keyword], what);
  }
  mark_ = start;
}

void Parser::invalid_except_stmt_indent() { invalid_except_indent_common(false); }
void Parser::invalid_except_star_stmt_indent() { invalid_except_indent_common(true); }

// invalid_match_stmt:
//   | "match" subject_expr NEWLINE
//   | "match" subject_expr ':' NEWLINE !INDENT
void Parser::invalid_match_stmt() {
  GUARD();
  int start = mark_;
  if (at_keyword(Keyword::match_)) {
    int keyword = mark_++;
    if (subject_expr()) {
      int after = mark_;
      if (accept(TokenType::NEWLINE)) {
        raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
      }
      mark_ = after;
      if (accept(TokenType::COLON) && at_missing_block()) raise_indented_block_expected(tokens_[keyword], "'match' statement");
    }
  }
  mark_ = start;
}

// invalid_case_block:
//   | "case" patterns guard? NEWLINE
//   | "case" patterns guard? ':' NEWLINE !INDENT
void Parser::invalid_case_block() {
  GUARD();
  int start = mark_;
  if (at_keyword(Keyword::case_)) {
    int keyword = mark_++;
    if (patterns()) {
      int before = mark_;
      if (!(accept_keyword(Keyword::if_) && named_expression())) mark_ = before;
      int after = mark_;
      if (accept(TokenType::NEWLINE)) {
        raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
      }
      mark_ = after;
      if (accept(TokenType::COLON) && at_missing_block()) {
        raise_indented_block_expected(tokens_[keyword], "'case' statement");
      }
    }
  }
  mark_ = start;
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
void Parser::invalid_as_pattern() {
  GUARD();
  int start = mark_;
  if (or_pattern() && accept_keyword(Keyword::as_)) {
    if (at_soft_keyword(Keyword::Underscore)) {
      raise_token_range(cur(), cur(), "cannot use '_' as a target");
    }
    if (!at_name()) {
      if (ExprNode* a = expression()) raise_known_location(a, "invalid pattern target");
    }
  }
  mark_ = start;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
void Parser::invalid_class_pattern() {
  GUARD();
  int start = mark_;
  if (name_or_attr() && accept(TokenType::LPAR)) {
    int inner = mark_;
    Seq<PatternNode*> positional;
    if (!(positional_patterns(positional) && accept(TokenType::COMMA))) mark_ = inner;
    ScratchScope keywords(*this);
    if (keyword_patterns(keywords) && accept(TokenType::COMMA)) {
      Seq<PatternNode*> a;
      if (positional_patterns(a)) {
        raise_known_range(a[0], a[a.size - 1], "positional patterns follow keyword patterns");
      }
    }
  }
  mark_ = start;
}

// invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
//   | KEYWORD named_expression NEWLINE
//   | KEYWORD named_expression ':' NEWLINE !INDENT
void Parser::invalid_conditional_header(Keyword keyword, const char* what) {
  GUARD();
  int start = mark_;
  if (at_keyword(keyword)) {
    int k = mark_++;
    if (named_expression()) {
      if (accept(TokenType::NEWLINE)) {
        raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
      }
      if (accept(TokenType::COLON) && at_missing_block()) {
        raise_indented_block_expected(tokens_[k], what);
      }
    }
  }
  mark_ = start;
}

void Parser::invalid_if_stmt() { invalid_conditional_header(Keyword::if_, "'if' statement"); }
void Parser::invalid_elif_stmt() {
  invalid_conditional_header(Keyword::elif_, "'elif' statement");
}
void Parser::invalid_while_stmt() {
  invalid_conditional_header(Keyword::while_, "'while' statement");
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void Parser::invalid_else_stmt() {
  GUARD();
  int start = mark_;
  if (at_keyword(Keyword::else_)) {
    int k = mark_++;
    if (accept(TokenType::COLON) && at_missing_block()) {
      raise_indented_block_expected(tokens_[k], "'else' statement");
    }
  }
  mark_ = start;
}

// invalid_for_stmt:
//   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void Parser::invalid_for_stmt() {
  GUARD();
  int start = mark_;
  accept_async();
  if (at_keyword(Keyword::for_)) {
    int k = mark_++;
    if (star_targets() && accept_keyword(Keyword::in_) && star_expressions()) {
      if (accept(TokenType::NEWLINE)) {
        raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
      }
      if (accept(TokenType::COLON) && at_missing_block()) {
        raise_indented_block_expected(tokens_[k], "'for' statement");
      }
    }
  }
  mark_ = start;
}

// invalid_def_raw:
//   | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void Parser::invalid_def_raw() {
  GUARD();
  int start = mark_;
  accept_async();
  if (at_keyword(Keyword::def_)) {
    int k = mark_++;
    if (at_name()) {
      ++mark_;
      if (accept(TokenType::LPAR)) {
        int before = mark_;
        if (!params()) mark_ = before;
        if (accept(TokenType::RPAR)) {
          before = mark_;
          if (!(accept(TokenType::RARROW) && expression())) mark_ = before;
          if (accept(TokenType::COLON) && at_missing_block()) {
            raise_indented_block_expected(tokens_[k], "function definition");
          }
        }
      }
    }
  }
  mark_ = start;
}

// invalid_class_def_raw:
//   | 'class' NAME ['(' [arguments] ')'] NEWLINE
//   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void Parser::invalid_class_def_raw() {
  GUARD();
  int start = mark_;
  if (at_keyword(Keyword::class_)) {
    int k = mark_++;
    if (at_name()) {
      ++mark_;
      int before = mark_;
      if (accept(TokenType::LPAR)) {
        int inner = mark_;
        if (!arguments()) mark_ = inner;
        if (!accept(TokenType::RPAR)) mark_ = before;
      }
      if (accept(TokenType::NEWLINE)) {
        raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
      }
      if (accept(TokenType::COLON) && at_missing_block()) {
        raise_indented_block_expected(tokens_[k], "class definition");
      }
    }
  }
  mark_ = start;
}

// invalid_double_starred_kvpairs:
//   | ','.double_starred_kvpair+ ',' invalid_kvpair
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
void Parser::invalid_double_starred_kvpairs() {
  GUARD();
  int start = mark_;
  {
    ScratchScope pairs(*this);
    bool any = false;
    while (true) {
      int before = mark_;
      if (any && !accept(TokenType::COMMA)) break;
      if (!double_starred_kvpair(/*after_first=*/any)) {
        mark_ = before;
        break;
      }
      any = true;
    }
    if (any && accept(TokenType::COMMA)) invalid_kvpair();
  }
  mark_ = start;
  if (expression() && accept(TokenType::COLON)) {
    int colon = mark_ - 1;
    if (at(TokenType::STAR)) {
      int star = mark_++;
      if (bitwise_or()) {
        raise_starting_from_token(tokens_[star],
                                  "cannot use a starred expression in a dictionary value");
      }
    }
    mark_ = colon + 1;
    if (at(TokenType::RBRACE) || at(TokenType::COMMA)) {
      raise_token_range(tokens_[colon], tokens_[colon],
                        "expression expected after dictionary key and ':'");
    }
  }
  mark_ = start;
}

// invalid_kvpair:
//   | expression !(':')
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
void Parser::invalid_kvpair() {
  GUARD();
  int start = mark_;
  if (ExprNode* a = dict_key_without_invalid()) {
    if (!at(TokenType::COLON)) {
      raise_range(SyntaxErrorKind::SyntaxError, "':' expected after dictionary key", a->lineno,
                  a->end_col_offset - 1, a->end_lineno, -1);
    }
    int colon = mark_++;
    if (at(TokenType::STAR)) {
      int star = mark_++;
      if (bitwise_or()) {
        raise_starting_from_token(tokens_[star],
                                  "cannot use a starred expression in a dictionary value");
      }
    }
    mark_ = colon + 1;
    if (at(TokenType::RBRACE) || at(TokenType::COMMA)) {
      raise_token_range(tokens_[colon], tokens_[colon],
                        "expression expected after dictionary key and ':'");
    }
  }
  mark_ = start;
}

}  // namespace krait::parser_detail
