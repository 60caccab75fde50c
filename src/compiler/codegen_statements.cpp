// Statements: CPython 3.11's compiler_visit_stmt and friends — definitions,
// control flow, the try/except/finally and with layouts over the exception
// table, imports and assignments.
#include <algorithm>

#include "compiler/codegen_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/disassemble.h"

namespace krait::codegen {

namespace {

using ast::ExprContext;

const ast::Constant* docstring_of(const ast::Seq<ast::StmtNode*>& body) {
  if (body.empty()) return nullptr;
  auto* e = ast::as<ast::Expr>(body[0]);
  if (!e) return nullptr;
  auto* c = ast::as<ast::Constant>(e->value);
  if (!c || c->value.kind != ast::ConstantValue::Kind::Str) return nullptr;
  return c;
}

// find_ann: does any statement (outside nested scopes) annotate a target?
bool find_annotation(const ast::Seq<ast::StmtNode*>& stmts) {
  for (auto* s : stmts) {
    switch (s->node_kind) {
      case ast::NodeKind::AnnAssign:
        return true;
      case ast::NodeKind::For: {
        auto* f = static_cast<const ast::For*>(s);
        if (find_annotation(f->body) || find_annotation(f->orelse)) return true;
        break;
      }
      case ast::NodeKind::AsyncFor: {
        auto* f = static_cast<const ast::AsyncFor*>(s);
        if (find_annotation(f->body) || find_annotation(f->orelse)) return true;
        break;
      }
      case ast::NodeKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        if (find_annotation(w->body) || find_annotation(w->orelse)) return true;
        break;
      }
      case ast::NodeKind::If: {
        auto* i = static_cast<const ast::If*>(s);
        if (find_annotation(i->body) || find_annotation(i->orelse)) return true;
        break;
      }
      case ast::NodeKind::With:
        if (find_annotation(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case ast::NodeKind::AsyncWith:
        if (find_annotation(static_cast<const ast::AsyncWith*>(s)->body)) return true;
        break;
      case ast::NodeKind::Try:
      case ast::NodeKind::TryStar: {
        const ast::Seq<ast::StmtNode*>* parts[3];
        const ast::Seq<ast::ExceptHandlerNode*>* handlers;
        if (auto* t = ast::as<ast::Try>(s)) {
          parts[0] = &t->body, parts[1] = &t->orelse, parts[2] = &t->finalbody;
          handlers = &t->handlers;
        } else {
          auto* ts = static_cast<const ast::TryStar*>(s);
          parts[0] = &ts->body, parts[1] = &ts->orelse, parts[2] = &ts->finalbody;
          handlers = &ts->handlers;
        }
        for (auto* h : *handlers) {
          if (find_annotation(static_cast<const ast::ExceptHandler*>(h)->body)) return true;
        }
        for (auto* p : parts) {
          if (find_annotation(*p)) return true;
        }
        break;
      }
      case ast::NodeKind::Match:
        for (auto* c : static_cast<const ast::Match*>(s)->cases) {
          if (find_annotation(c->body)) return true;
        }
        break;
      default:
        break;
    }
  }
  return false;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

}  // namespace

void Compiler::body(const ast::Seq<ast::StmtNode*>& stmts, bool module) {
  if (module && !stmts.empty()) set_loc(stmts[0]);
  if (find_annotation(stmts)) emit(op(Op::SETUP_ANNOTATIONS));
  if (stmts.empty()) return;
  uint32_t i = 0;
  if (options_.optimize < 2) {
    if (auto* doc = docstring_of(stmts)) {
      i = 1;
      set_loc(stmts[0]);
      expr(doc);
      unset_loc();
      name_op(nullptr, "__doc__", ExprContext::Store);
    }
  }
  for (; i < stmts.size; ++i) stmt(stmts[i]);
}

void Compiler::stmt(const ast::StmtNode* s) {
  if (++nested_depth_ > 3000) throw CompileRecursionError();
  set_loc(s);
  switch (s->node_kind) {
    case ast::NodeKind::FunctionDef:
      function_def(s, false);
      break;
    case ast::NodeKind::AsyncFunctionDef:
      function_def(s, true);
      break;
    case ast::NodeKind::ClassDef:
      class_def(static_cast<const ast::ClassDef*>(s));
      break;
    case ast::NodeKind::Return:
      return_stmt(static_cast<const ast::Return*>(s));
      break;
    case ast::NodeKind::Delete:
      for (auto* t : static_cast<const ast::Delete*>(s)->targets) expr(t);
      break;
    case ast::NodeKind::Assign: {
      auto* a = static_cast<const ast::Assign*>(s);
      expr(a->value);
      for (uint32_t i = 0; i < a->targets.size; ++i) {
        if (i + 1 < a->targets.size) emit(op(Op::COPY), 1);
        expr(a->targets[i]);
      }
      break;
    }
    case ast::NodeKind::AugAssign:
      aug_assign(static_cast<const ast::AugAssign*>(s));
      break;
    case ast::NodeKind::AnnAssign:
      ann_assign(static_cast<const ast::AnnAssign*>(s));
      break;
    case ast::NodeKind::For:
      for_stmt(static_cast<const ast::For*>(s));
      break;
    case ast::NodeKind::AsyncFor:
      async_for(static_cast<const ast::AsyncFor*>(s));
      break;
    case ast::NodeKind::While:
      while_stmt(static_cast<const ast::While*>(s));
      break;
    case ast::NodeKind::If:
      if_stmt(static_cast<const ast::If*>(s));
      break;
    case ast::NodeKind::Match:
      match_stmt(static_cast<const ast::Match*>(s));
      break;
    case ast::NodeKind::Raise:
      raise_stmt(static_cast<const ast::Raise*>(s));
      break;
    case ast::NodeKind::Try:
      try_stmt(s, false);
      break;
    case ast::NodeKind::TryStar:
      try_stmt(s, true);
      break;
    case ast::NodeKind::Assert:
      assert_stmt(static_cast<const ast::Assert*>(s));
      break;
    case ast::NodeKind::Import:
      import(static_cast<const ast::Import*>(s));
      break;
    case ast::NodeKind::ImportFrom:
      import_from(static_cast<const ast::ImportFrom*>(s));
      break;
    case ast::NodeKind::Global:
    case ast::NodeKind::Nonlocal:
      break;
    case ast::NodeKind::Expr:
      expr_stmt(static_cast<const ast::Expr*>(s));
      break;
    case ast::NodeKind::Pass:
      emit(op(Op::NOP));
      break;
    case ast::NodeKind::Break:
      break_stmt(s);
      break;
    case ast::NodeKind::Continue:
      continue_stmt(s);
      break;
    case ast::NodeKind::With:
      with_stmt(static_cast<const ast::With*>(s), 0);
      break;
    case ast::NodeKind::AsyncWith:
      async_with(static_cast<const ast::AsyncWith*>(s), 0);
      break;
    default:
      break;
  }
  --nested_depth_;
}

void Compiler::expr_stmt(const ast::Expr* s) {
  if (interactive_ && stack_.size() <= 1) {
    expr(s->value);
    emit(op(Op::PRINT_EXPR));
    return;
  }
  if (folder_.fold(s->value)) {
    emit(op(Op::NOP));
    return;
  }
  expr(s->value);
  unset_loc();
  emit(op(Op::POP_TOP));
}

// --- definitions

void Compiler::decorators(const ast::Seq<ast::ExprNode*>& list) {
  for (auto* d : list) expr(d);
}

void Compiler::apply_decorators(const ast::Seq<ast::ExprNode*>& list) {
  Position saved = unit_->loc;
  for (uint32_t i = list.size; i-- > 0;) {
    set_loc(list[i]);
    emit(op(Op::CALL), 0);
  }
  unit_->loc = saved;
}

int Compiler::kwdefaults(const ast::Arguments* args) {
  std::vector<Const> keys;
  for (uint32_t i = 0; i < args->kwonlyargs.size; ++i) {
    const ast::ExprNode* d = i < args->kw_defaults.size ? args->kw_defaults[i] : nullptr;
    if (!d) continue;
    keys.push_back(Const::str(mangle_name(args->kwonlyargs[i]->arg.view())));
    expr(d);
  }
  if (keys.empty()) return 0;
  int n = static_cast<int>(keys.size());
  emit_const(Const::tuple(std::move(keys)));
  emit(op(Op::BUILD_CONST_KEY_MAP), n);
  return n;
}

int Compiler::default_arguments(const ast::Arguments* args) {
  int flags = 0;
  if (!args->defaults.empty()) {
    for (auto* d : args->defaults) expr(d);
    emit(op(Op::BUILD_TUPLE), static_cast<int>(args->defaults.size));
    flags |= 0x01;
  }
  if (!args->kwonlyargs.empty() && kwdefaults(args) > 0) flags |= 0x02;
  return flags;
}

void Compiler::annotation_value(const ast::ExprNode* annotation) {
  if (future_.annotations) {
    emit_const(Const::str(unparse_annotation(annotation)));
    return;
  }
  if (auto* star = ast::as<ast::Starred>(annotation)) {
    expr(star->value);
    emit(op(Op::UNPACK_SEQUENCE), 1);
    return;
  }
  expr(annotation);
}

bool Compiler::annotations(const ast::Arguments* args, const ast::ExprNode* returns) {
  int count = 0;
  auto one = [&](std::string_view name, const ast::ExprNode* annotation) {
    if (!annotation) return;
    emit_const(Const::str(mangle_name(name)));
    annotation_value(annotation);
    count += 2;
  };
  for (auto* a : args->args) one(a->arg.view(), a->annotation);
  for (auto* a : args->posonlyargs) one(a->arg.view(), a->annotation);
  if (args->vararg) one(args->vararg->arg.view(), args->vararg->annotation);
  for (auto* a : args->kwonlyargs) one(a->arg.view(), a->annotation);
  if (args->kwarg) one(args->kwarg->arg.view(), args->kwarg->annotation);
  one("return", returns);
  if (count == 0) return false;
  emit(op(Op::BUILD_TUPLE), count);
  return true;
}

void Compiler::make_closure(Code* code, int flags, const std::string&) {
  if (code->nfreevars > 0) {
    for (int i = code->nlocalsplus - code->nfreevars; i < code->nlocalsplus; ++i) {
      Value name_value = code->localsplus_names->items()[i];
      std::string name(str_view(name_value));
      int arg;
      if (unit_->kind == UnitKind::Class && name == "__class__") {
        arg = unit_->cellvars.add(name);
      } else if (unit_->scope->scope_of(name) == SymbolScope::Cell) {
        arg = unit_->cellvars.add(name);
      } else {
        arg = static_cast<int>(unit_->cellvars.list.size()) + unit_->freevars.add(name);
      }
      emit(op(Op::LOAD_CLOSURE), arg);
    }
    flags |= 0x08;
    emit(op(Op::BUILD_TUPLE), code->nfreevars);
  }
  // Code constants merge by value, as CPython's do: a finally body compiled
  // once per exit holds a single copy of each function it defines.
  Const c;
  c.kind = Const::Kind::Code;
  c.text = disassemble(code);
  c.text.append(reinterpret_cast<const char*>(code->exception_table), code->exception_table_size);
  auto existing = unit_->const_index.find(c.key());
  if (existing != unit_->const_index.end()) {
    c.code_index = unit_->consts[existing->second].code_index;
  } else {
    c.code_index = static_cast<int>(unit_->children.size());
    unit_->children.push_back(code);
  }
  emit_const(c);
  emit(op(Op::MAKE_FUNCTION), flags);
}

namespace {
void check_debug_args(Compiler& c, const ast::Arguments* args) {
  auto check = [&](const ast::Arg* a) {
    if (a && a->arg == "__debug__") c.error(a, "cannot assign to __debug__");
  };
  for (auto* a : args->posonlyargs) check(a);
  for (auto* a : args->args) check(a);
  check(args->vararg);
  for (auto* a : args->kwonlyargs) check(a);
  check(args->kwarg);
}
}  // namespace

void Compiler::function_def(const ast::StmtNode* s, bool is_async) {
  const ast::Arguments* args;
  const ast::ExprNode* returns;
  const ast::Seq<ast::ExprNode*>* decos;
  const ast::Seq<ast::StmtNode*>* fbody;
  std::string_view name;
  if (is_async) {
    auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
    args = f->args, returns = f->returns, decos = &f->decorator_list, fbody = &f->body;
    name = f->name.view();
  } else {
    auto* f = static_cast<const ast::FunctionDef*>(s);
    args = f->args, returns = f->returns, decos = &f->decorator_list, fbody = &f->body;
    name = f->name.view();
  }
  check_debug_args(*this, args);
  decorators(*decos);
  int firstlineno = decos->empty() ? s->lineno : (*decos)[0]->lineno;
  int flags = default_arguments(args);
  if (annotations(args, returns)) flags |= 0x04;

  Code* code;
  std::string qualname;
  {
    Unit unit;
    enter_scope(unit, std::string(name), is_async ? UnitKind::AsyncFunction : UnitKind::Function,
                s, firstlineno);
    const ast::Constant* doc = options_.optimize < 2 ? docstring_of(*fbody) : nullptr;
    add_const(doc ? ConstantFolder::from_ast(doc->value) : Const::none());
    unit.argcount = static_cast<int>(args->args.size);
    unit.posonlyargcount = static_cast<int>(args->posonlyargs.size);
    unit.kwonlyargcount = static_cast<int>(args->kwonlyargs.size);
    for (uint32_t i = doc ? 1 : 0; i < fbody->size; ++i) stmt((*fbody)[i]);
    qualname = unit.qualname;
    code = leave_scope(true);
  }
  make_closure(code, flags, qualname);
  apply_decorators(*decos);
  name_op(s, name, ExprContext::Store);
}

void Compiler::class_def(const ast::ClassDef* s) {
  decorators(s->decorator_list);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  Code* code;
  {
    Unit unit;
    enter_scope(unit, std::string(s->name.view()), UnitKind::Class, s, firstlineno);
    unit.private_name = std::string(s->name.view());
    name_op(nullptr, "__name__", ExprContext::Load);
    name_op(nullptr, "__module__", ExprContext::Store);
    emit_const(Const::str(unit.qualname));
    name_op(nullptr, "__qualname__", ExprContext::Store);
    body(s->body, false);
    unset_loc();
    if (unit.scope->needs_class_closure) {
      emit(op(Op::LOAD_CLOSURE), unit.cellvars.add("__class__"));
      emit(op(Op::COPY), 1);
      name_op(nullptr, "__classcell__", ExprContext::Store);
    } else {
      emit_const(Const::none());
    }
    emit(op(Op::RETURN_VALUE));
    code = leave_scope(true);
  }
  emit(op(Op::PUSH_NULL));
  emit(op(Op::LOAD_BUILD_CLASS));
  make_closure(code, 0, {});
  emit_const(Const::str(s->name.view()));
  call_helper(2, s->bases, s->keywords, nullptr);
  apply_decorators(s->decorator_list);
  name_op(s, s->name.view(), ExprContext::Store);
}

// --- control flow

void Compiler::if_stmt(const ast::If* s) {
  Block* end = new_block();
  Block* next = s->orelse.empty() ? end : new_block();
  jump_if(s->test, next, false);
  stmts(s->body);
  if (!s->orelse.empty()) {
    Position saved = unit_->loc;
    unset_loc();
    emit_jump(kJump, end);
    unit_->loc = saved;
    use_next_block(next);
    stmts(s->orelse);
  }
  use_next_block(end);
}

void Compiler::for_stmt(const ast::For* s) {
  Block* start = new_block();
  Block* body_block = new_block();
  Block* cleanup = new_block();
  Block* end = new_block();
  push_fblock(s, FBlockKind::ForLoop, start, end);
  iter_expr(s->iter);
  emit(op(Op::GET_ITER));
  use_next_block(start);
  emit_jump(op(Op::FOR_ITER), cleanup);
  use_next_block(body_block);
  expr(s->target);
  stmts(s->body);
  unset_loc();
  emit_jump(kJump, start);
  use_next_block(cleanup);
  pop_fblock();
  stmts(s->orelse);
  use_next_block(end);
}

void Compiler::async_for(const ast::AsyncFor* s) {
  if (unit_->kind != UnitKind::AsyncFunction) error(nullptr, "'async for' outside async function");
  Block* start = new_block();
  Block* except = new_block();
  Block* end = new_block();
  expr(s->iter);
  emit(op(Op::GET_AITER));
  use_next_block(start);
  push_fblock(s, FBlockKind::ForLoop, start, end);
  emit_jump(kSetupFinally, except);
  emit(op(Op::GET_ANEXT));
  emit_const(Const::none());
  add_yield_from(true);
  emit(kPopBlock);
  expr(s->target);
  stmts(s->body);
  unset_loc();
  emit_jump(kJump, start);
  pop_fblock();
  use_next_block(except);
  set_loc(s->iter);
  emit(op(Op::END_ASYNC_FOR));
  stmts(s->orelse);
  use_next_block(end);
}

void Compiler::while_stmt(const ast::While* s) {
  Block* loop = new_block();
  Block* body_block = new_block();
  Block* anchor = new_block();
  Block* end = new_block();
  use_next_block(loop);
  push_fblock(s, FBlockKind::WhileLoop, loop, end);
  jump_if(s->test, anchor, false);
  use_next_block(body_block);
  stmts(s->body);
  set_loc(s);
  jump_if(s->test, body_block, true);
  pop_fblock();
  use_next_block(anchor);
  stmts(s->orelse);
  use_next_block(end);
}

void Compiler::return_stmt(const ast::Return* s) {
  const Const* folded = s->value ? folder_.fold(s->value) : nullptr;
  bool preserve_tos = s->value && !folded;
  if (!unit_->scope->is_function()) error(nullptr, "'return' outside function");
  if (s->value && unit_->scope->is_coroutine && unit_->scope->is_generator) {
    error(nullptr, "'return' with value in async generator");
  }
  if (preserve_tos) {
    expr(s->value);
  } else if (s->value) {
    set_loc(s->value);
    emit(op(Op::NOP));
  }
  if (!s->value || s->value->lineno != s->lineno) {
    set_loc(s);
    emit(op(Op::NOP));
  }
  unwind_fblock_stack(preserve_tos, nullptr);
  if (!s->value) emit_const(Const::none());
  else if (!preserve_tos) emit_const(*folded);
  // The block stays current: a body ending here needs no implicit
  // `return None` (whose constant CPython never adds).
  emit(op(Op::RETURN_VALUE));
}

void Compiler::break_stmt(const ast::StmtNode*) {
  emit(op(Op::NOP));
  const FBlock* loop = nullptr;
  unwind_fblock_stack(false, &loop);
  if (!loop) error(nullptr, "'break' outside loop");
  FBlock copy = *loop;
  unwind_fblock(copy, false);
  emit_jump(kJump, copy.exit);
}

void Compiler::continue_stmt(const ast::StmtNode*) {
  emit(op(Op::NOP));
  const FBlock* loop = nullptr;
  unwind_fblock_stack(false, &loop);
  if (!loop) error(nullptr, "'continue' not properly in loop");
  emit_jump(kJump, loop->block);
}

void Compiler::pop_except_and_reraise() {
  emit(op(Op::COPY), 3);
  emit(op(Op::POP_EXCEPT));
  emit(op(Op::RERAISE), 1);
}

void Compiler::call_exit_with_nones() {
  emit_const(Const::none());
  emit_const(Const::none());
  emit_const(Const::none());
  emit(op(Op::CALL), 2);
}

bool Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator:
      return true;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(op(Op::SWAP), 2);
      emit(op(Op::POP_TOP));
      return true;
    case FBlockKind::TryExcept:
      emit(kPopBlock);
      return true;
    case FBlockKind::FinallyTry:
      emit(kPopBlock);
      if (preserve_tos) push_fblock(nullptr, FBlockKind::PopValue, nullptr, nullptr);
      stmts(*fb.finalbody);
      if (preserve_tos) pop_fblock();
      unset_loc();
      return true;
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(op(Op::SWAP), 2);
      emit(op(Op::POP_TOP));
      if (preserve_tos) emit(op(Op::SWAP), 2);
      emit(kPopBlock);
      emit(op(Op::POP_EXCEPT));
      return true;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
      set_loc(fb.node);
      emit(kPopBlock);
      if (preserve_tos) emit(op(Op::SWAP), 2);
      call_exit_with_nones();
      if (fb.kind == FBlockKind::AsyncWith) {
        emit(op(Op::GET_AWAITABLE), 2);
        emit_const(Const::none());
        add_yield_from(true);
      }
      emit(op(Op::POP_TOP));
      unset_loc();
      return true;
    case FBlockKind::HandlerCleanup:
      if (fb.name) emit(kPopBlock);
      if (preserve_tos) emit(op(Op::SWAP), 2);
      emit(kPopBlock);
      emit(op(Op::POP_EXCEPT));
      if (fb.name) {
        emit_const(Const::none());
        name_op(nullptr, fb.name->view(), ExprContext::Store);
        name_op(nullptr, fb.name->view(), ExprContext::Del);
      }
      return true;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(op(Op::SWAP), 2);
      emit(op(Op::POP_TOP));
      return true;
  }
  return true;
}

void Compiler::unwind_fblock_stack(bool preserve_tos, const FBlock** loop) {
  auto& fblocks = unit_->fblocks;
  if (fblocks.empty()) return;
  FBlock top = fblocks.back();
  if (top.kind == FBlockKind::ExceptionGroupHandler) {
    error(nullptr, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
    *loop = &fblocks.back();
    return;
  }
  fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(preserve_tos, loop);
  fblocks.push_back(top);
  if (loop && *loop) {
    // The pointer may have moved with the vector; find the loop again.
    for (size_t i = fblocks.size(); i-- > 0;) {
      if (fblocks[i].kind == FBlockKind::WhileLoop || fblocks[i].kind == FBlockKind::ForLoop) {
        *loop = &fblocks[i];
        break;
      }
    }
  }
}

// --- try

void Compiler::try_stmt(const ast::StmtNode* s, bool star) {
  const ast::Seq<ast::StmtNode*>& finalbody = star
      ? static_cast<const ast::TryStar*>(s)->finalbody
      : static_cast<const ast::Try*>(s)->finalbody;
  if (!finalbody.empty()) try_finally(s, star);
  else if (star) try_star_except(s);
  else try_except(s);
}

void Compiler::try_finally(const ast::StmtNode* s, bool star) {
  const ast::Seq<ast::StmtNode*>* tbody;
  const ast::Seq<ast::StmtNode*>* finalbody;
  bool has_handlers;
  if (star) {
    auto* t = static_cast<const ast::TryStar*>(s);
    tbody = &t->body, finalbody = &t->finalbody, has_handlers = !t->handlers.empty();
  } else {
    auto* t = static_cast<const ast::Try*>(s);
    tbody = &t->body, finalbody = &t->finalbody, has_handlers = !t->handlers.empty();
  }
  Block* body_block = new_block();
  Block* end = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  emit_jump(kSetupFinally, end);
  use_next_block(body_block);
  push_fblock(s, FBlockKind::FinallyTry, body_block, end);
  unit_->fblocks.back().finalbody = finalbody;
  if (has_handlers) {
    if (star) try_star_except(s);
    else try_except(s);
  } else {
    stmts(*tbody);
  }
  emit_noline(kPopBlock);
  pop_fblock();
  stmts(*finalbody);
  unset_loc();
  emit_jump(kJump, exit);
  use_next_block(end);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(op(Op::PUSH_EXC_INFO));
  push_fblock(s, FBlockKind::FinallyEnd, end, nullptr);
  stmts(*finalbody);
  pop_fblock();
  emit(op(Op::RERAISE), 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
}

void Compiler::try_except(const ast::StmtNode* s) {
  auto* t = static_cast<const ast::Try*>(s);
  Block* body_block = new_block();
  Block* except = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  emit_jump(kSetupFinally, except);
  use_next_block(body_block);
  push_fblock(s, FBlockKind::TryExcept, body_block, nullptr);
  stmts(t->body);
  pop_fblock();
  emit_noline(kPopBlock);
  stmts(t->orelse);
  unset_loc();
  emit_jump(kJump, end);
  uint32_t n = t->handlers.size;
  use_next_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(op(Op::PUSH_EXC_INFO));
  push_fblock(s, FBlockKind::ExceptionHandler, nullptr, nullptr);
  for (uint32_t i = 0; i < n; ++i) {
    auto* h = static_cast<const ast::ExceptHandler*>(t->handlers[i]);
    set_loc(h);
    if (!h->type && i + 1 < n) error(nullptr, "default 'except:' must be last");
    except = new_block();
    if (h->type) {
      expr(h->type);
      emit(op(Op::CHECK_EXC_MATCH));
      emit_jump(kPopJumpIfFalse, except);
    }
    if (h->name.present()) {
      Block* cleanup_end = new_block();
      Block* cleanup_body = new_block();
      name_op(nullptr, h->name.view(), ExprContext::Store);
      emit_jump(kSetupCleanup, cleanup_end);
      use_next_block(cleanup_body);
      push_fblock(h, FBlockKind::HandlerCleanup, cleanup_body, nullptr);
      unit_->fblocks.back().name = &h->name;
      stmts(h->body);
      pop_fblock();
      unset_loc();
      emit(kPopBlock);
      emit(kPopBlock);
      emit(op(Op::POP_EXCEPT));
      emit_const(Const::none());
      name_op(nullptr, h->name.view(), ExprContext::Store);
      name_op(nullptr, h->name.view(), ExprContext::Del);
      emit_jump(kJump, end);
      use_next_block(cleanup_end);
      unset_loc();
      emit_const(Const::none());
      name_op(nullptr, h->name.view(), ExprContext::Store);
      name_op(nullptr, h->name.view(), ExprContext::Del);
      emit(op(Op::RERAISE), 1);
    } else {
      Block* cleanup_body = new_block();
      emit(op(Op::POP_TOP));
      use_next_block(cleanup_body);
      push_fblock(h, FBlockKind::HandlerCleanup, cleanup_body, nullptr);
      stmts(h->body);
      pop_fblock();
      unset_loc();
      emit(kPopBlock);
      emit(op(Op::POP_EXCEPT));
      emit_jump(kJump, end);
    }
    use_next_block(except);
  }
  unset_loc();
  pop_fblock();
  emit(op(Op::RERAISE), 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(end);
}

void Compiler::try_star_except(const ast::StmtNode* s) {
  auto* t = static_cast<const ast::TryStar*>(s);
  Block* body_block = new_block();
  Block* except = new_block();
  Block* orelse = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  Block* reraise_star = new_block();
  emit_jump(kSetupFinally, except);
  use_next_block(body_block);
  push_fblock(s, FBlockKind::TryExcept, body_block, nullptr);
  stmts(t->body);
  pop_fblock();
  emit_noline(kPopBlock);
  unset_loc();
  emit_jump(kJump, orelse);
  uint32_t n = t->handlers.size;
  use_next_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(op(Op::PUSH_EXC_INFO));
  push_fblock(s, FBlockKind::ExceptionGroupHandler, nullptr, nullptr);
  for (uint32_t i = 0; i < n; ++i) {
    auto* h = static_cast<const ast::ExceptHandler*>(t->handlers[i]);
    set_loc(h);
    except = new_block();
    Block* handle_match = new_block();
    if (i == 0) {
      // Stack: [orig, raised, exc]: the original group (PREP_RERAISE_STAR's
      // reference), the list of what the handlers raised or reraised, and
      // the part of the group still unmatched.
      emit(op(Op::COPY), 1);
      emit(op(Op::BUILD_LIST), 0);
      emit(op(Op::SWAP), 2);
    }
    if (h->type) {
      expr(h->type);
      emit(op(Op::CHECK_EG_MATCH));
      emit(op(Op::COPY), 1);
      emit_jump(kPopJumpIfNotNone, handle_match);
      emit(op(Op::POP_TOP));
      emit_jump(kJump, except);
    }
    use_next_block(handle_match);
    Block* cleanup_end = new_block();
    Block* cleanup_body = new_block();
    if (h->name.present()) name_op(nullptr, h->name.view(), ExprContext::Store);
    else emit(op(Op::POP_TOP));
    emit_jump(kSetupCleanup, cleanup_end);
    use_next_block(cleanup_body);
    push_fblock(h, FBlockKind::HandlerCleanup, cleanup_body, nullptr);
    if (h->name.present()) unit_->fblocks.back().name = &h->name;
    stmts(h->body);
    pop_fblock();
    unset_loc();
    emit(kPopBlock);
    if (h->name.present()) {
      emit_const(Const::none());
      name_op(nullptr, h->name.view(), ExprContext::Store);
      name_op(nullptr, h->name.view(), ExprContext::Del);
    }
    emit_jump(kJump, except);
    use_next_block(cleanup_end);
    unset_loc();
    if (h->name.present()) {
      emit_const(Const::none());
      name_op(nullptr, h->name.view(), ExprContext::Store);
      name_op(nullptr, h->name.view(), ExprContext::Del);
    }
    // What the handler raised joins the list; the next handler carries on.
    emit(op(Op::LIST_APPEND), 3);
    emit(op(Op::POP_TOP));
    emit_jump(kJump, except);
    use_next_block(except);
    if (i + 1 == n) {
      // The unmatched rest (or None) is reraised with the rest.
      emit(op(Op::LIST_APPEND), 1);
      emit_jump(kJump, reraise_star);
    }
  }
  unset_loc();
  pop_fblock();
  Block* reraise = new_block();
  use_next_block(reraise_star);
  emit(op(Op::PREP_RERAISE_STAR));
  emit(op(Op::COPY), 1);
  emit_jump(kPopJumpIfNotNone, reraise);
  emit(op(Op::POP_TOP));
  emit(kPopBlock);
  emit(op(Op::POP_EXCEPT));
  emit_jump(kJump, end);
  use_next_block(reraise);
  emit(kPopBlock);
  emit(op(Op::SWAP), 2);
  emit(op(Op::POP_EXCEPT));
  emit(op(Op::RERAISE), 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(orelse);
  stmts(t->orelse);
  use_next_block(end);
}

// --- with

void Compiler::with_except_finish(Block* cleanup) {
  Block* exit = new_block();
  emit_jump(kPopJumpIfTrue, exit);
  emit(op(Op::RERAISE), 2);
  use_next_block(cleanup);
  unset_loc();
  pop_except_and_reraise();
  use_next_block(exit);
  emit(op(Op::POP_TOP));
  emit(kPopBlock);
  emit(op(Op::POP_EXCEPT));
  emit(op(Op::POP_TOP));
  emit(op(Op::POP_TOP));
}

void Compiler::with_stmt(const ast::With* s, uint32_t pos) {
  const ast::WithItem* item = s->items[pos];
  Block* block = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  expr(item->context_expr);
  emit(op(Op::BEFORE_WITH));
  emit_jump(kSetupWith, final);
  use_next_block(block);
  push_fblock(s, FBlockKind::With, block, final);
  unit_->fblocks.back().node = s;
  if (item->optional_vars) expr(item->optional_vars);
  else emit(op(Op::POP_TOP));
  if (pos + 1 == s->items.size) stmts(s->body);
  else with_stmt(s, pos + 1);
  unset_loc();
  emit(kPopBlock);
  pop_fblock();
  set_loc(s);
  call_exit_with_nones();
  emit(op(Op::POP_TOP));
  emit_jump(kJump, exit);
  use_next_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(op(Op::PUSH_EXC_INFO));
  emit(op(Op::WITH_EXCEPT_START));
  with_except_finish(cleanup);
  use_next_block(exit);
}

void Compiler::async_with(const ast::AsyncWith* s, uint32_t pos) {
  if (unit_->kind != UnitKind::AsyncFunction) error(nullptr, "'async with' outside async function");
  const ast::WithItem* item = s->items[pos];
  Block* block = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  expr(item->context_expr);
  emit(op(Op::BEFORE_ASYNC_WITH));
  emit(op(Op::GET_AWAITABLE), 1);
  emit_const(Const::none());
  add_yield_from(true);
  emit_jump(kSetupWith, final);
  use_next_block(block);
  push_fblock(s, FBlockKind::AsyncWith, block, final);
  unit_->fblocks.back().node = s;
  if (item->optional_vars) expr(item->optional_vars);
  else emit(op(Op::POP_TOP));
  if (pos + 1 == s->items.size) stmts(s->body);
  else async_with(s, pos + 1);
  pop_fblock();
  emit(kPopBlock);
  set_loc(s);
  call_exit_with_nones();
  emit(op(Op::GET_AWAITABLE), 2);
  emit_const(Const::none());
  add_yield_from(true);
  emit(op(Op::POP_TOP));
  emit_jump(kJump, exit);
  use_next_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(op(Op::PUSH_EXC_INFO));
  emit(op(Op::WITH_EXCEPT_START));
  emit(op(Op::GET_AWAITABLE), 2);
  emit_const(Const::none());
  add_yield_from(true);
  with_except_finish(cleanup);
  use_next_block(exit);
}

// --- simple statements

void Compiler::raise_stmt(const ast::Raise* s) {
  int n = 0;
  if (s->exc) {
    expr(s->exc);
    ++n;
    if (s->cause) {
      expr(s->cause);
      ++n;
    }
  }
  emit(op(Op::RAISE_VARARGS), n);
  use_next_block(new_block());
}

void Compiler::assert_stmt(const ast::Assert* s) {
  // A parenthesised (test, message) is a non-empty tuple: always true, even
  // under -O.
  auto* tuple = ast::as<ast::Tuple>(s->test);
  if (tuple && !tuple->elts.empty()) warn(s, "assertion is always true, perhaps remove parentheses?");
  if (options_.optimize) return;
  Block* end = new_block();
  jump_if(s->test, end, true);
  emit(op(Op::LOAD_ASSERTION_ERROR));
  if (s->msg) {
    expr(s->msg);
    emit(op(Op::CALL), 0);
  }
  emit(op(Op::RAISE_VARARGS), 1);
  use_next_block(end);
}

void Compiler::import_as(const ast::LocatedNode* where, std::string_view name,
                         std::string_view asname) {
  size_t dot = name.find('.');
  if (dot != std::string_view::npos) {
    while (true) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      std::string_view attr = name.substr(pos, dot == std::string_view::npos ? name.size() - pos : dot - pos);
      emit(op(Op::IMPORT_FROM), add_name(attr));
      if (dot == std::string_view::npos) break;
      emit(op(Op::SWAP), 2);
      emit(op(Op::POP_TOP));
    }
    name_op(where, asname, ExprContext::Store);
    emit(op(Op::POP_TOP));
    return;
  }
  name_op(where, asname, ExprContext::Store);
}

void Compiler::import(const ast::Import* s) {
  for (auto* alias : s->names) {
    emit_const(Const::integer("0"));
    emit_const(Const::none());
    emit_name_op(op(Op::IMPORT_NAME), alias->name.view());
    if (alias->asname.present()) {
      import_as(s, alias->name.view(), alias->asname.view());
    } else {
      std::string_view name = alias->name.view();
      name_op(s, name.substr(0, name.find('.')), ExprContext::Store);
    }
  }
}

void Compiler::import_from(const ast::ImportFrom* s) {
  emit_const(Const::integer(std::to_string(s->level)));
  std::vector<Const> names;
  for (auto* alias : s->names) names.push_back(Const::str(alias->name.view()));
  if (s->lineno > future_.lineno && s->module == "__future__") {
    error(nullptr, "from __future__ imports must occur at the beginning of the file");
  }
  emit_const(Const::tuple(std::move(names)));
  emit_name_op(op(Op::IMPORT_NAME), s->module.present() ? s->module.view() : "");
  for (uint32_t i = 0; i < s->names.size; ++i) {
    auto* alias = s->names[i];
    if (i == 0 && alias->name.view().starts_with("*")) {
      emit(op(Op::IMPORT_STAR));
      return;
    }
    emit_name_op(op(Op::IMPORT_FROM), alias->name.view());
    name_op(s, alias->asname.present() ? alias->asname.view() : alias->name.view(),
            ExprContext::Store);
  }
  emit(op(Op::POP_TOP));
}

namespace {
// update_start_location_to_match_attr: a multi-line attribute access is
// located at its attribute name.
void locate_attribute(Position& loc, const ast::Attribute* a) {
  if (a->lineno == a->end_lineno) return;
  int len = static_cast<int>(code_points(a->attr.view()));
  if (len <= a->end_col_offset) {
    loc.line = a->end_lineno;
    loc.col = a->end_col_offset - len;
  } else {
    loc.col = -1;
    loc.end_col = -1;
  }
  loc.end_line = std::max(loc.line, loc.end_line);
  if (loc.line == loc.end_line) loc.end_col = std::max(loc.col, loc.end_col);
}
}  // namespace

void locate_attribute_start(Position& loc, const ast::Attribute* a) { locate_attribute(loc, a); }

void Compiler::aug_assign(const ast::AugAssign* s) {
  const ast::ExprNode* e = s->target;
  Position saved = unit_->loc;
  set_loc(e);
  if (auto* a = ast::as<ast::Attribute>(e)) {
    check_forbidden(a, a->attr.view(), ExprContext::Store);
    expr(a->value);
    emit(op(Op::COPY), 1);
    locate_attribute(unit_->loc, a);
    emit_name_op(op(Op::LOAD_ATTR), a->attr.view());
  } else if (auto* sub = ast::as<ast::Subscript>(e)) {
    expr(sub->value);
    expr(sub->slice);
    emit(op(Op::COPY), 2);
    emit(op(Op::COPY), 2);
    emit(op(Op::BINARY_SUBSCR));
  } else if (auto* n = ast::as<ast::Name>(e)) {
    name_op(n, n->id.view(), ExprContext::Load);
  }
  unit_->loc = saved;
  expr(s->value);
  static constexpr BinaryOp kOps[] = {
      BinaryOp::Add, BinaryOp::Subtract, BinaryOp::Multiply, BinaryOp::MatMul,
      BinaryOp::TrueDivide, BinaryOp::Remainder, BinaryOp::Power, BinaryOp::LShift,
      BinaryOp::RShift, BinaryOp::Or, BinaryOp::Xor, BinaryOp::And, BinaryOp::FloorDivide};
  emit(op(Op::BINARY_OP), static_cast<int>(kOps[static_cast<int>(s->op)]) + kBinaryOpCount);
  set_loc(e);
  if (auto* a = ast::as<ast::Attribute>(e)) {
    locate_attribute(unit_->loc, a);
    emit(op(Op::SWAP), 2);
    emit_name_op(op(Op::STORE_ATTR), a->attr.view());
  } else if (ast::as<ast::Subscript>(e)) {
    emit(op(Op::SWAP), 3);
    emit(op(Op::SWAP), 2);
    emit(op(Op::STORE_SUBSCR));
  } else if (auto* n = ast::as<ast::Name>(e)) {
    name_op(n, n->id.view(), ExprContext::Store);
  }
}

void Compiler::ann_assign(const ast::AnnAssign* s) {
  const ast::ExprNode* target = s->target;
  if (s->value) {
    expr(s->value);
    expr(target);
  }
  auto check_expr = [&](const ast::ExprNode* e) {
    expr(e);
    emit(op(Op::POP_TOP));
  };
  if (auto* n = ast::as<ast::Name>(target)) {
    check_forbidden(n, n->id.view(), ExprContext::Store);
    if (s->simple && (unit_->kind == UnitKind::Module || unit_->kind == UnitKind::Class)) {
      if (future_.annotations) emit_const(Const::str(unparse_annotation(s->annotation)));
      else expr(s->annotation);
      emit_name_op(op(Op::LOAD_NAME), "__annotations__");
      emit_const(Const::str(mangle_name(n->id.view())));
      emit(op(Op::STORE_SUBSCR));
    }
  } else if (auto* a = ast::as<ast::Attribute>(target)) {
    check_forbidden(a, a->attr.view(), ExprContext::Store);
    if (!s->value) check_expr(a->value);
  } else if (auto* sub = ast::as<ast::Subscript>(target)) {
    if (!s->value) {
      check_expr(sub->value);
      std::vector<const ast::ExprNode*> parts;
      auto check_subscr = [&](const ast::ExprNode* e) {
        if (auto* sl = ast::as<ast::Slice>(e)) {
          if (sl->lower) check_expr(sl->lower);
          if (sl->upper) check_expr(sl->upper);
          if (sl->step) check_expr(sl->step);
        } else {
          check_expr(e);
        }
      };
      if (auto* t = ast::as<ast::Tuple>(sub->slice)) {
        for (auto* elt : t->elts) check_subscr(elt);
      } else {
        check_subscr(sub->slice);
      }
    }
  }
  if (!s->simple && !future_.annotations &&
      (unit_->kind == UnitKind::Module || unit_->kind == UnitKind::Class)) {
    check_expr(s->annotation);
  }
}

}  // namespace krait::codegen
