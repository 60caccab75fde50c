// Constant folding as CPython 3.11's AST optimizer (Python/ast_opt.c) does it,
// computed on demand while generating code instead of rewriting the tree:
// unary and binary operations on constants with its size limits, tuples of
// constants, constant subscripts and `__debug__`. An operation that would
// raise, or produce a result over the limits, is left to run time.
#include <gmpxx.h>

#include <cmath>
#include <cstring>

#include "compiler/codegen_internal.h"

namespace krait::codegen {

namespace {

constexpr size_t kMaxIntBits = 128;
constexpr size_t kMaxCollectionSize = 256;
constexpr size_t kMaxStrSize = 4096;

using Kind = Const::Kind;

bool is_intlike(const Const& c) {
  return c.kind == Kind::Int || c.kind == Kind::True || c.kind == Kind::False;
}

mpz_class to_mpz(const Const& c) {
  if (c.kind == Kind::True) return 1;
  if (c.kind == Kind::False) return 0;
  return mpz_class(c.text, 10);
}

Const from_mpz(const mpz_class& z) { return Const::integer(z.get_str(10)); }

Const from_double(double d) {
  Const c;
  c.kind = Kind::Float;
  c.real = d;
  return c;
}

// An int as a double, when exactly representable (CPython rounds; we only
// fold the cases where no rounding happens).
bool exact_double(const mpz_class& z, double& out) {
  if (mpz_sizeinbase(z.get_mpz_t(), 2) > 53) return false;
  out = z.get_d();
  return true;
}

bool as_double(const Const& c, double& out) {
  if (c.kind == Kind::Float) {
    out = c.real;
    return true;
  }
  if (is_intlike(c)) return exact_double(to_mpz(c), out);
  return false;
}

size_t bit_length(const mpz_class& z) {
  return sgn(z) == 0 ? 0 : mpz_sizeinbase(z.get_mpz_t(), 2);
}

mpz_class floor_div(const mpz_class& a, const mpz_class& b) {
  mpz_class q;
  mpz_fdiv_q(q.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return q;
}

mpz_class floor_mod(const mpz_class& a, const mpz_class& b) {
  mpz_class r;
  mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return r;
}

std::optional<Const> float_binop(ast::Operator op, double a, double b);

std::optional<Const> int_binop(ast::Operator op, const mpz_class& a, const mpz_class& b) {
  using O = ast::Operator;
  switch (op) {
    case O::Add: return from_mpz(a + b);
    case O::Sub: return from_mpz(a - b);
    case O::Mult:
      if (bit_length(a) + bit_length(b) > kMaxIntBits) return std::nullopt;
      return from_mpz(a * b);
    case O::FloorDiv:
      if (sgn(b) == 0) return std::nullopt;
      return from_mpz(floor_div(a, b));
    case O::Mod:
      if (sgn(b) == 0) return std::nullopt;
      return from_mpz(floor_mod(a, b));
    case O::Pow: {
      if (sgn(b) < 0) {
        // A negative power is float arithmetic (int.__pow__ defers to float's).
        double x, y;
        if (sgn(a) == 0 || !exact_double(a, x) || !exact_double(b, y)) return std::nullopt;
        return float_binop(op, x, y);
      }
      if (!b.fits_ulong_p()) return std::nullopt;
      unsigned long e = b.get_ui();
      if (sgn(a) != 0 && e > 0 && bit_length(a) * e > kMaxIntBits) return std::nullopt;
      mpz_class r;
      mpz_pow_ui(r.get_mpz_t(), a.get_mpz_t(), e);
      return from_mpz(r);
    }
    case O::LShift: {
      if (sgn(b) < 0) return std::nullopt;
      if (sgn(a) == 0) return from_mpz(0);
      if (!b.fits_ulong_p() || b.get_ui() > kMaxIntBits || bit_length(a) > kMaxIntBits - b.get_ui()) {
        return std::nullopt;
      }
      mpz_class r;
      mpz_mul_2exp(r.get_mpz_t(), a.get_mpz_t(), b.get_ui());
      return from_mpz(r);
    }
    case O::RShift: {
      if (sgn(b) < 0) return std::nullopt;
      mpz_class r;
      unsigned long shift = b.fits_ulong_p() ? b.get_ui() : ~0ul;
      if (shift > bit_length(a) + 1) return from_mpz(sgn(a) < 0 ? -1 : 0);
      mpz_fdiv_q_2exp(r.get_mpz_t(), a.get_mpz_t(), shift);
      return from_mpz(r);
    }
    case O::BitAnd: return from_mpz(a & b);
    case O::BitOr: return from_mpz(a | b);
    case O::BitXor: return from_mpz(a ^ b);
    case O::Div: {
      double x, y;
      if (sgn(b) == 0 || !exact_double(a, x) || !exact_double(b, y)) return std::nullopt;
      return from_double(x / y);
    }
    default:
      return std::nullopt;
  }
}

std::optional<Const> float_binop(ast::Operator op, double a, double b) {
  using O = ast::Operator;
  switch (op) {
    case O::Add: return from_double(a + b);
    case O::Sub: return from_double(a - b);
    case O::Mult: return from_double(a * b);
    case O::Div:
      if (b == 0) return std::nullopt;
      return from_double(a / b);
    case O::Mod:
    case O::FloorDiv: {
      if (b == 0) return std::nullopt;
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
          mod += b;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, b);
      }
      if (op == O::Mod) return from_double(mod);
      double floordiv;
      if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      return from_double(floordiv);
    }
    case O::Pow: {
      if (a == 0 && b < 0) return std::nullopt;
      if (a < 0 && b != std::floor(b)) return std::nullopt;
      double r = std::pow(a, b);
      if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) return std::nullopt;
      return from_double(r);
    }
    default:
      return std::nullopt;
  }
}

