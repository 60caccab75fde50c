// The match statement: CPython 3.11's compiler_match and compiler_pattern_*.
//
// A pattern is matched against the subject on top of the stack. Values it
// captures are not stored as they are found: they are kept on the stack,
// beneath whatever the pattern still needs (PatternContext::on_top), and
// stored only once the whole pattern has matched, so a failed case binds
// nothing. A failing test jumps to fail_pop[n], a chain of POP_TOPs that
// drops the n items pushed so far.
#include <algorithm>

#include "compiler/codegen_internal.h"

namespace krait::codegen {

struct PatternContext {
  // The names captured so far, in the order their values sit on the stack.
  std::vector<std::string> stores;
  // When false, a capture or wildcard of the whole subject is an error (it
  // would make the following cases unreachable).
  bool allow_irrefutable = false;
  // fail_pop[i] pops i items and falls through to fail_pop[i - 1].
  std::vector<Block*> fail_pop;
  // Items above the captured values that must stay on top while matching.
  int on_top = 0;
};

namespace {

using ast::ExprContext;

bool is_wildcard(const ast::PatternNode* p) {
  auto* as = ast::as<ast::MatchAs>(p);
  return as && !as->pattern && !as->name.present();
}

bool is_star_wildcard(const ast::PatternNode* p) {
  auto* star = ast::as<ast::MatchStar>(p);
  return star && !star->name.present();
}

// A constant's identity under Python equality, for duplicate mapping keys:
// 1, 1.0 and True are the same key; 'a' and b'a' are not.
std::string equality_key(const Const& c) {
  switch (c.kind) {
    case Const::Kind::True: return "i1";
    case Const::Kind::False: return "i0";
    case Const::Kind::Float:
      if (c.real == static_cast<double>(static_cast<long long>(c.real)) && c.real > -9e15 &&
          c.real < 9e15) {
        return "i" + std::to_string(static_cast<long long>(c.real));
      }
      return c.key();
    case Const::Kind::Complex:
      if (c.imag == 0) {
        Const real;
        real.kind = Const::Kind::Float;
        real.real = c.real;
        return equality_key(real);
      }
      return c.key();
    default: return c.key();
  }
}

}  // namespace

void Compiler::jump_to_fail_pop(PatternContext& pc, int opcode) {
  // On failure, drop what is on top and every value captured so far.
  size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  while (pc.fail_pop.size() <= pops) pc.fail_pop.push_back(new_block());
  emit_jump(opcode, pc.fail_pop[pops]);
}

void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
    use_next_block(pc.fail_pop[i]);
    emit(op(Op::POP_TOP));
  }
  use_next_block(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Compiler::pattern_helper_rotate(int count) {
  // 3.10's ROT_N, spelt with SWAPs: TOS sinks `count - 1` places.
  while (count > 1) emit(op(Op::SWAP), count--);
}

void Compiler::pattern_helper_store_name(const ast::LocatedNode* where, const ast::Str* name,
                                         PatternContext& pc) {
  if (!name || !name->present()) {
    emit(op(Op::POP_TOP));
    return;
  }
  check_forbidden(where, name->view(), ExprContext::Store);
  std::string text(name->view());
  if (std::find(pc.stores.begin(), pc.stores.end(), text) != pc.stores.end()) {
    error(nullptr, "multiple assignments to name '" + text + "' in pattern");
  }
  // The value goes beneath the items still needed and the earlier captures.
  pattern_helper_rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
  pc.stores.push_back(std::move(text));
}

void Compiler::pattern_subpattern(const ast::PatternNode* p, PatternContext& pc) {
  bool allow_irrefutable = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow_irrefutable;
}

void Compiler::pattern(const ast::PatternNode* p, PatternContext& pc) {
  if (++nested_depth_ > 3000) throw CompileRecursionError();
  set_loc(p);
  switch (p->node_kind) {
    case ast::NodeKind::MatchValue:
      pattern_value(static_cast<const ast::MatchValue*>(p), pc);
      break;
    case ast::NodeKind::MatchSingleton:
      pattern_singleton(static_cast<const ast::MatchSingleton*>(p), pc);
      break;
    case ast::NodeKind::MatchSequence:
      pattern_sequence(static_cast<const ast::MatchSequence*>(p), pc);
      break;
    case ast::NodeKind::MatchMapping:
      pattern_mapping(static_cast<const ast::MatchMapping*>(p), pc);
      break;
    case ast::NodeKind::MatchClass:
      pattern_class(static_cast<const ast::MatchClass*>(p), pc);
      break;
    case ast::NodeKind::MatchStar:
      pattern_star(static_cast<const ast::MatchStar*>(p), pc);
      break;
    case ast::NodeKind::MatchAs:
      pattern_as(static_cast<const ast::MatchAs*>(p), pc);
      break;
    case ast::NodeKind::MatchOr:
      pattern_or(static_cast<const ast::MatchOr*>(p), pc);
      break;
    default:
      error(nullptr, "invalid match pattern node");
  }
  --nested_depth_;
}

void Compiler::pattern_value(const ast::MatchValue* p, PatternContext& pc) {
  const ast::ExprNode* value = p->value;
  bool allowed = value->node_kind == ast::NodeKind::Constant ||
                 value->node_kind == ast::NodeKind::Attribute || folder_.fold(value);
  if (!allowed) error(nullptr, "patterns may only match literals and attribute lookups");
  expr(value);
  compare_op(ast::CmpOperator::Eq);
  jump_to_fail_pop(pc, kPopJumpIfFalse);
}

void Compiler::pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc) {
  emit_const(ConstantFolder::from_ast(p->value));
  compare_op(ast::CmpOperator::Is);
  jump_to_fail_pop(pc, kPopJumpIfFalse);
}

