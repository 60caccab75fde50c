// The parser's internals, shared by parser*.cpp: the Parser class, one member
// function per grammar rule of CPython 3.11's Grammar/python.gram.
//
// PEG machinery as pegen generates it: tokens are pulled from the tokenizer
// lazily into `tokens_` (so a lexical error surfaces only when the parse
// reaches it), an alternative backtracks by restoring `mark_`, a failed rule
// returns nullptr (never throws), and the rules CPython memoises keep their
// results per start token. Left-recursive rules are loops that build the same
// left-leaning trees. Only a real SyntaxError throws.
#pragma once

#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/string_parser.h"
#include "compiler/syntax_error.h"
#include "compiler/tokenizer.h"

namespace krait::parser_detail {

using namespace ast;
// The token keyword, not the AST's `keyword` node (spelled ast::Keyword here).
using Keyword = krait::Keyword;

// The value of a NUMBER token (underscores allowed, as the tokenizer accepts
// them); false if the text is not a number literal.
bool parse_number_literal(std::string_view text, Arena& arena, ConstantValue& out);

// Rules whose results are memoised (pegen's "(memo)" and left-recursive rules).
enum class MemoRule : uint8_t {
  Expression,
  StarExpression,
  Disjunction,
  Conjunction,
  Inversion,
  BitwiseOr,
  Factor,
  AwaitPrimary,
  Primary,
  TPrimary,
  StarTarget,
  TargetWithStarAtom,
  DelTarget,
  Block,
  SimpleStmt,
  Arguments,
  Strings,
  ClosedPattern,
  StarPattern,
  Slices,
  InvalidNamedExpression,
};

// Helper results that are not AST nodes (pegen's KeyValuePair, NameDefaultPair,
// SlashWithDefault, StarEtc, KeywordOrStarred, KeyPatternPair). They live in
// the parser's scratch arena.
struct KeyValue {
  ExprNode* key;  // nullptr for `**value`
  ExprNode* value;
};
struct NameDefault {
  Arg* arg;
  ExprNode* value;  // nullptr when absent
};
struct SlashWithDefault {
  Seq<Arg*> plain_names;
  Seq<NameDefault*> names_with_defaults;
};
struct StarEtc {
  Arg* vararg;
  Seq<NameDefault*> kwonlyargs;
  Arg* kwarg;
};
struct KeywordOrStarred {
  void* element;  // Keyword* or ExprNode* (a Starred)
  bool is_keyword;
};
struct KeyPattern {
  ExprNode* key;  // a Name for keyword patterns
  PatternNode* pattern;
};
struct CmpPair {
  CmpOperator op;
  ExprNode* expr;
};

// CPython 3.11's limit on rule nesting (MAXSTACK): deeper input is rejected with an
// error instead of overflowing the C++ stack.
inline constexpr int kMaxRuleDepth = 6000;

class Parser final : public StringParserHost {
 public:
  // `character_offsets`: errors give 1-based character offsets, as CPython
  // does when its tokenizer knows the source's encoding (a str, a BOM, a
  // coding declaration); otherwise, as for undeclared UTF-8 bytes and f-string
  // expressions, 1-based byte offsets.
  Parser(const SourceText& source, Arena& arena, ParseOptions options, int starting_lineno,
         int starting_col_offset, bool character_offsets);

  // Runs both passes as _PyPegen_run_parser does; returns the mod node (or,
  // in FString mode, the expression through fstring_result()).
  ModNode* run();
  ExprNode* fstring_result() const { return fstring_result_; }
  std::vector<CompileWarning>& warnings() { return warnings_; }

  // StringParserHost.
  Arena& arena() override { return arena_; }
  ExprNode* parse_fstring_expression(std::string_view wrapped, int starting_lineno,
                                     int starting_col_offset) override;
  void warn(CompileWarning warning) override { warnings_.push_back(std::move(warning)); }
  const std::string& filename() const override { return source_.filename; }
  std::string_view line_text(int lineno) const override;
  [[noreturn]] void raise_syntax_error(const std::string& message,
                                       const Token& last_string) override {
    raise_at_last_token(SyntaxErrorKind::SyntaxError, message);
  }

