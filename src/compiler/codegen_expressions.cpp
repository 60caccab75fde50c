// Expressions: CPython 3.11's compiler_visit_expr1 and its helpers — calls
// (LOAD_METHOD / KW_NAMES / CALL_FUNCTION_EX), displays with unpacking,
// comparisons, short circuits, comprehensions as nested functions, yield and
// await loops, f-strings and assignment targets.
#include "compiler/codegen_internal.h"

namespace krait::codegen {

namespace {

using ast::ExprContext;
constexpr int kStackUseGuideline = 30;

bool is_starred(const ast::ExprNode* e) { return e && e->node_kind == ast::NodeKind::Starred; }

}  // namespace

void locate_attribute_start(Position& loc, const ast::Attribute* a);

// The SyntaxWarning checks for displays and literals used in ways that always
// fail (3.11's check_caller / check_subscripter / check_index / check_compare).

namespace {

const char* const_type_name(const Const& c) {
  switch (c.kind) {
    case Const::Kind::None: return "NoneType";
    case Const::Kind::True: case Const::Kind::False: return "bool";
    case Const::Kind::Ellipsis: return "ellipsis";
    case Const::Kind::Int: return "int";
    case Const::Kind::Float: return "float";
    case Const::Kind::Complex: return "complex";
    case Const::Kind::Str: return "str";
    case Const::Kind::Bytes: return "bytes";
    case Const::Kind::Tuple: return "tuple";
    case Const::Kind::FrozenSet: return "frozenset";
    case Const::Kind::Code: return "code";
  }
  return "object";
}

}  // namespace

const char* Compiler::inferred_type(const ast::ExprNode* e) {
  if (const Const* c = folder_.fold(e)) return const_type_name(*c);
  switch (e->node_kind) {
    case ast::NodeKind::Tuple: return "tuple";
    case ast::NodeKind::List: case ast::NodeKind::ListComp: return "list";
    case ast::NodeKind::Dict: case ast::NodeKind::DictComp: return "dict";
    case ast::NodeKind::Set: case ast::NodeKind::SetComp: return "set";
    case ast::NodeKind::GeneratorExp: return "generator";
    case ast::NodeKind::Lambda: return "function";
    case ast::NodeKind::JoinedStr: case ast::NodeKind::FormattedValue: return "str";
    default: return nullptr;
  }
}

void Compiler::check_caller(const ast::ExprNode* e) {
  const Const* c = folder_.fold(e);
  switch (c ? ast::NodeKind::Constant : e->node_kind) {
    case ast::NodeKind::Constant: case ast::NodeKind::Tuple: case ast::NodeKind::List:
    case ast::NodeKind::ListComp: case ast::NodeKind::Dict: case ast::NodeKind::DictComp:
    case ast::NodeKind::Set: case ast::NodeKind::SetComp: case ast::NodeKind::GeneratorExp:
    case ast::NodeKind::JoinedStr: case ast::NodeKind::FormattedValue:
      warn(nullptr, std::string("'") + inferred_type(e) +
                        "' object is not callable; perhaps you missed a comma?");
      return;
    default:
      return;
  }
}

void Compiler::check_subscripter(const ast::ExprNode* e) {
  if (const Const* c = folder_.fold(e)) {
    using K = Const::Kind;
    bool unsubscriptable = c->kind == K::None || c->kind == K::Ellipsis || c->kind == K::Int ||
                           c->kind == K::True || c->kind == K::False || c->kind == K::Float ||
                           c->kind == K::Complex;
    if (!unsubscriptable) return;
  } else if (e->node_kind != ast::NodeKind::Set && e->node_kind != ast::NodeKind::SetComp &&
             e->node_kind != ast::NodeKind::GeneratorExp && e->node_kind != ast::NodeKind::Lambda) {
    return;
  }
  warn(nullptr, std::string("'") + inferred_type(e) +
                    "' object is not subscriptable; perhaps you missed a comma?");
}

void Compiler::check_index(const ast::ExprNode* e, const ast::ExprNode* s) {
  const char* index_type = inferred_type(s);
  if (!index_type || s->node_kind == ast::NodeKind::Slice) return;
  std::string_view index_name = index_type;
  if (index_name == "int" || index_name == "bool") return;
  if (const Const* c = folder_.fold(e)) {
    using K = Const::Kind;
    if (c->kind != K::Str && c->kind != K::Bytes && c->kind != K::Tuple) return;
  } else if (e->node_kind != ast::NodeKind::Tuple && e->node_kind != ast::NodeKind::List &&
             e->node_kind != ast::NodeKind::ListComp && e->node_kind != ast::NodeKind::JoinedStr &&
             e->node_kind != ast::NodeKind::FormattedValue) {
    return;
  }
  warn(nullptr, std::string(inferred_type(e)) + " indices must be integers or slices, not " +
                    index_type + "; perhaps you missed a comma?");
}

void Compiler::check_compare(const ast::Compare* e) {
  // `is` with anything but None, True, False or ... as a literal operand.
  auto literal = [&](const ast::ExprNode* operand) {
    const Const* c = folder_.fold(operand);
    if (!c || operand->node_kind == ast::NodeKind::Name) return false;
    using K = Const::Kind;
    return c->kind != K::None && c->kind != K::True && c->kind != K::False && c->kind != K::Ellipsis;
  };
  bool left = literal(e->left);
  for (uint32_t i = 0; i < e->ops.size; ++i) {
    bool right = literal(e->comparators[i]);
    ast::CmpOperator cmp = e->ops[i];
    if (cmp == ast::CmpOperator::Is && (left || right)) {
      warn(nullptr, "\"is\" with a literal. Did you mean \"==\"?");
    } else if (cmp == ast::CmpOperator::IsNot && (left || right)) {
      warn(nullptr, "\"is not\" with a literal. Did you mean \"!=\"?");
    }
    left = right;
  }
}

bool Compiler::try_fold(const ast::ExprNode* e) {
  const Const* c = folder_.fold(e);
  if (!c) return false;
  emit_const(*c);
  return true;
}

void Compiler::expr(const ast::ExprNode* e) {
  if (++nested_depth_ > 3000) throw CompileRecursionError();
  Position saved = unit_->loc;
  set_loc(e);
  expr_inner(e);
  unit_->loc = saved;
  --nested_depth_;
}

void Compiler::add_yield_from(bool await) {
  Block* start = new_block();
  Block* resume = new_block();
  Block* exit = new_block();
  use_next_block(start);
  emit_jump(op(Op::SEND), exit);
  use_next_block(resume);
  emit(op(Op::YIELD_VALUE));
  emit(op(Op::RESUME), await ? 3 : 2);
  emit_jump(kJumpNoInterrupt, start);
  use_next_block(exit);
}

void Compiler::expr_inner(const ast::ExprNode* e) {
  if (e->node_kind != ast::NodeKind::Name || static_cast<const ast::Name*>(e)->ctx == ExprContext::Load) {
    if (e->node_kind != ast::NodeKind::Constant && try_fold(e)) return;
  }
  switch (e->node_kind) {
    case ast::NodeKind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(e);
      expr(n->value);
      emit(op(Op::COPY), 1);
      expr(n->target);
      return;
    }
    case ast::NodeKind::BoolOp:
      return boolop(static_cast<const ast::BoolOp*>(e));
    case ast::NodeKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      if (percent_format(b)) return;
      expr(b->left);
      expr(b->right);
      static constexpr BinaryOp kOps[] = {
          BinaryOp::Add, BinaryOp::Subtract, BinaryOp::Multiply, BinaryOp::MatMul,
          BinaryOp::TrueDivide, BinaryOp::Remainder, BinaryOp::Power, BinaryOp::LShift,
          BinaryOp::RShift, BinaryOp::Or, BinaryOp::Xor, BinaryOp::And, BinaryOp::FloorDivide};
      emit(op(Op::BINARY_OP), static_cast<int>(kOps[static_cast<int>(b->op)]));
      return;
    }
    case ast::NodeKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (auto* c = inverted_comparison(u)) {
        set_loc(c);
        compare(c, true);
        return;
      }
      expr(u->operand);
      static constexpr Op kOps[] = {Op::UNARY_INVERT, Op::UNARY_NOT, Op::UNARY_POSITIVE,
                                    Op::UNARY_NEGATIVE};
      emit(op(kOps[static_cast<int>(u->op)]));
      return;
    }
    case ast::NodeKind::Lambda:
      return lambda(static_cast<const ast::Lambda*>(e));
    case ast::NodeKind::IfExp:
      return ifexp(static_cast<const ast::IfExp*>(e));
    case ast::NodeKind::Dict:
      return dict_expr(static_cast<const ast::Dict*>(e));
    case ast::NodeKind::Set:
      return set_expr(static_cast<const ast::Set*>(e));
    case ast::NodeKind::GeneratorExp: {
      auto* g = static_cast<const ast::GeneratorExp*>(e);
      return comprehension(e, ComprehensionType::Generator, "<genexpr>", g->generators, g->elt,
                           nullptr);
    }
    case ast::NodeKind::ListComp: {
      auto* g = static_cast<const ast::ListComp*>(e);
      return comprehension(e, ComprehensionType::List, "<listcomp>", g->generators, g->elt, nullptr);
    }
    case ast::NodeKind::SetComp: {
      auto* g = static_cast<const ast::SetComp*>(e);
      return comprehension(e, ComprehensionType::Set, "<setcomp>", g->generators, g->elt, nullptr);
    }
    case ast::NodeKind::DictComp: {
      auto* g = static_cast<const ast::DictComp*>(e);
      return comprehension(e, ComprehensionType::Dict, "<dictcomp>", g->generators, g->key,
                           g->value);
    }
    case ast::NodeKind::Yield: {
      auto* y = static_cast<const ast::Yield*>(e);
      if (!unit_->scope->is_function()) error(nullptr, "'yield' outside function");
      if (y->value) expr(y->value);
      else emit_const(Const::none());
      // An async generator marks what it yields, telling it apart from an await's suspension.
      if (unit_->scope->is_coroutine) emit(op(Op::ASYNC_GEN_WRAP));
      emit(op(Op::YIELD_VALUE));
      emit(op(Op::RESUME), 1);
      return;
    }
    case ast::NodeKind::YieldFrom: {
      auto* y = static_cast<const ast::YieldFrom*>(e);
      if (!unit_->scope->is_function()) error(nullptr, "'yield' outside function");
      if (unit_->kind == UnitKind::AsyncFunction) error(nullptr, "'yield from' inside async function");
      expr(y->value);
      emit(op(Op::GET_YIELD_FROM_ITER));
      emit_const(Const::none());
      add_yield_from(false);
      return;
    }
    case ast::NodeKind::Await: {
      auto* a = static_cast<const ast::Await*>(e);
      if (!unit_->scope->is_function()) error(nullptr, "'await' outside function");
      if (unit_->kind != UnitKind::AsyncFunction && unit_->kind != UnitKind::Comprehension) {
        error(nullptr, "'await' outside async function");
      }
      expr(a->value);
      emit(op(Op::GET_AWAITABLE), 0);
      emit_const(Const::none());
      add_yield_from(true);
      return;
    }
    case ast::NodeKind::Compare:
      return compare(static_cast<const ast::Compare*>(e));
    case ast::NodeKind::Call:
      return call(static_cast<const ast::Call*>(e));
    case ast::NodeKind::Constant:
      emit_const(ConstantFolder::from_ast(static_cast<const ast::Constant*>(e)->value));
      return;
    case ast::NodeKind::JoinedStr:
      return joined_str(static_cast<const ast::JoinedStr*>(e));
    case ast::NodeKind::FormattedValue:
      return formatted_value(static_cast<const ast::FormattedValue*>(e));
    case ast::NodeKind::Attribute:
      return attribute(static_cast<const ast::Attribute*>(e));
    case ast::NodeKind::Subscript:
      return subscript(static_cast<const ast::Subscript*>(e));
    case ast::NodeKind::Starred:
      if (static_cast<const ast::Starred*>(e)->ctx == ExprContext::Store) {
        error(nullptr, "starred assignment target must be in a list or tuple");
      }
      error(nullptr, "can't use starred expression here");
    case ast::NodeKind::Slice:
      return slice(static_cast<const ast::Slice*>(e));
    case ast::NodeKind::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      return name_op(n, n->id.view(), n->ctx);
    }
    case ast::NodeKind::List: {
      auto* l = static_cast<const ast::List*>(e);
      return list_expr(e, l->elts, l->ctx, false);
    }
    case ast::NodeKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      return list_expr(e, t->elts, t->ctx, true);
    }
    default:
      return;
  }
}