// Complex arithmetic as CPython's complexobject.c: a real operand becomes
// complex(x, 0) first. Powers are left to run time.
std::optional<Const> complex_binop(ast::Operator op, double ar, double ai, double br, double bi) {
  using O = ast::Operator;
  Const r;
  r.kind = Kind::Complex;
  switch (op) {
    case O::Add: r.real = ar + br, r.imag = ai + bi; return r;
    case O::Sub: r.real = ar - br, r.imag = ai - bi; return r;
    case O::Mult: r.real = ar * br - ai * bi, r.imag = ar * bi + ai * br; return r;
    case O::Div: {
      // Smith's algorithm, scaling by the larger part of the divisor.
      double abs_br = std::fabs(br), abs_bi = std::fabs(bi);
      if (abs_br >= abs_bi) {
        if (abs_br == 0) return std::nullopt;
        double ratio = bi / br, denom = br + bi * ratio;
        r.real = (ar + ai * ratio) / denom, r.imag = (ai - ar * ratio) / denom;
      } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        r.real = (ar * ratio + ai) / denom, r.imag = (ai * ratio - ar) / denom;
      } else {
        r.real = r.imag = NAN;
      }
      return r;
    }
    default:
      return std::nullopt;
  }
}

size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

std::optional<Const> repeat(const Const& seq, const mpz_class& count) {
  long n = count.fits_slong_p() ? count.get_si() : (sgn(count) < 0 ? -1 : LONG_MAX);
  if (n < 0) n = 0;
  size_t size = seq.kind == Kind::Tuple ? seq.items.size()
                : seq.kind == Kind::Str ? utf8_length(seq.text)
                                        : seq.text.size();
  size_t limit = seq.kind == Kind::Tuple ? kMaxCollectionSize : kMaxStrSize;
  if (size == 0) {
    if (!count.fits_slong_p()) return std::nullopt;  // left to the runtime's OverflowError
    n = 0;
  }
  if (size && static_cast<size_t>(n) > limit / size) return std::nullopt;
  Const r;
  r.kind = seq.kind;
  for (long i = 0; i < n; ++i) {
    if (seq.kind == Kind::Tuple) r.items.insert(r.items.end(), seq.items.begin(), seq.items.end());
    else r.text += seq.text;
  }
  return r;
}

