// The code generator's driver: compilation units, blocks, instruction
// emission, constants and name resolution (CPython 3.11's compile.c, the
// parts around compiler_enter_scope and compiler_nameop).
#include "compiler/codegen.h"

#include <cmath>
#include <cstdio>
#include <fstream>

#include "compiler/arena.h"
#include "compiler/codegen_internal.h"
#include "compiler/parser.h"

namespace krait {

namespace {

CompileWarningSink compile_warning_sink = nullptr;

}  // namespace

void set_compile_warning_sink(CompileWarningSink sink) {
  compile_warning_sink = sink;
  set_tokenizer_warning_sink(sink);
}

namespace codegen {

Compiler::Compiler(const SymbolTable& table, std::string filename, const CompileOptions& options)
    : table_(table),
      filename_(std::move(filename)),
      options_(options),
      future_(table.future()),
      folder_(options.optimize) {}

Code* Compiler::compile(const ast::ModNode* mod) {
  Unit unit;
  enter_scope(unit, "<module>", UnitKind::Module, mod, 1);
  if (auto* m = ast::as<ast::Module>(mod)) {
    body(m->body, true);
    return leave_scope(true);
  }
  if (auto* m = ast::as<ast::Interactive>(mod)) {
    interactive_ = 1;
    for (auto* s : m->body) stmt(s);
    return leave_scope(true);
  }
  auto* m = ast::as<ast::Expression>(mod);
  expr(m->body);
  // assemble() adds the RETURN_VALUE without a location of its own, so that
  // it takes the expression's, as CPython's.
  return leave_scope(false);
}

void Compiler::enter_scope(Unit& unit, std::string name, UnitKind kind, const ast::Node* key,
                           int lineno) {
  unit.kind = kind;
  unit.name = std::move(name);
  unit.scope = kind == UnitKind::Module ? table_.top() : table_.lookup(key);
  unit.firstlineno = lineno;
  for (const auto& v : unit.scope->varnames) unit.varnames.add(v);
  if (unit.scope->needs_class_closure) {
    unit.cellvars.add("__class__");
  } else {
    for (const auto& v : unit.scope->cellvars) unit.cellvars.add(v);
  }
  for (const auto& v : unit.scope->freevars) unit.freevars.add(v);
  Unit* parent = unit_;
  if (parent) unit.private_name = parent->private_name;
  if (kind != UnitKind::Module) {
    // compiler_set_qualname: nested names are qualified by the enclosing
    // scope, with ".<locals>" after a function, unless declared global.
    bool force_global = false;
    if (parent && parent->kind != UnitKind::Module &&
        (kind == UnitKind::Function || kind == UnitKind::AsyncFunction ||
         kind == UnitKind::Class)) {
      std::string mangled = mangle(parent->private_name, unit.name);
      if (parent->scope->scope_of(mangled) == SymbolScope::GlobalExplicit) force_global = true;
    }
    if (parent && parent->kind != UnitKind::Module && !force_global) {
      bool function_parent = parent->kind == UnitKind::Function ||
                             parent->kind == UnitKind::AsyncFunction ||
                             parent->kind == UnitKind::Lambda;
      unit.qualname = parent->qualname + (function_parent ? ".<locals>." : ".") + unit.name;
    } else {
      unit.qualname = unit.name;
    }
  } else {
    unit.qualname = unit.name;
  }
  stack_.push_back(&unit);
  unit_ = &unit;
  Block* b = new_block();
  unit.entry = b;
  unit.current = b;
  unit.loc = Position{kind == UnitKind::Module ? 0 : lineno, lineno, 0, 0};
  emit(op(Op::RESUME), 0);
}

Code* Compiler::leave_scope(bool add_none) {
  Code* code = assemble(add_none);
  stack_.pop_back();
  unit_ = stack_.empty() ? nullptr : stack_.back();
  return code;
}

Block* Compiler::new_block() {
  unit_->blocks.push_back(std::make_unique<Block>());
  return unit_->blocks.back().get();
}

void Compiler::use_block(Block* b) {
  unit_->current->next = b;
  unit_->current = b;
}

void Compiler::use_next_block(Block* b) { use_block(b); }

Instr& Compiler::emit(int opcode, int oparg) {
  // A jump or scope exit ends its block (compile.c starts an implicit one).
  if (const Instr* last = unit_->current->last(); last && is_terminator(last->opcode)) {
    use_next_block(new_block());
  }
  Instr instr;
  instr.opcode = opcode;
  instr.oparg = oparg;
  instr.loc = unit_->loc;
  unit_->current->instrs.push_back(instr);
  return unit_->current->instrs.back();
}

void Compiler::emit_noline(int opcode, int oparg) {
  Instr& i = emit(opcode, oparg);
  i.loc = Position{};
}

void Compiler::emit_jump(int opcode, Block* target) {
  Instr& i = emit(opcode, 0);
  i.target = target;
}

int Compiler::add_const(const Const& c) {
  // NaNs are unequal to themselves, so CPython never merges two of them.
  if (c.kind == Const::Kind::Float && std::isnan(c.real)) {
    unit_->consts.push_back(c);
    return static_cast<int>(unit_->consts.size()) - 1;
  }
  std::string key = c.key();
  auto it = unit_->const_index.find(key);
  if (it != unit_->const_index.end()) return it->second;
  int i = static_cast<int>(unit_->consts.size());
  unit_->consts.push_back(c);
  unit_->const_index.emplace(std::move(key), i);
  return i;
}

void Compiler::emit_const(const Const& c) { emit(op(Op::LOAD_CONST), add_const(c)); }

int Compiler::add_name(std::string_view name) { return unit_->names.add(std::string(name)); }

void Compiler::emit_name_op(int opcode, std::string_view name) {
  emit(opcode, add_name(mangle_name(name)));
}

std::string Compiler::mangle_name(std::string_view name) const {
  return mangle(unit_->private_name, name);
}

void Compiler::set_loc(const ast::LocatedNode* node) {
  unit_->loc = Position{node->lineno, node->end_lineno, node->col_offset, node->end_col_offset};
}

void Compiler::error_at(int lineno, int col, int end_lineno, int end_col,
                        const std::string& message) {
  SyntaxErrorInfo info;
  info.message = message;
  info.filename = filename_;
  info.lineno = lineno;
  info.offset = col + 1;
  info.end_lineno = end_lineno;
  info.end_offset = end_col + 1;
  throw SyntaxErrorException(std::move(info));
}

void Compiler::error(const ast::LocatedNode* node, const std::string& message) {
  if (node) error_at(node->lineno, node->col_offset, node->end_lineno, node->end_col_offset, message);
  const Position& p = unit_->loc;
  error_at(p.line, p.col, p.end_line, p.end_col, message);
}

void Compiler::warn(const ast::LocatedNode* node, const std::string& message) {
  // The source line as linecache finds it: from the file named by filename,
  // so source compiled from a string shows none.
  int lineno = node ? node->lineno : unit_->loc.line;
  std::ifstream file(filename_);
  std::string line;
  for (int i = 0; file && i < lineno; ++i) {
    if (!std::getline(file, line)) line.clear();
  }
  size_t first = line.find_first_not_of(" \t\f\r\v");
  line = first == std::string::npos
             ? std::string()
             : line.substr(first, line.find_last_not_of(" \t\f\r\v") - first + 1);
  if (compile_warning_sink) {
    if (compile_warning_sink("SyntaxWarning", filename_, lineno, message, line)) error(node, message);
    return;
  }
  std::string report = filename_ + ":" + std::to_string(lineno) + ": SyntaxWarning: " + message + "\n";
  if (!line.empty()) report += "  " + line + "\n";
  std::fputs(report.c_str(), stderr);
  std::fflush(stderr);
}

void Compiler::push_fblock(const ast::LocatedNode* where, FBlockKind kind, Block* block,
                           Block* exit) {
  if (unit_->fblocks.size() >= 20) error(where, "too many statically nested blocks");
  FBlock fb{kind, block, exit};
  unit_->fblocks.push_back(fb);
}

void Compiler::check_forbidden(const ast::LocatedNode* where, std::string_view name,
                               ast::ExprContext ctx) {
  if (name != "__debug__") return;
  if (ctx == ast::ExprContext::Store) error(where, "cannot assign to __debug__");
  if (ctx == ast::ExprContext::Del) error(where, "cannot delete __debug__");
}

void Compiler::name_op(const ast::LocatedNode* where, std::string_view name, ast::ExprContext ctx) {
  check_forbidden(where, name, ctx);
  std::string mangled = mangle_name(name);
  enum { kName, kFast, kDeref, kGlobal } kind = kName;
  SymbolScope scope = unit_->scope->scope_of(mangled);
  bool function = unit_->scope->is_function();
  int deref_index = -1;
  switch (scope) {
    case SymbolScope::Free:
      kind = kDeref;
      deref_index = static_cast<int>(unit_->cellvars.list.size()) + unit_->freevars.add(mangled);
      break;
    case SymbolScope::Cell:
      kind = kDeref;
      deref_index = unit_->cellvars.add(mangled);
      break;
    case SymbolScope::Local:
      if (function) kind = kFast;
      break;
    case SymbolScope::GlobalImplicit:
      if (function) kind = kGlobal;
      break;
    case SymbolScope::GlobalExplicit:
      kind = kGlobal;
      break;
    default:
      break;
  }
  using C = ast::ExprContext;
  switch (kind) {
    case kDeref: {
      Op o = ctx == C::Load ? (unit_->scope->is_class() ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF)
             : ctx == C::Store ? Op::STORE_DEREF
                               : Op::DELETE_DEREF;
      emit(op(o), deref_index);
      return;
    }
    case kFast: {
      Op o = ctx == C::Load ? Op::LOAD_FAST : ctx == C::Store ? Op::STORE_FAST : Op::DELETE_FAST;
      emit(op(o), unit_->varnames.add(mangled));
      return;
    }
    case kGlobal: {
      int arg = unit_->names.add(mangled);
      if (ctx == C::Load) emit(op(Op::LOAD_GLOBAL), arg << 1);
      else emit(op(ctx == C::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL), arg);
      return;
    }
    case kName: {
      Op o = ctx == C::Load ? Op::LOAD_NAME : ctx == C::Store ? Op::STORE_NAME : Op::DELETE_NAME;
      emit(op(o), unit_->names.add(mangled));
      return;
    }
  }
}

}  // namespace codegen

Code* compile_module(const ast::ModNode* module, std::string_view filename,
                     const CompileOptions& options) {
  std::string name(filename);
  try {
    FutureFlags future = future_features(module, name, options.future);
    SymbolTable table = build_symtable(module, name, future);
    codegen::Compiler compiler(table, name, options);
    return compiler.compile(module);
  } catch (SyntaxErrorException& error) {
    read_text_from_file(error.info());
    throw;
  }
}

void report_parse_warnings(const std::vector<CompileWarning>& warnings, std::string_view filename,
                           std::string_view source) {
  for (const CompileWarning& warning : warnings) {
    std::string name(filename);
    if (!compile_warning_sink) {
      std::fputs((name + ":" + std::to_string(warning.lineno) + ": " + warning.category + ": " +
                  warning.message + "\n").c_str(), stderr);
      continue;
    }
    if (compile_warning_sink(warning.category, name, warning.lineno, warning.message, "")) {
      SyntaxErrorInfo info;
      info.message = warning.message;
      info.filename = name;
      info.lineno = warning.lineno;
      info.offset = warning.col_offset + 1;
      info.end_lineno = warning.end_lineno;
      info.end_offset = warning.end_col_offset + 1;
      size_t start = 0;
      for (int line = 1; line < warning.lineno && start != std::string_view::npos; ++line) {
        start = source.find('\n', start);
        if (start != std::string_view::npos) ++start;
      }
      if (!source.empty() && start != std::string_view::npos) {
        size_t end = source.find('\n', start);
        // CPython's text always ends the line, as its tokenizer adds the last newline.
        info.text = std::string(source.substr(start, end == std::string_view::npos ? end : end - start)) + "\n";
        info.has_text = true;
      }
      throw SyntaxErrorException(std::move(info));
    }
  }
}

Code* compile_source(std::string_view source, std::string_view filename,
                     const CompileOptions& options) {
  Arena arena;
  ParseOptions parse_options;
  parse_options.mode = options.mode == CompileMode::Eval     ? ParseMode::Eval
                       : options.mode == CompileMode::Single ? ParseMode::Interactive
                                                             : ParseMode::File;
  ParseResult result = options.source_is_text
                           ? parse_text(source, std::string(filename), arena, parse_options)
                           : parse_bytes(source, std::string(filename), arena, parse_options);
  report_parse_warnings(result.warnings, filename, source);
  return compile_module(result.module, filename, options);
}

}  // namespace krait