void Compiler::attribute(const ast::Attribute* e) {
  if (e->ctx != ExprContext::Load) check_forbidden(e, e->attr.view(), e->ctx);
  expr(e->value);
  locate_attribute_start(unit_->loc, e);
  Op o = e->ctx == ExprContext::Load    ? Op::LOAD_ATTR
         : e->ctx == ExprContext::Store ? Op::STORE_ATTR
                                        : Op::DELETE_ATTR;
  emit_name_op(op(o), e->attr.view());
}

void Compiler::subscript(const ast::Subscript* e) {
  if (e->ctx == ExprContext::Load) {
    check_subscripter(e->value);
    check_index(e->value, e->slice);
  }
  expr(e->value);
  expr(e->slice);
  Op o = e->ctx == ExprContext::Load    ? Op::BINARY_SUBSCR
         : e->ctx == ExprContext::Store ? Op::STORE_SUBSCR
                                        : Op::DELETE_SUBSCR;
  emit(op(o));
}

void Compiler::slice(const ast::Slice* e) {
  int n = 2;
  if (e->lower) expr(e->lower);
  else emit_const(Const::none());
  if (e->upper) expr(e->upper);
  else emit_const(Const::none());
  if (e->step) {
    ++n;
    expr(e->step);
  }
  emit(op(Op::BUILD_SLICE), n);
}