 private:
  // ---- tokens (parser.cpp) ----
  const Token& tok(int i) {
    if (i >= static_cast<int>(tokens_.size())) fill_to(i);
    return tokens_[i];
  }
  void fill_to(int i);
  [[noreturn]] void raise_fstring_name_decode_error(const NameDecodeError& e);
  const Token& cur() { return tok(mark_); }
  TokenType cur_type() { return tok(mark_).type; }
  bool at(TokenType type) { return cur_type() == type; }
  bool accept(TokenType type) {
    if (cur_type() != type) return false;
    ++mark_;
    return true;
  }
  bool at_keyword(Keyword k) {
    const Token& t = cur();
    return t.type == TokenType::NAME && t.keyword == k;
  }
  bool accept_keyword(Keyword k) {
    if (!at_keyword(k)) return false;
    ++mark_;
    return true;
  }
  void imply_interactive_newline(Token& t);
  bool at_async();
  bool accept_async();
  bool at_await();
  bool is_name_token(const Token& t) const;
  bool at_name() { return is_name_token(cur()); }
  bool at_soft_keyword(Keyword k) {
    const Token& t = cur();
    return t.type == TokenType::NAME && t.keyword == k;
  }

  // ---- memo ----
  struct Memo {
    MemoRule rule;
    bool without_invalid;
    int end_mark;
    void* node;
    Memo* next;
  };
  template <class T>
  bool memo_lookup(MemoRule rule, T*& result) {
    tok(mark_);  // the memo table grows with the token buffer
    for (Memo* m = memo_[mark_]; m; m = m->next) {
      if (m->rule == rule && m->without_invalid == without_invalid_) {
        mark_ = m->end_mark;
        result = static_cast<T*>(m->node);
        return true;
      }
    }
    return false;
  }
  void memo_store(int start, MemoRule rule, void* node);

  // ---- depth guard ----
  struct DepthGuard {
    explicit DepthGuard(Parser& p) : parser(p) {
      if (++parser.depth_ > kMaxRuleDepth) parser.raise_too_deep();
    }
    ~DepthGuard() { --parser.depth_; }
    Parser& parser;
  };
  [[noreturn]] void raise_too_deep();

  // ---- scratch space for sequences ----
  std::vector<void*> scratch_;
  // Scopes nest like the calls that open them: only the innermost one may
  // push, and an outer scope must be read before an inner one is opened.
  struct ScratchScope {
    explicit ScratchScope(Parser& p) : parser(p), base(p.scratch_.size()) {}
    ~ScratchScope() { parser.scratch_.resize(base); }
    void push(void* item) { parser.scratch_.push_back(item); }
    size_t size() const { return parser.scratch_.size() - base; }
    template <class T>
    Seq<T> seq(Arena& arena) const {
      Seq<T> s;
      s.size = static_cast<uint32_t>(size());
      s.items = arena.make_array<T>(s.size);
      for (uint32_t i = 0; i < s.size; ++i) s.items[i] = static_cast<T>(parser.scratch_[base + i]);
      return s;
    }
    void* item(size_t i) const { return parser.scratch_[base + i]; }
    Parser& parser;
    size_t base;
  };

  // ---- node construction helpers (parser.cpp) ----
  template <class T>
  T* node(int start) {
    T* n = make<T>(arena_);
    locate(n, start);
    return n;
  }
  void locate(LocatedNode* n, int start);
  const Token& last_nonwhitespace_token();
  Str identifier(const Token& t);
  Name* name_from_token(int index, ExprContext ctx);
  ExprNode* set_context(ExprNode* e, ExprContext ctx);
  ExprNode* constant_node(int start, ConstantValue::Kind kind);
  template <class T>
  Seq<T> single_seq(T item) {
    Seq<T> s;
    s.size = 1;
    s.items = arena_.make_array<T>(1);
    s.items[0] = item;
    return s;
  }
  template <class T>
  Seq<T> prepend(T first, Seq<T> rest) {
    Seq<T> s;
    s.size = rest.size + 1;
    s.items = arena_.make_array<T>(s.size);
    s.items[0] = first;
    for (uint32_t i = 0; i < rest.size; ++i) s.items[i + 1] = rest.items[i];
    return s;
  }
  Arguments* empty_arguments();
  Arguments* make_arguments(Seq<Arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                            Seq<Arg*>* plain_names, Seq<NameDefault*>* names_with_default,
                            StarEtc* star_etc);