void Compiler::pattern_as(const ast::MatchAs* p, PatternContext& pc) {
  const ast::Str* name = p->name.present() ? &p->name : nullptr;
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (name) {
        error(nullptr, "name capture '" + std::string(name->view()) +
                           "' makes remaining patterns unreachable");
      }
      error(nullptr, "wildcard makes remaining patterns unreachable");
    }
    pattern_helper_store_name(p, name, pc);
    return;
  }
  // Keep a copy of the subject to store if the sub-pattern matches.
  pc.on_top++;
  emit(op(Op::COPY), 1);
  pattern(p->pattern, pc);
  pc.on_top--;
  pattern_helper_store_name(p, name, pc);
}

void Compiler::pattern_star(const ast::MatchStar* p, PatternContext& pc) {
  pattern_helper_store_name(p, p->name.present() ? &p->name : nullptr, pc);
}

void Compiler::pattern_helper_sequence_unpack(const ast::Seq<ast::PatternNode*>& patterns, int,
                                              PatternContext& pc) {
  int size = static_cast<int>(patterns.size);
  bool seen_star = false;
  for (int i = 0; i < size; ++i) {
    if (patterns[i]->node_kind != ast::NodeKind::MatchStar) continue;
    if (seen_star) error(nullptr, "multiple starred expressions in sequence pattern");
    if (i >= (1 << 8) || size - i - 1 >= (INT32_MAX >> 8)) {
      error(nullptr, "too many expressions in star-unpacking sequence pattern");
    }
    emit(op(Op::UNPACK_EX), i + ((size - i - 1) << 8));
    seen_star = true;
  }
  if (!seen_star) emit(op(Op::UNPACK_SEQUENCE), size);
  // The unpacked items stay on top until their own sub-pattern consumes them.
  pc.on_top += size;
  for (auto* sub : patterns) {
    pc.on_top--;
    pattern_subpattern(sub, pc);
  }
}