void Compiler::boolop(const ast::BoolOp* e) {
  Op jump = e->op == ast::BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  Block* end = new_block();
  uint32_t n = e->values.size - 1;
  for (uint32_t i = 0; i < n; ++i) {
    expr(e->values[i]);
    emit_jump(op(jump), end);
  }
  expr(e->values[n]);
  use_next_block(end);
}

void Compiler::compare_op(ast::CmpOperator cmp) {
  using C = ast::CmpOperator;
  switch (cmp) {
    case C::Eq: emit(op(Op::COMPARE_OP), 2); return;
    case C::NotEq: emit(op(Op::COMPARE_OP), 3); return;
    case C::Lt: emit(op(Op::COMPARE_OP), 0); return;
    case C::LtE: emit(op(Op::COMPARE_OP), 1); return;
    case C::Gt: emit(op(Op::COMPARE_OP), 4); return;
    case C::GtE: emit(op(Op::COMPARE_OP), 5); return;
    case C::Is: emit(op(Op::IS_OP), 0); return;
    case C::IsNot: emit(op(Op::IS_OP), 1); return;
    case C::In: emit(op(Op::CONTAINS_OP), 0); return;
    case C::NotIn: emit(op(Op::CONTAINS_OP), 1); return;
  }
}

void Compiler::comparand(const ast::Compare* e, uint32_t i) {
  // The right operand of a final `in` / `not in` is only iterated.
  using C = ast::CmpOperator;
  bool last_membership = i + 1 == e->ops.size && (e->ops[i] == C::In || e->ops[i] == C::NotIn);
  if (last_membership) iter_expr(e->comparators[i]);
  else expr(e->comparators[i]);
}