  // ---- start rules (parser_statements.cpp) ----
  ModNode* file_rule();
  ModNode* interactive_rule();
  ModNode* eval_rule();
  ModNode* func_type_rule();
  ExprNode* fstring_rule();
  ModNode* start_rule();

  // ---- statements (parser_statements.cpp) ----
  bool statements(ScratchScope& out);
  bool statement(ScratchScope& out);
  bool statement_newline(ScratchScope& out);
  bool simple_stmts(ScratchScope& out);
  StmtNode* simple_stmt();
  StmtNode* simple_stmt_raw();
  StmtNode* compound_stmt();
  StmtNode* assignment();
  ExprNode* annotated_rhs();
  bool augassign(Operator& op);
  StmtNode* return_stmt();
  StmtNode* raise_stmt();
  StmtNode* global_stmt(bool nonlocal);
  StmtNode* del_stmt();
  StmtNode* assert_stmt();
  StmtNode* import_stmt();
  StmtNode* import_name();
  StmtNode* import_from();
  bool import_from_targets(Seq<Alias*>& out);
  bool import_from_as_names(Seq<Alias*>& out);
  Alias* import_from_as_name();
  bool dotted_as_names(Seq<Alias*>& out);
  Alias* dotted_as_name();
  bool dotted_name(std::string& out);
  Seq<StmtNode*>* block();
  Seq<StmtNode*>* block_raw();
  bool decorators(Seq<ExprNode*>& out);
  StmtNode* class_def();
  StmtNode* class_def_raw();
  StmtNode* function_def();
  StmtNode* function_def_raw();
  Arguments* params();
  Arguments* parameters(bool lambda);
  bool slash_no_default(Seq<Arg*>& out, bool lambda);
  SlashWithDefault* slash_with_default(bool lambda);
  StarEtc* star_etc(bool lambda);
  Arg* kwds(bool lambda);
  Arg* param_no_default(bool lambda);
  Arg* param_no_default_star_annotation();
  NameDefault* param_with_default(bool lambda);
  NameDefault* param_maybe_default(bool lambda);
  Arg* param(bool lambda);
  ExprNode* default_value();
  StmtNode* if_stmt(bool elif);
  bool else_block(Seq<StmtNode*>& out);
  StmtNode* while_stmt();
  StmtNode* for_stmt();
  StmtNode* with_stmt();
  WithItem* with_item();
  StmtNode* try_stmt();
  ExceptHandlerNode* except_block(bool star);
  bool finally_block(Seq<StmtNode*>& out);
  StmtNode* match_stmt();
  ExprNode* subject_expr();
  MatchCase* case_block();

  // ---- patterns (parser_patterns.cpp) ----
  PatternNode* patterns();
  PatternNode* pattern();
  PatternNode* as_pattern();
  PatternNode* or_pattern();
  PatternNode* closed_pattern();
  PatternNode* closed_pattern_raw();
  PatternNode* literal_pattern();
  ExprNode* literal_expr();
  ExprNode* complex_number();
  ExprNode* signed_number();
  ExprNode* signed_real_number();
  ExprNode* real_number();
  ExprNode* imaginary_number();
  PatternNode* capture_pattern();
  Name* pattern_capture_target();
  PatternNode* wildcard_pattern();
  PatternNode* value_pattern();
  ExprNode* attr();
  ExprNode* name_or_attr();
  PatternNode* group_pattern();
  PatternNode* sequence_pattern();
  bool open_sequence_pattern(Seq<PatternNode*>& out);
  bool maybe_sequence_pattern(Seq<PatternNode*>& out);
  PatternNode* maybe_star_pattern();
  PatternNode* star_pattern();
  PatternNode* mapping_pattern();
  bool items_pattern(ScratchScope& out);
  KeyPattern* key_value_pattern();
  Name* double_star_pattern();
  PatternNode* class_pattern();
  bool positional_patterns(Seq<PatternNode*>& out);
  bool keyword_patterns(ScratchScope& out);
  KeyPattern* keyword_pattern();

