// Annotations under `from __future__ import annotations` become their source
// text as CPython's Python/ast_unparse.c writes it: parentheses only where
// precedence needs them, constants by repr (infinities as 1e309), f-strings
// rebuilt with repr quoting of their body.
#include <cmath>
#include <string>

#include "compiler/codegen_internal.h"
#include "objects/float.h"
#include "objects/str.h"

namespace krait::codegen {

namespace {

// ast_unparse.c's precedence levels.
enum Precedence {
  kTuple = 0, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift,
  kArith, kTerm, kFactor, kPower, kAwait, kAtom,
};

class Unparser {
 public:
  explicit Unparser(std::string& out) : out_(out) {}
  void expr(const ast::ExprNode* e, int level);

 private:
  void open_if(bool cond) {
    if (cond) out_ += "(";
  }
  void close_if(bool cond) {
    if (cond) out_ += ")";
  }
  void items(const ast::Seq<ast::ExprNode*>& elts);
  void constant(const ast::ConstantValue& v);
  void boolop(const ast::BoolOp* e, int level);
  void binop(const ast::BinOp* e, int level);
  void unaryop(const ast::UnaryOp* e, int level);
  void arg(const ast::Arg* a);
  void arguments(const ast::Arguments* args);
  void lambda(const ast::Lambda* e, int level);
  void ifexp(const ast::IfExp* e, int level);
  void dict(const ast::Dict* e);
  void comprehensions(const ast::Seq<ast::Comprehension*>& generators);
  void compare(const ast::Compare* e, int level);
  void call(const ast::Call* e);
  void joined_str(const ast::JoinedStr* e, bool is_format_spec);
  void formatted_value(const ast::FormattedValue* e);
  void fstring_element(const ast::ExprNode* e, bool is_format_spec);
  void subscript(const ast::Subscript* e);