std::optional<Const> binop(ast::Operator op, const Const& a, const Const& b) {
  using O = ast::Operator;
  bool a_bool = a.kind == Kind::True || a.kind == Kind::False;
  bool b_bool = b.kind == Kind::True || b.kind == Kind::False;
  if (a_bool && b_bool && (op == O::BitAnd || op == O::BitOr || op == O::BitXor)) {
    // bool's own &, | and ^ answer a bool.
    bool x = a.kind == Kind::True, y = b.kind == Kind::True;
    bool r = op == O::BitAnd ? x && y : op == O::BitOr ? x || y : x != y;
    Const result;
    result.kind = r ? Kind::True : Kind::False;
    return result;
  }
  if (is_intlike(a) && is_intlike(b)) return int_binop(op, to_mpz(a), to_mpz(b));
  if ((a.kind == Kind::Float || is_intlike(a)) && (b.kind == Kind::Float || is_intlike(b))) {
    double x, y;
    if (!as_double(a, x) || !as_double(b, y)) return std::nullopt;
    return float_binop(op, x, y);
  }
  if (a.kind == Kind::Complex || b.kind == Kind::Complex) {
    double ar = a.real, ai = a.imag, br = b.real, bi = b.imag;
    if (a.kind != Kind::Complex && !as_double(a, ar)) return std::nullopt;
    if (b.kind != Kind::Complex && !as_double(b, br)) return std::nullopt;
    if (a.kind != Kind::Complex) ai = 0;
    if (b.kind != Kind::Complex) bi = 0;
    return complex_binop(op, ar, ai, br, bi);
  }
  bool a_seq = a.kind == Kind::Str || a.kind == Kind::Bytes || a.kind == Kind::Tuple;
  bool b_seq = b.kind == Kind::Str || b.kind == Kind::Bytes || b.kind == Kind::Tuple;
  if (op == O::Add && a_seq && a.kind == b.kind) {
    Const r = a;
    if (a.kind == Kind::Tuple) r.items.insert(r.items.end(), b.items.begin(), b.items.end());
    else r.text += b.text;
    return r;
  }
  if (op == O::Mult && a_seq && is_intlike(b)) return repeat(a, to_mpz(b));
  if (op == O::Mult && b_seq && is_intlike(a)) return repeat(b, to_mpz(a));
  return std::nullopt;
}

std::optional<Const> unaryop(ast::UnaryOperator op, const Const& a) {
  using U = ast::UnaryOperator;
  if (op == U::Not) return Const::boolean(!a.truthy());
  if (is_intlike(a)) {
    mpz_class z = to_mpz(a);
    if (op == U::USub) return from_mpz(-z);
    if (op == U::UAdd) return from_mpz(z);
    if (op == U::Invert) return from_mpz(-z - 1);
  }
  if (a.kind == Kind::Float) {
    if (op == U::USub) return from_double(-a.real);
    if (op == U::UAdd) return a;
  }
  if (a.kind == Kind::Complex) {
    Const r = a;
    if (op == U::USub) {
      r.real = -a.real;
      r.imag = -a.imag;
      return r;
    }
    if (op == U::UAdd) return r;
  }
  return std::nullopt;
}