  // ---- expressions (parser_expressions.cpp) ----
  ExprNode* expressions();
  ExprNode* expression();
  ExprNode* expression_raw();
  ExprNode* expression_without_invalid();
  ExprNode* yield_expr();
  ExprNode* star_expressions();
  ExprNode* star_expression();
  bool star_named_expressions(Seq<ExprNode*>& out);
  ExprNode* star_named_expression();
  ExprNode* assignment_expression();
  ExprNode* named_expression();
  ExprNode* disjunction();
  ExprNode* conjunction();
  ExprNode* inversion();
  ExprNode* comparison();
  ExprNode* bitwise_or();
  ExprNode* bitwise_xor();
  ExprNode* bitwise_and();
  ExprNode* shift_expr();
  ExprNode* sum();
  ExprNode* term();
  ExprNode* factor();
  ExprNode* power();
  ExprNode* await_primary();
  ExprNode* primary();
  ExprNode* slices();
  ExprNode* slice();
  ExprNode* atom();
  ExprNode* strings();
  ExprNode* group();
  ExprNode* lambdef();
  Arguments* lambda_params();
  ExprNode* list();
  ExprNode* tuple();
  ExprNode* set();
  ExprNode* dict();
  bool double_starred_kvpairs(ScratchScope& out);
  KeyValue* double_starred_kvpair(bool after_first = false);
  KeyValue* kvpair(bool after_first = false);
  ExprNode* dict_key_without_invalid();
  bool for_if_clauses(Seq<Comprehension*>& out);
  Comprehension* for_if_clause();
  ExprNode* listcomp();
  ExprNode* setcomp();
  ExprNode* genexp();
  ExprNode* dictcomp();
  Call* arguments();
  Call* args();
  bool kwargs(ScratchScope& out);
  ExprNode* starred_expression();
  KeywordOrStarred* kwarg_or_starred();
  KeywordOrStarred* kwarg_or_double_starred();
  ExprNode* star_targets();
  bool star_targets_list_seq(Seq<ExprNode*>& out);
  bool star_targets_tuple_seq(Seq<ExprNode*>& out);
  ExprNode* star_target();
  ExprNode* target_with_star_atom();
  ExprNode* star_atom();
  ExprNode* single_target();
  ExprNode* single_subscript_attribute_target();
  ExprNode* t_primary();
  bool t_lookahead();
  bool del_targets(Seq<ExprNode*>& out);
  ExprNode* del_target();
  ExprNode* del_t_atom();
  bool type_expressions(Seq<ExprNode*>& out);
  ExprNode* name_expr();  // NAME as a Name(Load)
  ExprNode* number();

  // ---- invalid_* rules (parser_errors.cpp): each raises its error or
  // restores the mark and returns ----
  void invalid_arguments();
  void invalid_kwarg();
  void invalid_legacy_expression();
  void invalid_expression();
  void invalid_named_expression();
  void invalid_assignment();
  ExprNode* invalid_ann_assign_target();
  void invalid_del_stmt();
  void invalid_block();
  void invalid_comprehension();
  void invalid_dict_comprehension();
  void invalid_parameters();
  void invalid_lambda_parameters();
  void invalid_parameters_common(bool lambda);
  void invalid_default();
  void invalid_star_etc();
  void invalid_lambda_star_etc();
  void invalid_star_etc_common(bool lambda);
  void invalid_kwds();
  void invalid_lambda_kwds();
  void invalid_kwds_common(bool lambda);
  void invalid_with_item();
  void invalid_for_target();
  void invalid_group();
  void invalid_import_from_targets();
  bool loose_with_items(bool parenthesized);
  void invalid_with_stmt();
  void invalid_with_stmt_indent();
  void invalid_try_stmt();
  void invalid_except_stmt();
  void invalid_finally_stmt();
  void invalid_except_stmt_indent();
  void invalid_except_star_stmt_indent();
  void invalid_except_indent_common(bool star);
  void invalid_match_stmt();
  void invalid_case_block();
  void invalid_as_pattern();
  void invalid_class_pattern();
  void invalid_conditional_header(Keyword keyword, const char* what);
  void invalid_if_stmt();
  void invalid_elif_stmt();
  void invalid_else_stmt();
  void invalid_while_stmt();
  void invalid_for_stmt();
  void invalid_def_raw();
  void invalid_class_def_raw();
  void invalid_double_starred_kvpairs();
  void invalid_kvpair();
  bool at_missing_block();
  [[noreturn]] void raise_indented_block_expected(const Token& keyword, const std::string& what);

