// The parser's entry points and machinery: lazy token buffer, memo table,
// node location, the helpers CPython's action_helpers.c provides to grammar
// actions, and the f-string host interface. The grammar rules themselves live
// in parser_statements.cpp, parser_expressions.cpp and parser_patterns.cpp.
#include "compiler/parser.h"

#include <cctype>
#include <memory>

#include "compiler/parser_internal.h"
#include "runtime/unicode.h"

namespace krait {

namespace parser_detail {

Parser::Parser(const SourceText& source, Arena& arena, ParseOptions options, int starting_lineno,
               int starting_col_offset, bool character_offsets)
    : source_(source),
      arena_(arena),
      options_(options),
      tokenizer_(source, TokenizerOptions{.first_lineno = starting_lineno,
                                          .character_offsets = character_offsets,
                                          .interactive = options.interactive,
                                          .type_comments = options.type_comments}),
      starting_lineno_(starting_lineno),
      starting_col_offset_(starting_col_offset),
      character_offsets_(character_offsets) {
  for (char c : source.text) last_line_ += c == '\n';
  if (!source.text.empty() && source.text.back() != '\n') ++last_line_;
  last_line_ += starting_lineno - 1;
  memo_.reserve(source.text.size() / 4 + 16);
}

void Parser::fill_to(int i) {
  while (static_cast<int>(tokens_.size()) <= i) {
    if (tokenizer_failed_) std::rethrow_exception(tokenizer_error_);
    Token t;
    try {
      t = tokenizer_.next();
    } catch (NameDecodeError& e) {
      tokenizer_failed_ = true;
      tokenizer_error_ = std::current_exception();
      if (options_.mode == ParseMode::FString) raise_fstring_name_decode_error(e);
      throw;
    } catch (SyntaxErrorException&) {
      tokenizer_failed_ = true;
      tokenizer_error_ = std::current_exception();
      throw;
    }
    // Skip what the grammar never sees (type comments unless asked for).
    if (t.type == TokenType::TYPE_COMMENT && !options_.type_comments) continue;
    if (t.type == TokenType::TYPE_IGNORE) {
      // The second pass tokenizes again: keep each line's comment once.
      if (type_ignores_.empty() || type_ignores_.back()->lineno < t.lineno) {
        TypeIgnore* ignore = make<TypeIgnore>(arena_);
        ignore->lineno = t.lineno;
        ignore->tag = Str(arena_.copy(t.text));
        type_ignores_.push_back(ignore);
      }
      continue;
    }
    if (t.type == TokenType::COMMENT || t.type == TokenType::NL) continue;
    // CPython's parser sees NEWLINE without its '\n', an empty token
    // unless a comment before it belongs to it: then it starts at the '#'.
    if (t.type == TokenType::NEWLINE) {
      std::string_view line = tokenizer_.line_text(t.lineno);
      t.end_lineno = t.lineno;
      if (!line.empty() && line.back() == '\n') {
        t.col_offset = t.end_col_offset = static_cast<int>(line.size()) - 1;
      } else {
        t.end_col_offset = t.col_offset;
      }
      if (!tokens_.empty() && tokens_.back().end_lineno == t.lineno) {
        size_t i = static_cast<size_t>(tokens_.back().end_col_offset);
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
        if (i < static_cast<size_t>(t.col_offset) && line[i] == '#') {
          t.col_offset = static_cast<int>(i);
        }
      }
    }
    // At the end of the file CPython's tokenizer stays on the last line, at
    // its end (where errors about a missing block point).
    if ((t.type == TokenType::ENDMARKER || t.type == TokenType::DEDENT) &&
        t.lineno > last_line_) {
      t.lineno = t.end_lineno = last_line_;
      t.col_offset = t.end_col_offset = static_cast<int>(tokenizer_.line_text(last_line_).size());
    }
    if (options_.mode == ParseMode::Interactive) imply_interactive_newline(t);
    // An f-string expression's first line sits inside the enclosing line.
    if (options_.mode == ParseMode::FString && t.end_lineno == starting_lineno_) {
      t.col_offset += starting_col_offset_;
      t.end_col_offset += starting_col_offset_;
    }
    tokens_.push_back(t);
    memo_.push_back(nullptr);
    levels_.push_back(static_cast<int>(tokenizer_.open_brackets().size()));
  }
}

// CPython's parser turns an ENDMARKER that follows other tokens into the
// NEWLINE ending an interactive statement (then dedents, then ENDMARKER is
// seen again, and converted again if tokens came between). This tokenizer
// dedents before its ENDMARKER, so the NEWLINE of an unterminated last line
// goes before those DEDENTs.
void Parser::imply_interactive_newline(Token& t) {
  bool dedent_at_end = t.type == TokenType::DEDENT && !tokens_.empty() &&
                       tokens_.back().type != TokenType::NEWLINE &&
                       tokens_.back().type != TokenType::DEDENT;
  if (dedent_at_end) {
    Token newline = t;
    newline.type = TokenType::NEWLINE;
    newline.implied = true;
    tokens_.push_back(newline);
    memo_.push_back(nullptr);
    levels_.push_back(static_cast<int>(tokenizer_.open_brackets().size()));
  } else if (t.type == TokenType::ENDMARKER && interactive_input_started_) {
    t.type = TokenType::NEWLINE;
    t.implied = true;
    interactive_input_started_ = false;
    return;
  }
  interactive_input_started_ = true;
}

bool Parser::at_async() {
  const Token& t = cur();
  return t.type == TokenType::ASYNC || (t.type == TokenType::NAME && t.keyword == Keyword::async_);
}

bool Parser::accept_async() {
  if (!at_async()) return false;
  ++mark_;
  return true;
}

bool Parser::at_await() {
  const Token& t = cur();
  return t.type == TokenType::AWAIT || (t.type == TokenType::NAME && t.keyword == Keyword::await_);
}

bool Parser::is_name_token(const Token& t) const {
  if (t.type != TokenType::NAME) return false;
  switch (t.keyword) {
    case Keyword::NotKeyword:
    case Keyword::Underscore:
    case Keyword::case_:
    case Keyword::match_:
      return true;
    default:
      return false;
  }
}

void Parser::memo_store(int start, MemoRule rule, void* node) {
  Memo* m = scratch_arena_.make<Memo>();
  m->rule = rule;
  m->without_invalid = without_invalid_;
  m->end_mark = mark_;
  m->node = node;
  m->next = memo_[start];
  memo_[start] = m;
}

void Parser::raise_too_deep() {
  // CPython 3.11 gives up with a MemoryError at this depth; the front end
  // reports it as a SyntaxError it can carry.
  SyntaxErrorInfo info;
  info.message = "too many nested expressions: source too complex to parse";
  info.filename = source_.filename;
  const Token& t = tokens_.empty() ? Token{} : tokens_.back();
  info.lineno = t.lineno;
  throw SyntaxErrorException(std::move(info));
}

const Token& Parser::last_nonwhitespace_token() {
  for (int m = mark_ - 1; m >= 0; --m) {
    const Token& t = tokens_[m];
    if (t.type != TokenType::ENDMARKER &&
        (t.type < TokenType::NEWLINE || t.type > TokenType::DEDENT)) {
      return t;
    }
  }
  return tokens_[0];
}

void Parser::locate(LocatedNode* n, int start) {
  const Token& first = tokens_[start];
  const Token& last = last_nonwhitespace_token();
  n->lineno = first.lineno;
  n->col_offset = first.col_offset;
  n->end_lineno = last.end_lineno;
  n->end_col_offset = last.end_col_offset;
}

Str Parser::identifier(const Token& t) {
  for (unsigned char c : t.text) {
    if (c >= 0x80) return Str(arena_.copy(unicode::normalize(t.text, unicode::NormalForm::kNFKC)));
  }
  return Str(arena_.copy(t.text));
}

Name* Parser::name_from_token(int index, ExprContext ctx) {
  const Token& t = tokens_[index];
  Name* n = make<Name>(arena_);
  n->id = identifier(t);
  n->ctx = ctx;
  n->lineno = t.lineno;
  n->col_offset = t.col_offset;
  n->end_lineno = t.end_lineno;
  n->end_col_offset = t.end_col_offset;
  return n;
}

namespace {

template <class T>
T* copy_located(Arena& arena, const T* from) {
  T* n = arena.make<T>();
  *n = *from;
  return n;
}

}  // namespace

// A copy of `e` with context `ctx`, as _PyPegen_set_expr_context: the source
// node may be shared through the memo table, so it is never changed in place.
ExprNode* Parser::set_context(ExprNode* e, ExprContext ctx) {
  switch (e->node_kind) {
    case NodeKind::Name: {
      Name* n = copy_located(arena_, static_cast<Name*>(e));
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Attribute: {
      Attribute* n = copy_located(arena_, static_cast<Attribute*>(e));
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Subscript: {
      Subscript* n = copy_located(arena_, static_cast<Subscript*>(e));
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Starred: {
      Starred* n = copy_located(arena_, static_cast<Starred*>(e));
      n->value = set_context(n->value, ctx);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      Seq<ExprNode*>* elts;
      ExprNode* result;
      if (e->node_kind == NodeKind::Tuple) {
        Tuple* n = copy_located(arena_, static_cast<Tuple*>(e));
        n->ctx = ctx;
        elts = &n->elts;
        result = n;
      } else {
        List* n = copy_located(arena_, static_cast<List*>(e));
        n->ctx = ctx;
        elts = &n->elts;
        result = n;
      }
      Seq<ExprNode*> copy;
      copy.size = elts->size;
      copy.items = arena_.make_array<ExprNode*>(copy.size);
      for (uint32_t i = 0; i < copy.size; ++i) copy.items[i] = set_context(elts->items[i], ctx);
      *elts = copy;
      return result;
    }
    default:
      return e;
  }
}

ExprNode* Parser::constant_node(int start, ConstantValue::Kind kind) {
  Constant* c = node<Constant>(start);
  c->value.kind = kind;
  return c;
}

Arguments* Parser::empty_arguments() { return make<Arguments>(arena_); }

// _PyPegen_make_arguments: spreads the pieces the parameter rules matched over
// the fields of `arguments`.
Arguments* Parser::make_arguments(Seq<Arg*>* slash_without_default,
                                  SlashWithDefault* slash_with_default, Seq<Arg*>* plain_names,
                                  Seq<NameDefault*>* names_with_default, StarEtc* star_etc) {
  Arguments* a = make<Arguments>(arena_);
  std::vector<Arg*> posonly;
  std::vector<ExprNode*> defaults;
  if (slash_without_default) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default) {
    for (Arg* arg : slash_with_default->plain_names) posonly.push_back(arg);
    for (NameDefault* nd : slash_with_default->names_with_defaults) {
      posonly.push_back(nd->arg);
      defaults.push_back(nd->value);
    }
    a->posonlyargs = make_seq<Arg*>(arena_, posonly);
  }
  std::vector<Arg*> args;
  if (plain_names) {
    for (Arg* arg : *plain_names) args.push_back(arg);
  }
  if (names_with_default) {
    for (NameDefault* nd : *names_with_default) {
      args.push_back(nd->arg);
      defaults.push_back(nd->value);
    }
  }
  a->args = make_seq<Arg*>(arena_, args);
  a->defaults = make_seq<ExprNode*>(arena_, defaults);
  if (star_etc) {
    a->vararg = star_etc->vararg;
    std::vector<Arg*> kwonly;
    std::vector<ExprNode*> kw_defaults;
    for (NameDefault* nd : star_etc->kwonlyargs) {
      kwonly.push_back(nd->arg);
      kw_defaults.push_back(nd->value);
    }
    a->kwonlyargs = make_seq<Arg*>(arena_, kwonly);
    a->kw_defaults = make_seq<ExprNode*>(arena_, kw_defaults);
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

std::string_view Parser::line_text(int lineno) const { return tokenizer_.line_text(lineno); }

ExprNode* Parser::parse_fstring_expression(std::string_view wrapped, int starting_lineno,
                                           int starting_col_offset) {
  auto sub_source = std::make_unique<SourceText>();
  sub_source->filename = source_.filename;
  // CPython's string tokenizer ends the copied text with a newline.
  sub_source->text = std::string(wrapped) + "\n";
  sub_source->encoding = "utf-8";
  ParseOptions sub_options = options_;
  sub_options.mode = ParseMode::FString;
  sub_options.interactive = InteractiveInput::None;
  // CPython's f-string sub-parser reports columns in bytes.
  Parser sub(*sub_source, arena_, sub_options, starting_lineno, starting_col_offset, false);
  sub_sources_.push_back(std::move(sub_source));
  sub.run();
  for (CompileWarning& w : sub.warnings()) warnings_.push_back(std::move(w));
  return sub.fstring_result();
}

ModNode* Parser::start_rule() {
  switch (options_.mode) {
    case ParseMode::File: return file_rule();
    case ParseMode::Eval: return eval_rule();
    case ParseMode::Interactive: return interactive_rule();
    case ParseMode::FuncType: return func_type_rule();
    case ParseMode::FString: {
      fstring_result_ = fstring_rule();
      return fstring_result_ ? reinterpret_cast<ModNode*>(fstring_result_) : nullptr;
    }
  }
  return nullptr;
}

namespace {

// Whether `rest` holds more than white space and comments.
bool has_statement_after(std::string_view rest) {
  for (size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f') continue;
    if (c != '#') return true;
    while (i < rest.size() && rest[i] != '\n') ++i;
  }
  return false;
}

}  // namespace

// _PyPegen_run_parser: a fast pass without the invalid_* rules; on failure a
// second pass with them, to find the most helpful message.
ModNode* Parser::run() {
  ModNode* result = nullptr;
  try {
    result = start_rule();
  } catch (SyntaxErrorException& e) {
    // A lexical error ends the parse as it is; a parser error (a forced
    // token, a bad literal) still gives way to a lexical error further on.
    if (!tokenizer_failed_) tokenize_rest_for_errors(e);
    throw;
  }
  if (result && options_.mode == ParseMode::Interactive && has_statement_after(tokenizer_.unread())) {
    // CPython's bad_single_statement.
    raise_at_last_token(SyntaxErrorKind::SyntaxError,
                        "multiple statements found while compiling a single statement");
  }
  if (result) return result;
  int furthest_fill = static_cast<int>(tokens_.size());
  return report_failure(furthest_fill);
}

}  // namespace parser_detail

namespace {

ParseResult parse_source(const SourceText& source, Arena& arena, ParseOptions options,
                         bool character_offsets) {
  parser_detail::Parser parser(source, arena, options, 1, 0, character_offsets);
  ParseResult result;
  result.module = parser.run();
  result.warnings = std::move(parser.warnings());
  return result;
}

bool is_blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\f' && c != '\r' && c != '\n') return false;
  }
  return true;
}

bool is_coding_declaration(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return false;
  for (size_t pos = line.find("coding", i); pos != std::string_view::npos;
       pos = line.find("coding", pos + 1)) {
    size_t after = pos + 6;
    if (after < line.size() && (line[after] == ':' || line[after] == '=')) {
      ++after;
      while (after < line.size() && (line[after] == ' ' || line[after] == '\t')) ++after;
      if (after < line.size() && (std::isalnum(static_cast<unsigned char>(line[after])) ||
                                  line[after] == '-' || line[after] == '_' || line[after] == '.')) {
        return true;
      }
    }
  }
  return false;
}

// Whether CPython's tokenizer knows the encoding of `bytes` by name (a BOM or
// a PEP 263 declaration): only then does its parser turn the byte columns of
// its errors into character offsets.
bool declares_encoding(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return true;
  size_t end1 = bytes.find('\n');
  std::string_view line1 = bytes.substr(0, end1);
  if (is_coding_declaration(line1)) return true;
  if (end1 == std::string_view::npos || !is_blank_or_comment(line1)) return false;
  std::string_view rest = bytes.substr(end1 + 1);
  return is_coding_declaration(rest.substr(0, rest.find('\n')));
}

}  // namespace

ParseResult parse(const SourceText& source, Arena& arena, ParseOptions options) {
  return parse_source(source, arena, options, true);
}

namespace {

NewlineMode newline_mode_for(const ParseOptions& options) {
  return options.mode == ParseMode::File ? NewlineMode::Translate
                                         : NewlineMode::TranslateExpression;
}

}  // namespace

ParseResult parse_text(std::string_view utf8, std::string filename, Arena& arena,
                       ParseOptions options) {
  SourceText source = text_source(utf8, std::move(filename), newline_mode_for(options));
  return parse_source(source, arena, options, true);
}

ParseResult parse_bytes(std::string_view bytes, std::string filename, Arena& arena,
                        ParseOptions options) {
  SourceText source = decode_source(bytes, std::move(filename), newline_mode_for(options));
  return parse_source(source, arena, options, declares_encoding(bytes));
}

}  // namespace krait