void Compiler::iter_expr(const ast::ExprNode* e) {
  Position saved = unit_->loc;
  if (const Const* c = folder_.fold_iter(e)) {
    set_loc(e);
    emit_const(*c);
  } else if (auto* l = ast::as<ast::List>(e)) {
    bool starred = false;
    for (auto* elt : l->elts) starred = starred || is_starred(elt);
    if (starred) return expr(e);
    set_loc(e);
    starunpack(l->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  } else {
    return expr(e);
  }
  unit_->loc = saved;
}

const ast::Compare* inverted_comparison(const ast::UnaryOp* u) {
  if (u->op != ast::UnaryOperator::Not) return nullptr;
  auto* c = ast::as<ast::Compare>(u->operand);
  if (!c || c->ops.size != 1) return nullptr;
  using C = ast::CmpOperator;
  C cmp = c->ops[0];
  return cmp == C::In || cmp == C::NotIn || cmp == C::Is || cmp == C::IsNot ? c : nullptr;
}

void Compiler::compare(const ast::Compare* e, bool invert) {
  check_compare(e);
  expr(e->left);
  uint32_t n = e->ops.size - 1;
  if (n == 0) {
    comparand(e, 0);
    if (invert) {
      using C = ast::CmpOperator;
      switch (e->ops[0]) {
        case C::In: compare_op(C::NotIn); return;
        case C::NotIn: compare_op(C::In); return;
        case C::Is: compare_op(C::IsNot); return;
        default: compare_op(C::Is); return;
      }
    }
    compare_op(e->ops[0]);
    return;
  }
  Block* cleanup = new_block();
  for (uint32_t i = 0; i < n; ++i) {
    expr(e->comparators[i]);
    emit(op(Op::SWAP), 2);
    emit(op(Op::COPY), 2);
    compare_op(e->ops[i]);
    emit_jump(op(Op::JUMP_IF_FALSE_OR_POP), cleanup);
  }
  comparand(e, n);
  compare_op(e->ops[n]);
  Block* end = new_block();
  Position saved = unit_->loc;
  unset_loc();
  emit_jump(kJump, end);
  unit_->loc = saved;
  use_next_block(cleanup);
  emit(op(Op::SWAP), 2);
  emit(op(Op::POP_TOP));
  use_next_block(end);
}

void Compiler::jump_if(const ast::ExprNode* e, Block* next, bool cond) {
  // `not (a in b)` is `a not in b` (3.11's AST optimizer rewrites it).
  const ast::Compare* inverted = nullptr;
  if (auto* u = ast::as<ast::UnaryOp>(e)) inverted = inverted_comparison(u);
  if (inverted || (e->node_kind == ast::NodeKind::Compare &&
                   static_cast<const ast::Compare*>(e)->ops.size == 1)) {
    // A single comparison's jump carries the comparison's position, and so
    // does what follows until the next statement or expression sets its own
    // (as in CPython 3.11).
    auto* c = inverted ? inverted : static_cast<const ast::Compare*>(e);
    set_loc(c);
    compare(c, inverted != nullptr);
    emit_jump(cond ? kPopJumpIfTrue : kPopJumpIfFalse, next);
    return;
  }
  if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op == ast::UnaryOperator::Not && !folder_.fold(e)) {
    return jump_if(u->operand, next, !cond);
  }
  if (auto* b = ast::as<ast::BoolOp>(e); b && !folder_.fold(e)) {
    bool cond2 = b->op == ast::BoolOperator::Or;
    Block* next2 = next;
    if (cond2 != cond) next2 = new_block();
    uint32_t n = b->values.size - 1;
    for (uint32_t i = 0; i < n; ++i) jump_if(b->values[i], next2, cond2);
    jump_if(b->values[n], next, cond);
    if (next2 != next) use_next_block(next2);
    return;
  }
  if (auto* ie = ast::as<ast::IfExp>(e); ie && !folder_.fold(e)) {
    Block* end = new_block();
    Block* next2 = new_block();
    jump_if(ie->test, next2, false);
    jump_if(ie->body, next, cond);
    Position saved = unit_->loc;
    unset_loc();
    emit_jump(kJump, end);
    unit_->loc = saved;
    use_next_block(next2);
    jump_if(ie->orelse, next, cond);
    use_next_block(end);
    return;
  }
  if (auto* c = ast::as<ast::Compare>(e); c && c->ops.size > 1 && !folder_.fold(e)) {
    set_loc(c);
    check_compare(c);
    uint32_t n = c->ops.size - 1;
    Block* cleanup = new_block();
    expr(c->left);
    for (uint32_t i = 0; i < n; ++i) {
      expr(c->comparators[i]);
      emit(op(Op::SWAP), 2);
      emit(op(Op::COPY), 2);
      compare_op(c->ops[i]);
      emit_jump(kPopJumpIfFalse, cleanup);
    }
    comparand(c, n);
    compare_op(c->ops[n]);
    emit_jump(cond ? kPopJumpIfTrue : kPopJumpIfFalse, next);
    Block* end = new_block();
    Position saved = unit_->loc;
    unset_loc();
    emit_jump(kJump, end);
    unit_->loc = saved;
    use_next_block(cleanup);
    emit(op(Op::POP_TOP));
    if (!cond) {
      unset_loc();
      emit_jump(kJump, next);
      unit_->loc = saved;
    }
    use_next_block(end);
    return;
  }
  expr(e);
  emit_jump(cond ? kPopJumpIfTrue : kPopJumpIfFalse, next);
}

void Compiler::ifexp(const ast::IfExp* e) {
  Block* end = new_block();
  Block* next = new_block();
  jump_if(e->test, next, false);
  expr(e->body);
  Position saved = unit_->loc;
  unset_loc();
  emit_jump(kJump, end);
  unit_->loc = saved;
  use_next_block(next);
  expr(e->orelse);
  use_next_block(end);
}

void Compiler::lambda(const ast::Lambda* e) {
  const ast::Arguments* args = e->args;
  for (auto* list : {&args->posonlyargs, &args->args, &args->kwonlyargs}) {
    for (auto* a : *list) {
      if (a->arg == "__debug__") error(a, "cannot assign to __debug__");
    }
  }
  for (auto* a : {args->vararg, args->kwarg}) {
    if (a && a->arg == "__debug__") error(a, "cannot assign to __debug__");
  }
  int flags = default_arguments(args);
  Code* code;
  {
    Unit unit;
    enter_scope(unit, "<lambda>", UnitKind::Lambda, e, e->lineno);
    add_const(Const::none());
    unit.argcount = static_cast<int>(args->args.size);
    unit.posonlyargcount = static_cast<int>(args->posonlyargs.size);
    unit.kwonlyargcount = static_cast<int>(args->kwonlyargs.size);
    expr(e->body);
    if (unit.scope->is_generator) {
      code = leave_scope(false);
    } else {
      emit(op(Op::RETURN_VALUE));
      code = leave_scope(true);
    }
  }
  make_closure(code, flags, {});
}

