// Annotations under `from __future__ import annotations` become their source
// text as CPython's Python/ast_unparse.c writes it (precedence-driven
// parentheses, repr of constants).
#include <cmath>
#include <string>

#include "compiler/codegen_internal.h"
#include "objects/float.h"
#include "objects/str.h"

namespace krait::codegen {

namespace {

// ast_unparse.c's precedence levels.
enum Precedence {
  kTuple = 0, kTest = 1, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift,
  kArith, kTerm, kFactor, kPower, kAwait, kAtom,
};

void unparse(std::string& out, const ast::ExprNode* e, int level);

int binop_precedence(ast::Operator op) {
  using O = ast::Operator;
  switch (op) {
    case O::Add: case O::Sub: return kArith;
    case O::Mult: case O::MatMult: case O::Div: case O::Mod: case O::FloorDiv: return kTerm;
    case O::LShift: case O::RShift: return kShift;
    case O::BitOr: return kBor;
    case O::BitXor: return kBxor;
    case O::BitAnd: return kBand;
    case O::Pow: return kPower;
  }
  return kTest;
}

const char* binop_text(ast::Operator op) {
  static const char* kText[] = {" + ", " - ", " * ", " @ ", " / ", " % ", " ** ",
                                " << ", " >> ", " | ", " ^ ", " & ", " // "};
  return kText[static_cast<int>(op)];
}

void constant(std::string& out, const ast::ConstantValue& v) {
  using K = ast::ConstantValue::Kind;
  switch (v.kind) {
    case K::None: out += "None"; return;
    case K::True: out += "True"; return;
    case K::False: out += "False"; return;
    case K::Ellipsis: out += "..."; return;
    case K::Int: out += v.text.view(); return;
    case K::Float:
      if (std::isinf(v.number)) out += "1e309";
      else out += float_repr(v.number);
      return;
    case K::Complex:
      if (std::isinf(v.number)) out += "1e309j";
      else out += float_repr_no_dot_zero(v.number) + "j";
      return;
    case K::Str: out += str_repr(v.text.view()); return;
    case K::Bytes: out += bytes_repr(v.text.view()); return;
  }
}

void seq(std::string& out, const ast::Seq<ast::ExprNode*>& items) {
  for (uint32_t i = 0; i < items.size; ++i) {
    if (i) out += ", ";
    unparse(out, items[i], kTest);
  }
}

void unparse(std::string& out, const ast::ExprNode* e, int level) {
  switch (e->node_kind) {
    case ast::NodeKind::Constant:
      constant(out, static_cast<const ast::Constant*>(e)->value);
      return;
    case ast::NodeKind::Name:
      out += static_cast<const ast::Name*>(e)->id.view();
      return;
    case ast::NodeKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      unparse(out, a->value, kAtom);
      if (auto* c = ast::as<ast::Constant>(a->value); c && c->value.kind == ast::ConstantValue::Kind::Int) {
        out += " ";
      }
      out += ".";
      out += a->attr.view();
      return;
    }
    case ast::NodeKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      unparse(out, s->value, kAtom);
      out += "[";
      if (auto* t = ast::as<ast::Tuple>(s->slice); t && !t->elts.empty()) {
        seq(out, t->elts);
        if (t->elts.size == 1) out += ",";
      } else {
        unparse(out, s->slice, kTuple);
      }
      out += "]";
      return;
    }
    case ast::NodeKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->elts.empty()) {
        out += "()";
        return;
      }
      if (level > kTuple) out += "(";
      seq(out, t->elts);
      if (t->elts.size == 1) out += ",";
      if (level > kTuple) out += ")";
      return;
    }
    case ast::NodeKind::List:
      out += "[";
      seq(out, static_cast<const ast::List*>(e)->elts);
      out += "]";
      return;
    case ast::NodeKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      int prec = binop_precedence(b->op);
      bool right_assoc = b->op == ast::Operator::Pow;
      if (level > prec) out += "(";
      unparse(out, b->left, prec + (right_assoc ? 1 : 0));
      out += binop_text(b->op);
      unparse(out, b->right, prec + (right_assoc ? 0 : 1));
      if (level > prec) out += ")";
      return;
    }
    case ast::NodeKind::Call: {
      auto* c = static_cast<const ast::Call*>(e);
      unparse(out, c->func, kAtom);
      out += "(";
      bool first = true;
      for (auto* a : c->args) {
        if (!first) out += ", ";
        first = false;
        unparse(out, a, kTest);
      }
      for (auto* k : c->keywords) {
        if (!first) out += ", ";
        first = false;
        if (k->arg.present()) {
          out += k->arg.view();
          out += "=";
        } else {
          out += "**";
        }
        unparse(out, k->value, kTest);
      }
      out += ")";
      return;
    }
    case ast::NodeKind::Starred:
      out += "*";
      unparse(out, static_cast<const ast::Starred*>(e)->value, kExpr);
      return;
    case ast::NodeKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      static const char* kText[] = {"~", "not ", "+", "-"};
      int prec = u->op == ast::UnaryOperator::Not ? kNot : kFactor;
      if (level > prec) out += "(";
      out += kText[static_cast<int>(u->op)];
      unparse(out, u->operand, prec);
      if (level > prec) out += ")";
      return;
    }
    default:
      // Forms rare in annotations fall back to a parenthesised placeholder
      // until the full unparser lands.
      out += "...";
      return;
  }
}

}  // namespace

std::string unparse_annotation(const ast::ExprNode* e) {
  std::string out;
  unparse(out, e, kTest);
  return out;
}

}  // namespace krait::codegen