  // ---- errors (parser_errors.cpp) ----
  [[noreturn]] void raise_error(SyntaxErrorKind kind, const std::string& message, int lineno,
                                int col1, int end_lineno, int end_col1);
  [[noreturn]] void raise_range(SyntaxErrorKind kind, const std::string& message, int lineno,
                                int col, int end_lineno, int end_col);
  [[noreturn]] void raise_at_last_token(SyntaxErrorKind kind, const std::string& message);
  [[noreturn]] void raise_known_location(const LocatedNode* a, const std::string& message);
  [[noreturn]] void raise_known_range(const LocatedNode* a, const LocatedNode* b,
                                      const std::string& message);
  [[noreturn]] void raise_token_range(const Token& a, const Token& b, const std::string& message);
  [[noreturn]] void raise_starting_from(const LocatedNode* a, const std::string& message);
  [[noreturn]] void raise_starting_from_token(const Token& a, const std::string& message);
  void expect_forced(TokenType type, const char* text);
  void tokenize_rest_for_errors(SyntaxErrorException& current);
  const char* expr_name(const ExprNode* e);
  ModNode* report_failure(int furthest_fill);

  // ---- state ----
  const SourceText& source_;
  Arena& arena_;
  ParseOptions options_;
  Tokenizer tokenizer_;
  // A deque: fetching a token (tok(), at any lookahead) must not move the
  // ones already fetched, which rules hold by reference.
  std::deque<Token> tokens_;
  // The `# type: ignore` comments seen so far (Module.type_ignores).
  std::vector<TypeIgnore*> type_ignores_;
  std::vector<Memo*> memo_;
  // Bracket nesting after each token (CPython's token->level).
  std::vector<int> levels_;
  Arena scratch_arena_;
  int mark_ = 0;
  int depth_ = 0;
  bool call_invalid_rules_ = false;
  // Set while a *_without_invalid rule runs in the second pass. What it
  // parses is memoised apart: the same positions are parsed afresh, with the
  // invalid_* rules, when reached from elsewhere (CPython 3.11 reports the
  // errors found that way).
  bool without_invalid_ = false;

  // Runs a *_without_invalid rule: the invalid_* rules are off beneath it and
  // back on afterwards, also when a SyntaxError leaves through it.
  template <class Rule>
  ast::ExprNode* without_invalid_rules(Rule rule) {
    struct Restore {
      Parser& parser;
      ~Restore() {
        parser.call_invalid_rules_ = true;
        parser.without_invalid_ = false;
      }
    } restore{*this};
    call_invalid_rules_ = false;
    without_invalid_ = true;
    return rule();
  }
  // The tokenizer failed while filling: every later fetch rethrows this.
  std::exception_ptr tokenizer_error_;
  bool tokenizer_failed_ = false;
  // CPython's parsing_started: a token other than an implied NEWLINE was seen.
  bool interactive_input_started_ = false;
  int starting_lineno_;
  // The number of the source's last line.
  int last_line_ = 0;
  int starting_col_offset_;
  bool character_offsets_;
  ExprNode* fstring_result_ = nullptr;
  std::vector<CompileWarning> warnings_;
  // Keep f-string sub-sources alive as long as the nodes that point into them.
  std::vector<std::unique_ptr<SourceText>> sub_sources_;
};

}  // namespace krait::parser_detail