void Compiler::pattern_helper_sequence_subscr(const ast::Seq<ast::PatternNode*>& patterns,
                                              int star, PatternContext& pc) {
  // Index the subject instead of unpacking it: cheaper when a `*_` would
  // otherwise build a list only to drop it.
  pc.on_top++;
  int size = static_cast<int>(patterns.size);
  for (int i = 0; i < size; ++i) {
    const ast::PatternNode* sub = patterns[i];
    if (is_wildcard(sub) || i == star) continue;
    emit(op(Op::COPY), 1);
    if (i < star) {
      emit_const(Const::integer(std::to_string(i)));
    } else {
      // The subject may not support negative indexes.
      emit(op(Op::GET_LEN));
      emit_const(Const::integer(std::to_string(size - i)));
      emit(op(Op::BINARY_OP), static_cast<int>(BinaryOp::Subtract));
    }
    emit(op(Op::BINARY_SUBSCR));
    pattern_subpattern(sub, pc);
  }
  pc.on_top--;
  emit(op(Op::POP_TOP));
}

void Compiler::pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
  const auto& patterns = p->patterns;
  int size = static_cast<int>(patterns.size);
  int star = -1;
  bool only_wildcard = true;
  bool star_wildcard = false;
  for (int i = 0; i < size; ++i) {
    const ast::PatternNode* sub = patterns[i];
    if (sub->node_kind == ast::NodeKind::MatchStar) {
      if (star >= 0) error(nullptr, "multiple starred names in sequence pattern");
      star_wildcard = is_star_wildcard(sub);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(sub);
  }
  // The subject stays on top through the type and length checks.
  pc.on_top++;
  emit(op(Op::MATCH_SEQUENCE));
  jump_to_fail_pop(pc, kPopJumpIfFalse);
  if (star < 0) {
    emit(op(Op::GET_LEN));
    emit_const(Const::integer(std::to_string(size)));
    compare_op(ast::CmpOperator::Eq);
    jump_to_fail_pop(pc, kPopJumpIfFalse);
  } else if (size > 1) {
    emit(op(Op::GET_LEN));
    emit_const(Const::integer(std::to_string(size - 1)));
    compare_op(ast::CmpOperator::GtE);
    jump_to_fail_pop(pc, kPopJumpIfFalse);
  }
  pc.on_top--;
  if (only_wildcard) {
    emit(op(Op::POP_TOP));
  } else if (star_wildcard) {
    pattern_helper_sequence_subscr(patterns, star, pc);
  } else {
    pattern_helper_sequence_unpack(patterns, star, pc);
  }
}