// --- calls

void Compiler::call(const ast::Call* e) {
  check_caller(e->func);
  if (maybe_method_call(e)) return;
  set_loc(e->func);
  emit(op(Op::PUSH_NULL));
  set_loc(e);
  expr(e->func);
  call_helper(0, e->args, e->keywords, e);
}

bool Compiler::maybe_method_call(const ast::Call* e) {
  auto* meth = ast::as<ast::Attribute>(e->func);
  if (!meth || meth->ctx != ExprContext::Load) return false;
  // A call on a name the module imports (`os.getcwd()`) is a plain attribute
  // load and call: only the module scope is consulted, as in 3.11.
  if (auto* base = ast::as<ast::Name>(meth->value);
      base && (table_.top()->flags_of(base->id.view()) & sym::kDefImport)) {
    return false;
  }
  uint32_t argsl = e->args.size;
  uint32_t kwdsl = e->keywords.size;
  if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return false;
  for (auto* a : e->args) {
    if (is_starred(a)) return false;
  }
  for (auto* k : e->keywords) {
    if (!k->arg.present()) return false;
  }
  expr(meth->value);
  Position saved = unit_->loc;
  set_loc(meth);
  locate_attribute_start(unit_->loc, meth);
  emit_name_op(op(Op::LOAD_METHOD), meth->attr.view());
  unit_->loc = saved;
  for (auto* a : e->args) expr(a);
  if (kwdsl) {
    for (auto* k : e->keywords) {
      check_forbidden(k, k->arg.view(), ExprContext::Store);
      expr(k->value);
    }
    std::vector<Const> names;
    for (auto* k : e->keywords) names.push_back(Const::str(k->arg.view()));
    emit(op(Op::KW_NAMES), add_const(Const::tuple(std::move(names))));
  }
  set_loc(e);
  locate_attribute_start(unit_->loc, meth);
  emit(op(Op::CALL), static_cast<int>(argsl + kwdsl));
  unit_->loc = saved;
  return true;
}

void Compiler::subkwargs(const ast::Seq<ast::Keyword*>& keywords, uint32_t begin, uint32_t end) {
  uint32_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    std::vector<Const> keys;
    for (uint32_t i = begin; i < end; ++i) {
      expr(keywords[i]->value);
      keys.push_back(Const::str(keywords[i]->arg.view()));
    }
    emit_const(Const::tuple(std::move(keys)));
    emit(op(Op::BUILD_CONST_KEY_MAP), static_cast<int>(n));
    return;
  }
  if (big) emit_noline(op(Op::BUILD_MAP), 0);
  for (uint32_t i = begin; i < end; ++i) {
    emit_const(Const::str(keywords[i]->arg.view()));
    expr(keywords[i]->value);
    if (big) emit_noline(op(Op::MAP_ADD), 1);
  }
  if (!big) emit(op(Op::BUILD_MAP), static_cast<int>(n));
}