std::optional<Const> subscript(const Const& v, const Const& index) {
  if (!is_intlike(index) || index.kind != Kind::Int) return std::nullopt;
  mpz_class z = to_mpz(index);
  if (!z.fits_slong_p()) return std::nullopt;
  long i = z.get_si();
  if (v.kind == Kind::Tuple) {
    long n = static_cast<long>(v.items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::nullopt;
    return v.items[i];
  }
  if (v.kind == Kind::Bytes) {
    long n = static_cast<long>(v.text.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::nullopt;
    return Const::integer(std::to_string(static_cast<unsigned char>(v.text[i])));
  }
  if (v.kind == Kind::Str) {
    for (unsigned char ch : v.text) {
      if (ch >= 0x80) return std::nullopt;
    }
    long n = static_cast<long>(v.text.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::nullopt;
    return Const::str(v.text.substr(i, 1));
  }
  return std::nullopt;
}

}  // namespace

std::string Const::key() const {
  switch (kind) {
    case Kind::None: return "N";
    case Kind::True: return "T";
    case Kind::False: return "F";
    case Kind::Ellipsis: return "E";
    case Kind::Int: return "i" + text;
    case Kind::Float: {
      uint64_t bits;
      std::memcpy(&bits, &real, sizeof bits);
      return "f" + std::to_string(bits);
    }
    case Kind::Complex: {
      uint64_t re, im;
      std::memcpy(&re, &real, sizeof re);
      std::memcpy(&im, &imag, sizeof im);
      return "c" + std::to_string(re) + "," + std::to_string(im);
    }
    case Kind::Str: return "s" + std::to_string(text.size()) + ":" + text;
    case Kind::Bytes: return "b" + std::to_string(text.size()) + ":" + text;
    case Kind::Tuple: {
      std::string k = "(";
      for (const auto& item : items) k += item.key() + ",";
      return k + ")";
    }
    case Kind::FrozenSet: {
      std::string k = "{";
      for (const auto& item : items) k += item.key() + ",";
      return k + "}";
    }
    case Kind::Code: return "code" + text;
  }
  return {};
}

bool Const::truthy() const {
  switch (kind) {
    case Kind::None: case Kind::False: return false;
    case Kind::True: case Kind::Ellipsis: case Kind::Code: return true;
    case Kind::Int: return text != "0";
    case Kind::Float: return real != 0;
    case Kind::Complex: return real != 0 || imag != 0;
    case Kind::Str: case Kind::Bytes: return !text.empty();
    case Kind::Tuple: case Kind::FrozenSet: return !items.empty();
  }
  return true;
}

Const ConstantFolder::from_ast(const ast::ConstantValue& value) {
  using K = ast::ConstantValue::Kind;
  Const c;
  switch (value.kind) {
    case K::None: c.kind = Kind::None; break;
    case K::True: c.kind = Kind::True; break;
    case K::False: c.kind = Kind::False; break;
    case K::Ellipsis: c.kind = Kind::Ellipsis; break;
    case K::Int: c.kind = Kind::Int; c.text = std::string(value.text.view()); break;
    case K::Float: c.kind = Kind::Float; c.real = value.number; break;
    case K::Complex: c.kind = Kind::Complex; c.real = value.real; c.imag = value.number; break;
    case K::Str: c.kind = Kind::Str; c.text = std::string(value.text.view()); break;
    case K::Bytes: c.kind = Kind::Bytes; c.text = std::string(value.text.view()); break;
    case K::Tuple:
    case K::FrozenSet:
      c.kind = value.kind == K::Tuple ? Kind::Tuple : Kind::FrozenSet;
      for (const ast::ConstantValue& item : value.items) c.items.push_back(from_ast(item));
      break;
  }
  if (c.kind == Kind::Int) {
    // Normalise the digits (leading zeros cannot occur except for "0").
    if (c.text.empty()) c.text = "0";
  }
  return c;
}

const Const* ConstantFolder::fold(const ast::ExprNode* e) {
  switch (e->node_kind) {
    case ast::NodeKind::Constant:
    case ast::NodeKind::UnaryOp:
    case ast::NodeKind::BinOp:
    case ast::NodeKind::Tuple:
    case ast::NodeKind::Subscript:
    case ast::NodeKind::Name:
      break;
    default:
      return nullptr;
  }
  auto it = memo_.find(e);
  if (it == memo_.end()) it = memo_.emplace(e, compute(e)).first;
  return it->second ? &*it->second : nullptr;
}

const Const* ConstantFolder::fold_iter(const ast::ExprNode* e) {
  const ast::Seq<ast::ExprNode*>* elts = nullptr;
  if (auto* l = ast::as<ast::List>(e)) elts = &l->elts;
  else if (auto* s = ast::as<ast::Set>(e)) elts = &s->elts;
  else return fold(e);
  auto it = iter_memo_.find(e);
  if (it == iter_memo_.end()) {
    std::optional<Const> result = Const::tuple({});
    if (e->node_kind == ast::NodeKind::Set) result->kind = Kind::FrozenSet;
    for (auto* elt : *elts) {
      const Const* c = fold(elt);
      if (!c) {
        result.reset();
        break;
      }
      result->items.push_back(*c);
    }
    it = iter_memo_.emplace(e, std::move(result)).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::optional<Const> ConstantFolder::compute(const ast::ExprNode* e) {
  switch (e->node_kind) {
    case ast::NodeKind::Constant:
      return from_ast(static_cast<const ast::Constant*>(e)->value);
    case ast::NodeKind::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      if (n->ctx == ast::ExprContext::Load && n->id == "__debug__") {
        return Const::boolean(optimize_ == 0);
      }
      return std::nullopt;
    }
    case ast::NodeKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      const Const* a = fold(u->operand);
      if (!a) return std::nullopt;
      return unaryop(u->op, *a);
    }
    case ast::NodeKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      const Const* l = fold(b->left);
      if (!l) return std::nullopt;
      const Const* r = fold(b->right);
      if (!r) return std::nullopt;
      return binop(b->op, *l, *r);
    }
    case ast::NodeKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ast::ExprContext::Load) return std::nullopt;
      std::vector<Const> items;
      for (auto* elt : t->elts) {
        const Const* c = fold(elt);
        if (!c) return std::nullopt;
        items.push_back(*c);
      }
      return Const::tuple(std::move(items));
    }
    case ast::NodeKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      if (s->ctx != ast::ExprContext::Load) return std::nullopt;
      const Const* v = fold(s->value);
      if (!v) return std::nullopt;
      const Const* i = fold(s->slice);
      if (!i) return std::nullopt;
      return subscript(*v, *i);
    }
    default:
      return std::nullopt;
  }
}

}  // namespace krait::codegen