void Compiler::pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
  const auto& keys = p->keys;
  const auto& patterns = p->patterns;
  int size = static_cast<int>(keys.size);
  if (keys.size != patterns.size) {
    error(nullptr, "keys (" + std::to_string(keys.size) + ") / patterns (" +
                       std::to_string(patterns.size) + ") length mismatch in mapping pattern");
  }
  const ast::Str* rest = p->rest.present() ? &p->rest : nullptr;
  pc.on_top++;
  emit(op(Op::MATCH_MAPPING));
  jump_to_fail_pop(pc, kPopJumpIfFalse);
  if (size == 0 && !rest) {
    // `{}` matches any mapping.
    pc.on_top--;
    emit(op(Op::POP_TOP));
    return;
  }
  if (size > 0) {
    emit(op(Op::GET_LEN));
    emit_const(Const::integer(std::to_string(size)));
    compare_op(ast::CmpOperator::GtE);
    jump_to_fail_pop(pc, kPopJumpIfFalse);
  }
  std::vector<std::string> seen;
  for (int i = 0; i < size; ++i) {
    const ast::ExprNode* key = keys[i];
    if (!key) {
      set_loc(patterns[i]);
      error(nullptr, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    }
    const Const* value = key->node_kind == ast::NodeKind::Attribute ? nullptr : folder_.fold(key);
    if (value) {
      std::string identity = equality_key(*value);
      if (std::find(seen.begin(), seen.end(), identity) != seen.end()) {
        error(nullptr, "mapping pattern checks duplicate key (" + unparse_annotation(key) + ")");
      }
      seen.push_back(std::move(identity));
    } else if (key->node_kind != ast::NodeKind::Attribute) {
      error(nullptr, "mapping pattern keys may only match literals and attribute lookups");
    }
    expr(key);
  }
  emit(op(Op::BUILD_TUPLE), size);
  emit(op(Op::MATCH_KEYS));
  // The keys tuple and the values tuple (or None) now sit on the subject.
  pc.on_top += 2;
  emit(op(Op::COPY), 1);
  emit_const(Const::none());
  emit(op(Op::IS_OP), 1);
  jump_to_fail_pop(pc, kPopJumpIfFalse);
  emit(op(Op::UNPACK_SEQUENCE), size);
  pc.on_top += size - 1;
  for (auto* sub : patterns) {
    pc.on_top--;
    pattern_subpattern(sub, pc);
  }
  // Matched: what follows consumes the keys tuple and the subject.
  pc.on_top -= 2;
  if (rest) {
    // rest = dict(subject), minus each matched key.
    emit(op(Op::BUILD_MAP), 0);
    emit(op(Op::SWAP), 3);
    emit(op(Op::DICT_UPDATE), 2);
    emit(op(Op::UNPACK_SEQUENCE), size);
    for (int remaining = size; remaining > 0; --remaining) {
      emit(op(Op::COPY), 1 + remaining);
      emit(op(Op::SWAP), 2);
      emit(op(Op::DELETE_SUBSCR));
    }
    pattern_helper_store_name(p, rest, pc);
  } else {
    emit(op(Op::POP_TOP));
    emit(op(Op::POP_TOP));
  }
}