void Compiler::call_helper(int n, const ast::Seq<ast::ExprNode*>& args,
                           const ast::Seq<ast::Keyword*>& keywords, const ast::LocatedNode*) {
  // validate_keywords
  for (uint32_t i = 0; i < keywords.size; ++i) {
    const ast::Keyword* k = keywords[i];
    if (!k->arg.present()) continue;
    check_forbidden(k, k->arg.view(), ExprContext::Store);
    for (uint32_t j = i + 1; j < keywords.size; ++j) {
      const ast::Keyword* other = keywords[j];
      if (other->arg.present() && other->arg.view() == k->arg.view()) {
        error(other, "keyword argument repeated: " + std::string(k->arg.view()));
      }
    }
  }
  uint32_t nelts = args.size;
  uint32_t nkwelts = keywords.size;
  bool ex_call = nelts + nkwelts * 2 > kStackUseGuideline;
  for (auto* a : args) ex_call = ex_call || is_starred(a);
  for (auto* k : keywords) ex_call = ex_call || !k->arg.present();
  if (!ex_call) {
    for (auto* a : args) expr(a);
    if (nkwelts) {
      for (auto* k : keywords) expr(k->value);
      std::vector<Const> names;
      for (auto* k : keywords) names.push_back(Const::str(k->arg.view()));
      emit(op(Op::KW_NAMES), add_const(Const::tuple(std::move(names))));
    }
    emit(op(Op::CALL), n + static_cast<int>(nelts + nkwelts));
    return;
  }
  if (n == 0 && nelts == 1 && is_starred(args[0])) {
    expr(static_cast<const ast::Starred*>(args[0])->value);
  } else {
    starunpack(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  }
  if (nkwelts) {
    bool have_dict = false;
    uint32_t nseen = 0;
    for (uint32_t i = 0; i < nkwelts; ++i) {
      const ast::Keyword* k = keywords[i];
      if (!k->arg.present()) {
        if (nseen) {
          subkwargs(keywords, i - nseen, i);
          if (have_dict) emit(op(Op::DICT_MERGE), 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(op(Op::BUILD_MAP), 0);
          have_dict = true;
        }
        expr(k->value);
        emit(op(Op::DICT_MERGE), 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      subkwargs(keywords, nkwelts - nseen, nkwelts);
      if (have_dict) emit(op(Op::DICT_MERGE), 1);
    }
  }
  emit(op(Op::CALL_FUNCTION_EX), nkwelts > 0);
}

// --- displays

void Compiler::starunpack(const ast::Seq<ast::ExprNode*>& elts, int pushed, Op build, Op add,
                          Op extend, bool tuple) {
  uint32_t n = elts.size;
  if (n > 2) {
    std::vector<Const> items;
    bool all_const = true;
    for (auto* elt : elts) {
      auto* c = ast::as<ast::Constant>(elt);
      const Const* folded = c ? nullptr : folder_.fold(elt);
      if (!c && !folded) {
        all_const = false;
        break;
      }
      items.push_back(c ? ConstantFolder::from_ast(c->value) : *folded);
    }
    if (all_const) {
      if (tuple && !pushed) {
        emit_const(Const::tuple(std::move(items)));
        return;
      }
      Const folded = Const::tuple(std::move(items));
      if (build == Op::BUILD_SET) folded.kind = Const::Kind::FrozenSet;
      emit(op(build), pushed);
      emit_const(folded);
      emit(op(extend), 1);
      if (tuple) emit(op(Op::LIST_TO_TUPLE));
      return;
    }
  }
  bool big = static_cast<int>(n) + pushed > kStackUseGuideline;
  bool seen_star = false;
  for (auto* elt : elts) seen_star = seen_star || is_starred(elt);
  if (!seen_star && !big) {
    for (auto* elt : elts) expr(elt);
    emit(op(tuple ? Op::BUILD_TUPLE : build), static_cast<int>(n) + pushed);
    return;
  }
  bool built = false;
  if (big) {
    emit(op(build), pushed);
    built = true;
  }
  for (uint32_t i = 0; i < n; ++i) {
    const ast::ExprNode* elt = elts[i];
    if (is_starred(elt)) {
      if (!built) {
        emit(op(build), static_cast<int>(i) + pushed);
        built = true;
      }
      expr(static_cast<const ast::Starred*>(elt)->value);
      emit(op(extend), 1);
    } else {
      expr(elt);
      if (built) emit(op(add), 1);
    }
  }
  if (tuple) emit(op(Op::LIST_TO_TUPLE));
}

void Compiler::unpack_helper(const ast::Seq<ast::ExprNode*>& elts) {
  uint32_t n = elts.size;
  bool seen_star = false;
  for (uint32_t i = 0; i < n; ++i) {
    const ast::ExprNode* elt = elts[i];
    if (is_starred(elt) && !seen_star) {
      if (i >= (1u << 8) || n - i - 1 >= (INT32_MAX >> 8)) {
        error(nullptr, "too many expressions in star-unpacking assignment");
      }
      emit(op(Op::UNPACK_EX), static_cast<int>(i + ((n - i - 1) << 8)));
      seen_star = true;
    } else if (is_starred(elt)) {
      error(nullptr, "multiple starred expressions in assignment");
    }
  }
  if (!seen_star) emit(op(Op::UNPACK_SEQUENCE), static_cast<int>(n));
}

void Compiler::assignment_helper(const ast::Seq<ast::ExprNode*>& elts) {
  unpack_helper(elts);
  for (auto* elt : elts) {
    expr(is_starred(elt) ? static_cast<const ast::Starred*>(elt)->value : elt);
  }
}

void Compiler::list_expr(const ast::ExprNode*, const ast::Seq<ast::ExprNode*>& elts,
                         ExprContext ctx, bool is_tuple) {
  if (ctx == ExprContext::Store) return assignment_helper(elts);
  if (ctx == ExprContext::Load) {
    return starunpack(elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, is_tuple);
  }
  for (auto* elt : elts) expr(elt);
}

void Compiler::set_expr(const ast::Set* e) {
  starunpack(e->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
}

void Compiler::subdict(const ast::Dict* e, uint32_t begin, uint32_t end) {
  uint32_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    std::vector<Const> keys;
    bool all_const = true;
    for (uint32_t i = begin; i < end && all_const; ++i) {
      auto* c = ast::as<ast::Constant>(e->keys[i]);
      const Const* folded = c ? nullptr : folder_.fold(e->keys[i]);
      if (!c && !folded) all_const = false;
      else keys.push_back(c ? ConstantFolder::from_ast(c->value) : *folded);
    }
    if (all_const) {
      for (uint32_t i = begin; i < end; ++i) expr(e->values[i]);
      emit_const(Const::tuple(std::move(keys)));
      emit(op(Op::BUILD_CONST_KEY_MAP), static_cast<int>(n));
      return;
    }
  }
  if (big) emit(op(Op::BUILD_MAP), 0);
  for (uint32_t i = begin; i < end; ++i) {
    expr(e->keys[i]);
    expr(e->values[i]);
    if (big) emit(op(Op::MAP_ADD), 1);
  }
  if (!big) emit(op(Op::BUILD_MAP), static_cast<int>(n));
}

void Compiler::dict_expr(const ast::Dict* e) {
  uint32_t n = e->values.size;
  bool have_dict = false;
  uint32_t elements = 0;
  for (uint32_t i = 0; i < n; ++i) {
    bool unpacking = e->keys[i] == nullptr;
    if (unpacking) {
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict) emit(op(Op::DICT_UPDATE), 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(op(Op::BUILD_MAP), 0);
        have_dict = true;
      }
      expr(e->values[i]);
      emit(op(Op::DICT_UPDATE), 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(e, i - elements, i + 1);
      if (have_dict) emit(op(Op::DICT_UPDATE), 1);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict) emit(op(Op::DICT_UPDATE), 1);
    have_dict = true;
  }
  if (!have_dict) emit(op(Op::BUILD_MAP), 0);
}

// --- f-strings

namespace {

// One piece of a `'...' % (a, b)` rewrite: a literal, or an argument with its
// conversion and format spec.
struct FormatPiece {
  std::string literal;
  int arg = -1;
  char conversion = 0;
  std::string spec;
};

// 3.11's ast_opt.c simple_format_arg_parse + parse_format: one `%` unit after
// the `%` at `pos`, if it is `%s`/`%r`/`%a` with flags, a width and a
// precision of at most two digits each.
bool parse_format_unit(std::string_view fmt, size_t& pos, FormatPiece& piece) {
  constexpr int kMaxDigits = 3;
  char ch = 0;
  auto next = [&]() {
    if (pos >= fmt.size()) return false;
    ch = fmt[pos++];
    return true;
  };
  bool left_justify = false;
  while (true) {
    if (!next()) return false;
    if (ch == '-') left_justify = true;
    else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') break;
  }
  int width = -1, precision = -1;
  if (ch >= '0' && ch <= '9') {
    width = 0;
    for (int digits = 0; ch >= '0' && ch <= '9';) {
      width = width * 10 + (ch - '0');
      if (!next() || ++digits >= kMaxDigits) return false;
    }
  }
  if (ch == '.') {
    if (!next()) return false;
    precision = 0;
    for (int digits = 0; ch >= '0' && ch <= '9';) {
      precision = precision * 10 + (ch - '0');
      if (!next() || ++digits >= kMaxDigits) return false;
    }
  }
  if (ch != 's' && ch != 'r' && ch != 'a') return false;
  piece.conversion = ch;
  if (!left_justify && width > 0) piece.spec += '>';
  if (width >= 0) piece.spec += std::to_string(width);
  if (precision >= 0) piece.spec += "." + std::to_string(precision);
  return true;
}

// The literal text from `pos` up to the next lone `%`, with `%%` unescaped.
std::string parse_format_literal(std::string_view fmt, size_t& pos) {
  std::string text;
  while (pos < fmt.size()) {
    if (fmt[pos] != '%') {
      text += fmt[pos++];
    } else if (pos + 1 < fmt.size() && fmt[pos + 1] == '%') {
      text += '%';
      pos += 2;
    } else {
      break;
    }
  }
  return text;
}

}  // namespace

bool Compiler::percent_format(const ast::BinOp* b) {
  // 3.11's AST optimizer turns `'fmt' % (a, b)` with only %s/%r/%a units into
  // an f-string; a tuple of constants is left alone (it folds first, and
  // str % tuple does not fold).
  if (b->op != ast::Operator::Mod) return false;
  auto* args = ast::as<ast::Tuple>(b->right);
  if (!args || args->ctx != ExprContext::Load || folder_.fold(b->right)) return false;
  for (auto* elt : args->elts) {
    if (is_starred(elt)) return false;
  }
  const Const* format = folder_.fold(b->left);
  if (!format || format->kind != Const::Kind::Str) return false;
  std::string_view fmt = format->text;
  std::vector<FormatPiece> pieces;
  size_t pos = 0;
  uint32_t used = 0;
  while (true) {
    std::string literal = parse_format_literal(fmt, pos);
    if (!literal.empty()) {
      FormatPiece piece;
      piece.literal = std::move(literal);
      pieces.push_back(std::move(piece));
    }
    if (pos >= fmt.size()) break;
    if (used >= args->elts.size) return false;
    ++pos;
    FormatPiece piece;
    piece.arg = static_cast<int>(used++);
    if (!parse_format_unit(fmt, pos, piece)) return false;
    pieces.push_back(std::move(piece));
  }
  if (used < args->elts.size) return false;
  // The literals and specs the optimizer creates have no position: they
  // take the previous instruction's.
  auto emit_piece = [&](const FormatPiece& piece) {
    if (piece.arg < 0) {
      unset_loc();
      emit_const(Const::str(piece.literal));
      return;
    }
    const ast::ExprNode* value = args->elts[piece.arg];
    expr(value);
    int oparg = piece.conversion == 's' ? 1 : piece.conversion == 'r' ? 2 : 3;
    if (!piece.spec.empty()) {
      unset_loc();
      emit_const(Const::str(piece.spec));
      oparg |= 0x04;
    }
    set_loc(value);
    emit(op(Op::FORMAT_VALUE), oparg);
  };
  size_t n = pieces.size();
  if (n > kStackUseGuideline) {
    emit_const(Const::str(""));
    emit_name_op(op(Op::LOAD_METHOD), "join");
    emit(op(Op::BUILD_LIST), 0);
    for (const auto& piece : pieces) {
      emit_piece(piece);
      set_loc(b);
      emit(op(Op::LIST_APPEND), 1);
    }
    emit(op(Op::CALL), 1);
    return true;
  }
  for (const auto& piece : pieces) emit_piece(piece);
  set_loc(b);
  if (n != 1) emit(op(Op::BUILD_STRING), static_cast<int>(n));
  return true;
}

void Compiler::joined_str(const ast::JoinedStr* e) {
  uint32_t n = e->values.size;
  if (n > kStackUseGuideline) {
    emit_const(Const::str(""));
    emit_name_op(op(Op::LOAD_METHOD), "join");
    emit(op(Op::BUILD_LIST), 0);
    for (auto* v : e->values) {
      expr(v);
      emit(op(Op::LIST_APPEND), 1);
    }
    emit(op(Op::CALL), 1);
    return;
  }
  for (auto* v : e->values) expr(v);
  if (n != 1) emit(op(Op::BUILD_STRING), static_cast<int>(n));
}

void Compiler::formatted_value(const ast::FormattedValue* e) {
  expr(e->value);
  int oparg = 0;
  switch (e->conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
  }
  if (e->format_spec) {
    expr(e->format_spec);
    oparg |= 0x04;
  }
  emit(op(Op::FORMAT_VALUE), oparg);
}

// --- comprehensions

void Compiler::comprehension(const ast::ExprNode* e, ComprehensionType type,
                             const std::string& name,
                             const ast::Seq<ast::Comprehension*>& generators,
                             const ast::ExprNode* elt, const ast::ExprNode* value) {
  UnitKind outer_kind = unit_->kind;
  const ast::Comprehension* outermost = generators[0];
  Code* code;
  bool is_async_generator;
  {
    Unit unit;
    enter_scope(unit, name, UnitKind::Comprehension, e, e->lineno);
    set_loc(e);
    is_async_generator = unit.scope->is_coroutine;
    if (is_async_generator && type != ComprehensionType::Generator &&
        outer_kind != UnitKind::AsyncFunction && outer_kind != UnitKind::Comprehension) {
      error(nullptr, "asynchronous comprehension outside of an asynchronous function");
    }
    if (type != ComprehensionType::Generator) {
      Op build = type == ComprehensionType::List  ? Op::BUILD_LIST
                 : type == ComprehensionType::Set ? Op::BUILD_SET
                                                  : Op::BUILD_MAP;
      emit(op(build), 0);
    }
    comprehension_generator(generators, 0, 0, elt, value, type);
    if (type != ComprehensionType::Generator) emit(op(Op::RETURN_VALUE));
    code = leave_scope(true);
  }
  make_closure(code, 0, {});
  iter_expr(outermost->iter);
  emit(op(outermost->is_async ? Op::GET_AITER : Op::GET_ITER));
  emit(op(Op::CALL), 0);
  if (is_async_generator && type != ComprehensionType::Generator) {
    emit(op(Op::GET_AWAITABLE), 0);
    emit_const(Const::none());
    add_yield_from(true);
  }
}

void Compiler::comprehension_generator(const ast::Seq<ast::Comprehension*>& generators,
                                       uint32_t index, int depth, const ast::ExprNode* elt,
                                       const ast::ExprNode* value, ComprehensionType type) {
  if (generators[index]->is_async) {
    async_comprehension_generator(generators, index, depth, elt, value, type);
  } else {
    sync_comprehension_generator(generators, index, depth, elt, value, type);
  }
}

namespace {
void comprehension_element(Compiler& c, const ast::ExprNode* elt, const ast::ExprNode* value,
                           ComprehensionType type, int depth) {
  switch (type) {
    case ComprehensionType::Generator:
      c.expr(elt);
      if (c.unit_->scope->is_coroutine) c.emit(op(Op::ASYNC_GEN_WRAP));
      c.emit(op(Op::YIELD_VALUE));
      c.emit(op(Op::RESUME), 1);
      c.emit(op(Op::POP_TOP));
      break;
    case ComprehensionType::List:
      c.expr(elt);
      c.emit(op(Op::LIST_APPEND), depth + 1);
      break;
    case ComprehensionType::Set:
      c.expr(elt);
      c.emit(op(Op::SET_ADD), depth + 1);
      break;
    case ComprehensionType::Dict:
      c.expr(elt);
      c.expr(value);
      c.emit(op(Op::MAP_ADD), depth + 1);
      break;
    default:
      break;
  }
}
}  // namespace

void Compiler::sync_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators,
                                            uint32_t index, int depth, const ast::ExprNode* elt,
                                            const ast::ExprNode* value, ComprehensionType type) {
  Block* start = new_block();
  Block* if_cleanup = new_block();
  Block* anchor = new_block();
  const ast::Comprehension* gen = generators[index];
  if (index == 0) {
    unit_->argcount = 1;
    emit(op(Op::LOAD_FAST), 0);
  } else {
    const ast::Seq<ast::ExprNode*>* elts = nullptr;
    if (!folder_.fold_iter(gen->iter)) {
      if (auto* l = ast::as<ast::List>(gen->iter)) elts = &l->elts;
      if (auto* t = ast::as<ast::Tuple>(gen->iter)) elts = &t->elts;
    }
    if (elts && elts->size == 1 && !is_starred((*elts)[0])) {
      expr((*elts)[0]);
      start = nullptr;
    }
    if (start) {
      iter_expr(gen->iter);
      emit(op(Op::GET_ITER));
    }
  }
  if (start) {
    ++depth;
    use_next_block(start);
    emit_jump(op(Op::FOR_ITER), anchor);
  }
  expr(gen->target);
  for (auto* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (++index < generators.size) comprehension_generator(generators, index, depth, elt, value, type);
  if (index >= generators.size) comprehension_element(*this, elt, value, type, depth);
  use_next_block(if_cleanup);
  if (start) {
    emit_jump(kJump, start);
    use_next_block(anchor);
  }
}

void Compiler::async_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators,
                                             uint32_t index, int depth, const ast::ExprNode* elt,
                                             const ast::ExprNode* value, ComprehensionType type) {
  Block* start = new_block();
  Block* except = new_block();
  Block* if_cleanup = new_block();
  const ast::Comprehension* gen = generators[index];
  if (index == 0) {
    unit_->argcount = 1;
    emit(op(Op::LOAD_FAST), 0);
  } else {
    iter_expr(gen->iter);
    emit(op(Op::GET_AITER));
  }
  use_next_block(start);
  push_fblock(nullptr, FBlockKind::AsyncComprehensionGenerator, start, nullptr);
  emit_jump(kSetupFinally, except);
  emit(op(Op::GET_ANEXT));
  emit_const(Const::none());
  add_yield_from(true);
  emit(kPopBlock);
  expr(gen->target);
  for (auto* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (++index < generators.size) comprehension_generator(generators, index, depth, elt, value, type);
  if (index >= generators.size) comprehension_element(*this, elt, value, type, depth);
  use_next_block(if_cleanup);
  emit_jump(kJump, start);
  pop_fblock();
  use_next_block(except);
  emit(op(Op::END_ASYNC_FOR));
}

}  // namespace krait::codegen