  std::string& out_;
};

const char* binop_text(ast::Operator op, int& precedence) {
  using O = ast::Operator;
  switch (op) {
    case O::Add: precedence = kArith; return " + ";
    case O::Sub: precedence = kArith; return " - ";
    case O::Mult: precedence = kTerm; return " * ";
    case O::MatMult: precedence = kTerm; return " @ ";
    case O::Div: precedence = kTerm; return " / ";
    case O::Mod: precedence = kTerm; return " % ";
    case O::FloorDiv: precedence = kTerm; return " // ";
    case O::LShift: precedence = kShift; return " << ";
    case O::RShift: precedence = kShift; return " >> ";
    case O::BitOr: precedence = kBor; return " | ";
    case O::BitXor: precedence = kBxor; return " ^ ";
    case O::BitAnd: precedence = kBand; return " & ";
    case O::Pow: precedence = kPower; return " ** ";
  }
  precedence = kTest;
  return " ? ";
}

const char* cmpop_text(ast::CmpOperator op) {
  using C = ast::CmpOperator;
  switch (op) {
    case C::Eq: return " == ";
    case C::NotEq: return " != ";
    case C::Lt: return " < ";
    case C::LtE: return " <= ";
    case C::Gt: return " > ";
    case C::GtE: return " >= ";
    case C::Is: return " is ";
    case C::IsNot: return " is not ";
    case C::In: return " in ";
    case C::NotIn: return " not in ";
  }
  return " ? ";
}

// f-string literal text: braces doubled.
std::string escape_braces(std::string_view text) {
  std::string out;
  for (char ch : text) {
    out += ch;
    if (ch == '{' || ch == '}') out += ch;
  }
  return out;
}

void Unparser::items(const ast::Seq<ast::ExprNode*>& elts) {
  for (uint32_t i = 0; i < elts.size; ++i) {
    if (i) out_ += ", ";
    expr(elts[i], kTest);
  }
}

void Unparser::constant(const ast::ConstantValue& v) {
  using K = ast::ConstantValue::Kind;
  switch (v.kind) {
    case K::None: out_ += "None"; return;
    case K::True: out_ += "True"; return;
    case K::False: out_ += "False"; return;
    case K::Ellipsis: out_ += "..."; return;
    case K::Int: out_ += v.text.view(); return;
    case K::Float:
      out_ += std::isinf(v.number) ? std::string("1e309") : float_repr(v.number);
      return;
    case K::Complex:
      out_ += (std::isinf(v.number) ? std::string("1e309") : float_repr_no_dot_zero(v.number)) + "j";
      return;
    case K::Str: out_ += str_repr(v.text.view()); return;
    case K::Bytes: out_ += bytes_repr(v.text.view()); return;
    case K::Tuple:
    case K::FrozenSet:
      out_ += v.kind == K::Tuple ? "(" : "frozenset({";
      for (uint32_t i = 0; i < v.items.size; ++i) {
        if (i) out_ += ", ";
        constant(v.items[i]);
      }
      if (v.kind == K::Tuple && v.items.size == 1) out_ += ',';
      out_ += v.kind == K::Tuple ? ")" : "})";
      return;
  }
}

void Unparser::boolop(const ast::BoolOp* e, int level) {
  bool is_and = e->op == ast::BoolOperator::And;
  int precedence = is_and ? kAnd : kOr;
  open_if(level > precedence);
  for (uint32_t i = 0; i < e->values.size; ++i) {
    if (i) out_ += is_and ? " and " : " or ";
    expr(e->values[i], precedence + 1);
  }
  close_if(level > precedence);
}

void Unparser::binop(const ast::BinOp* e, int level) {
  int precedence;
  const char* text = binop_text(e->op, precedence);
  bool right_associative = e->op == ast::Operator::Pow;
  open_if(level > precedence);
  expr(e->left, precedence + (right_associative ? 1 : 0));
  out_ += text;
  expr(e->right, precedence + (right_associative ? 0 : 1));
  close_if(level > precedence);
}

void Unparser::unaryop(const ast::UnaryOp* e, int level) {
  static const char* kText[] = {"~", "not ", "+", "-"};
  int precedence = e->op == ast::UnaryOperator::Not ? kNot : kFactor;
  open_if(level > precedence);
  out_ += kText[static_cast<int>(e->op)];
  expr(e->operand, precedence);
  close_if(level > precedence);
}

void Unparser::arg(const ast::Arg* a) {
  out_ += a->arg.view();
  if (a->annotation) {
    out_ += ": ";
    expr(a->annotation, kTest);
  }
}

void Unparser::arguments(const ast::Arguments* args) {
  bool first = true;
  auto separator = [&]() {
    if (!first) out_ += ", ";
    first = false;
  };
  uint32_t posonly = args->posonlyargs.size;
  uint32_t positional = posonly + args->args.size;
  int64_t defaults = args->defaults.size;
  for (uint32_t i = 0; i < positional; ++i) {
    separator();
    arg(i < posonly ? args->posonlyargs[i] : args->args[i - posonly]);
    int64_t d = static_cast<int64_t>(i) - positional + defaults;
    if (d >= 0) {
      out_ += "=";
      expr(args->defaults[static_cast<uint32_t>(d)], kTest);
    }
    if (posonly && i + 1 == posonly) out_ += ", /";
  }
  if (args->vararg || !args->kwonlyargs.empty()) {
    separator();
    out_ += "*";
    if (args->vararg) arg(args->vararg);
  }
  int64_t kwonly = args->kwonlyargs.size;
  int64_t kw_defaults = args->kw_defaults.size;
  for (int64_t i = 0; i < kwonly; ++i) {
    separator();
    arg(args->kwonlyargs[static_cast<uint32_t>(i)]);
    int64_t d = i - kwonly + kw_defaults;
    if (d >= 0) {
      if (const ast::ExprNode* value = args->kw_defaults[static_cast<uint32_t>(d)]) {
        out_ += "=";
        expr(value, kTest);
      }
    }
  }
  if (args->kwarg) {
    separator();
    out_ += "**";
    arg(args->kwarg);
  }
}

void Unparser::lambda(const ast::Lambda* e, int level) {
  open_if(level > kTest);
  bool positional = !e->args->args.empty() || !e->args->posonlyargs.empty();
  out_ += positional ? "lambda " : "lambda";
  arguments(e->args);
  out_ += ": ";
  expr(e->body, kTest);
  close_if(level > kTest);
}

void Unparser::ifexp(const ast::IfExp* e, int level) {
  open_if(level > kTest);
  expr(e->body, kTest + 1);
  out_ += " if ";
  expr(e->test, kTest + 1);
  out_ += " else ";
  expr(e->orelse, kTest);
  close_if(level > kTest);
}

void Unparser::dict(const ast::Dict* e) {
  out_ += "{";
  for (uint32_t i = 0; i < e->values.size; ++i) {
    if (i) out_ += ", ";
    if (const ast::ExprNode* key = e->keys[i]) {
      expr(key, kTest);
      out_ += ": ";
      expr(e->values[i], kTest);
    } else {
      out_ += "**";
      expr(e->values[i], kExpr);
    }
  }
  out_ += "}";
}

void Unparser::comprehensions(const ast::Seq<ast::Comprehension*>& generators) {
  for (const ast::Comprehension* gen : generators) {
    out_ += gen->is_async ? " async for " : " for ";
    expr(gen->target, kTuple);
    out_ += " in ";
    expr(gen->iter, kTest + 1);
    for (auto* cond : gen->ifs) {
      out_ += " if ";
      expr(cond, kTest + 1);
    }
  }
}

void Unparser::compare(const ast::Compare* e, int level) {
  open_if(level > kCmp);
  expr(e->left, kCmp + 1);
  for (uint32_t i = 0; i < e->ops.size; ++i) {
    out_ += cmpop_text(e->ops[i]);
    expr(e->comparators[i], kCmp + 1);
  }
  close_if(level > kCmp);
}

void Unparser::call(const ast::Call* e) {
  expr(e->func, kAtom);
  if (e->args.size == 1 && e->keywords.empty() &&
      e->args[0]->node_kind == ast::NodeKind::GeneratorExp) {
    // A lone generator expression argument keeps only its own parentheses.
    expr(e->args[0], kTest);
    return;
  }
  out_ += "(";
  bool first = true;
  for (auto* a : e->args) {
    if (!first) out_ += ", ";
    first = false;
    expr(a, kTest);
  }
  for (auto* k : e->keywords) {
    if (!first) out_ += ", ";
    first = false;
    if (k->arg.present()) {
      out_ += k->arg.view();
      out_ += "=";
    } else {
      out_ += "**";
    }
    expr(k->value, kTest);
  }
  out_ += ")";
}

void Unparser::fstring_element(const ast::ExprNode* e, bool is_format_spec) {
  switch (e->node_kind) {
    case ast::NodeKind::Constant:
      out_ += escape_braces(static_cast<const ast::Constant*>(e)->value.text.view());
      return;
    case ast::NodeKind::JoinedStr:
      joined_str(static_cast<const ast::JoinedStr*>(e), is_format_spec);
      return;
    case ast::NodeKind::FormattedValue:
      formatted_value(static_cast<const ast::FormattedValue*>(e));
      return;
    default:
      return;
  }
}

void Unparser::joined_str(const ast::JoinedStr* e, bool is_format_spec) {
  // The body is built first so that the whole of it is quoted once.
  std::string body;
  Unparser inner(body);
  for (auto* value : e->values) inner.fstring_element(value, is_format_spec);
  if (is_format_spec) {
    out_ += body;
    return;
  }
  out_ += "f";
  out_ += str_repr(body);
}

void Unparser::formatted_value(const ast::FormattedValue* e) {
  // Above kTest so that a lambda's ':' is parenthesised.
  std::string value;
  Unparser(value).expr(e->value, kTest + 1);
  // A value starting with a brace must not merge with the outer one.
  out_ += !value.empty() && value[0] == '{' ? "{ " : "{";
  out_ += value;
  switch (e->conversion) {
    case 'a': out_ += "!a"; break;
    case 'r': out_ += "!r"; break;
    case 's': out_ += "!s"; break;
    default: break;
  }
  if (e->format_spec) {
    out_ += ":";
    fstring_element(e->format_spec, true);
  }
  out_ += "}";
}

void Unparser::subscript(const ast::Subscript* e) {
  expr(e->value, kAtom);
  out_ += "[";
  expr(e->slice, kTuple);
  out_ += "]";
}

void Unparser::expr(const ast::ExprNode* e, int level) {
  switch (e->node_kind) {
    case ast::NodeKind::BoolOp: return boolop(static_cast<const ast::BoolOp*>(e), level);
    case ast::NodeKind::BinOp: return binop(static_cast<const ast::BinOp*>(e), level);
    case ast::NodeKind::UnaryOp: return unaryop(static_cast<const ast::UnaryOp*>(e), level);
    case ast::NodeKind::Lambda: return lambda(static_cast<const ast::Lambda*>(e), level);
    case ast::NodeKind::IfExp: return ifexp(static_cast<const ast::IfExp*>(e), level);
    case ast::NodeKind::Dict: return dict(static_cast<const ast::Dict*>(e));
    case ast::NodeKind::Set:
      out_ += "{";
      items(static_cast<const ast::Set*>(e)->elts);
      out_ += "}";
      return;
    case ast::NodeKind::GeneratorExp: {
      auto* g = static_cast<const ast::GeneratorExp*>(e);
      out_ += "(";
      expr(g->elt, kTest);
      comprehensions(g->generators);
      out_ += ")";
      return;
    }
    case ast::NodeKind::ListComp: {
      auto* l = static_cast<const ast::ListComp*>(e);
      out_ += "[";
      expr(l->elt, kTest);
      comprehensions(l->generators);
      out_ += "]";
      return;
    }
    case ast::NodeKind::SetComp: {
      auto* s = static_cast<const ast::SetComp*>(e);
      out_ += "{";
      expr(s->elt, kTest);
      comprehensions(s->generators);
      out_ += "}";
      return;
    }
    case ast::NodeKind::DictComp: {
      auto* d = static_cast<const ast::DictComp*>(e);
      out_ += "{";
      expr(d->key, kTest);
      out_ += ": ";
      expr(d->value, kTest);
      comprehensions(d->generators);
      out_ += "}";
      return;
    }
    case ast::NodeKind::Yield: {
      auto* y = static_cast<const ast::Yield*>(e);
      if (!y->value) {
        out_ += "(yield)";
        return;
      }
      out_ += "(yield ";
      expr(y->value, kTest);
      out_ += ")";
      return;
    }
    case ast::NodeKind::YieldFrom:
      out_ += "(yield from ";
      expr(static_cast<const ast::YieldFrom*>(e)->value, kTest);
      out_ += ")";
      return;
    case ast::NodeKind::Await:
      open_if(level > kAwait);
      out_ += "await ";
      expr(static_cast<const ast::Await*>(e)->value, kAtom);
      close_if(level > kAwait);
      return;
    case ast::NodeKind::Compare: return compare(static_cast<const ast::Compare*>(e), level);
    case ast::NodeKind::Call: return call(static_cast<const ast::Call*>(e));
    case ast::NodeKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      if (c->value.kind != ast::ConstantValue::Kind::Ellipsis && c->kind.present()) {
        out_ += c->kind.view();
      }
      constant(c->value);
      return;
    }
    case ast::NodeKind::JoinedStr:
      return joined_str(static_cast<const ast::JoinedStr*>(e), false);
    case ast::NodeKind::FormattedValue:
      return formatted_value(static_cast<const ast::FormattedValue*>(e));
    case ast::NodeKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      expr(a->value, kAtom);
      // `1 .real`: an int needs the space.
      auto* c = ast::as<ast::Constant>(a->value);
      out_ += c && c->value.kind == ast::ConstantValue::Kind::Int ? " ." : ".";
      out_ += a->attr.view();
      return;
    }
    case ast::NodeKind::Subscript: return subscript(static_cast<const ast::Subscript*>(e));
    case ast::NodeKind::Starred:
      out_ += "*";
      expr(static_cast<const ast::Starred*>(e)->value, kExpr);
      return;
    case ast::NodeKind::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      if (s->lower) expr(s->lower, kTest);
      out_ += ":";
      if (s->upper) expr(s->upper, kTest);
      if (s->step) {
        out_ += ":";
        expr(s->step, kTest);
      }
      return;
    }
    case ast::NodeKind::Name:
      out_ += static_cast<const ast::Name*>(e)->id.view();
      return;
    case ast::NodeKind::List:
      out_ += "[";
      items(static_cast<const ast::List*>(e)->elts);
      out_ += "]";
      return;
    case ast::NodeKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->elts.empty()) {
        out_ += "()";
        return;
      }
      open_if(level > kTuple);
      items(t->elts);
      if (t->elts.size == 1) out_ += ",";
      close_if(level > kTuple);
      return;
    }
    case ast::NodeKind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(e);
      open_if(level > kTuple);
      expr(n->target, kAtom);
      out_ += " := ";
      expr(n->value, kAtom);
      close_if(level > kTuple);
      return;
    }
    default:
      return;
  }
}

}  // namespace

std::string unparse_annotation(const ast::ExprNode* e) {
  std::string out;
  Unparser(out).expr(e, kTest);
  return out;
}

}  // namespace krait::codegen