void Compiler::pattern_class(const ast::MatchClass* p, PatternContext& pc) {
  const auto& patterns = p->patterns;
  const auto& kwd_attrs = p->kwd_attrs;
  const auto& kwd_patterns = p->kwd_patterns;
  int nargs = static_cast<int>(patterns.size);
  int nattrs = static_cast<int>(kwd_attrs.size);
  if (kwd_attrs.size != kwd_patterns.size) {
    error(nullptr, "kwd_attrs (" + std::to_string(kwd_attrs.size) + ") / kwd_patterns (" +
                       std::to_string(kwd_patterns.size) + ") length mismatch in class pattern");
  }
  if (nattrs > 0) {
    // The attribute names carry no position: errors point at their patterns.
    for (int i = 0; i < nattrs; ++i) {
      set_loc(kwd_patterns[i]);
      check_forbidden(nullptr, kwd_attrs[i].view(), ExprContext::Store);
      for (int j = i + 1; j < nattrs; ++j) {
        if (kwd_attrs[i].view() == kwd_attrs[j].view()) {
          set_loc(kwd_patterns[j]);
          error(nullptr, "attribute name repeated in class pattern: " +
                             std::string(kwd_attrs[i].view()));
        }
      }
    }
    set_loc(p);
  }
  expr(p->cls);
  std::vector<Const> names;
  names.reserve(kwd_attrs.size);
  for (const auto& attr : kwd_attrs) names.push_back(Const::str(attr.view()));
  emit_const(Const::tuple(std::move(names)));
  emit(op(Op::MATCH_CLASS), nargs);
  emit(op(Op::COPY), 1);
  emit_const(Const::none());
  emit(op(Op::IS_OP), 1);
  // On top: the tuple of the nargs + nattrs extracted attributes (or None).
  pc.on_top++;
  jump_to_fail_pop(pc, kPopJumpIfFalse);
  emit(op(Op::UNPACK_SEQUENCE), nargs + nattrs);
  pc.on_top += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; ++i) {
    pc.on_top--;
    const ast::PatternNode* sub = i < nargs ? patterns[i] : kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      emit(op(Op::POP_TOP));
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

void Compiler::pattern_or(const ast::MatchOr* p, PatternContext& pc) {
  Block* end = new_block();
  PatternContext outer = std::move(pc);
  // The names bound by the first alternative: every other one must bind the
  // same set, and its values are reordered on the stack to this order.
  std::vector<std::string> control;
  uint32_t size = p->patterns.size;
  for (uint32_t i = 0; i < size; ++i) {
    const ast::PatternNode* alt = p->patterns[i];
    set_loc(alt);
    pc.stores.clear();
    // Only the last alternative may be irrefutable, and only if this whole
    // pattern may be.
    pc.allow_irrefutable = i == size - 1 && outer.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    emit(op(Op::COPY), 1);
    pattern(alt, pc);
    if (i == 0) {
      control = pc.stores;
    } else if (pc.stores.size() != control.size()) {
      error(nullptr, "alternative patterns bind different names");
    } else if (!control.empty()) {
      for (int icontrol = static_cast<int>(control.size()); icontrol-- > 0;) {
        auto found = std::find(pc.stores.begin(), pc.stores.end(), control[icontrol]);
        if (found == pc.stores.end()) error(nullptr, "alternative patterns bind different names");
        int istores = static_cast<int>(found - pc.stores.begin());
        if (istores == icontrol) continue;
        // Move the first istores + 1 names (and their values) up so that
        // this one lands at icontrol.
        int rotations = istores + 1;
        std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
        pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
        pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
        while (rotations-- > 0) pattern_helper_rotate(icontrol + 1);
      }
    }
    emit_jump(kJump, end);
    emit_and_reset_fail_pop(pc);
  }
  pc = std::move(outer);
  // No alternative matched: drop the remaining copy of the subject and fail.
  emit(op(Op::POP_TOP));
  jump_to_fail_pop(pc, kJump);
  use_next_block(end);
  // Each captured value sits under the other captures, the subject's copy,
  // the items on top and the earlier captures; move it into place.
  int nrots = static_cast<int>(control.size()) + 1 + pc.on_top + static_cast<int>(pc.stores.size());
  for (auto& name : control) {
    pattern_helper_rotate(nrots);
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
      error(nullptr, "multiple assignments to name '" + name + "' in pattern");
    }
    pc.stores.push_back(name);
  }
  emit(op(Op::POP_TOP));
}

void Compiler::match_stmt(const ast::Match* s) {
  expr(s->subject);
  Block* end = new_block();
  uint32_t cases = s->cases.size;
  const ast::MatchCase* last = s->cases[cases - 1];
  // A trailing `case _:` needs no copy of the subject nor a failure path.
  bool has_default = is_wildcard(last->pattern) && cases > 1;
  uint32_t tested = cases - (has_default ? 1 : 0);
  PatternContext pc;
  for (uint32_t i = 0; i < tested; ++i) {
    const ast::MatchCase* m = s->cases[i];
    set_loc(m->pattern);
    bool last_tested = i == tested - 1;
    if (!last_tested) emit(op(Op::COPY), 1);
    pc.stores.clear();
    // An irrefutable case must be guarded or last.
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    pc.fail_pop.clear();
    pc.on_top = 0;
    pattern(m->pattern, pc);
    for (const auto& name : pc.stores) name_op(nullptr, name, ExprContext::Store);
    if (m->guard) {
      if (pc.fail_pop.empty()) pc.fail_pop.push_back(new_block());
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (!last_tested) emit(op(Op::POP_TOP));
    stmts(m->body);
    emit_jump(kJump, end);
    // A failed match's cleanup belongs to its pattern's line, not the body's.
    set_loc(m->pattern);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    set_loc(last->pattern);
    emit(op(Op::NOP));
    if (last->guard) jump_if(last->guard, end, false);
    stmts(last->body);
    unset_loc();
  }
  use_next_block(end);
}

}  // namespace krait::codegen
