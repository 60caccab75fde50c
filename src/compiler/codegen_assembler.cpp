// The assembler: a unit's blocks to a Code object, following the passes of
// CPython 3.11's assemble(): prefix instructions, CFG optimisation (peephole,
// jump threading, unreachable code, NOP removal), line-number propagation,
// stack depth, exception-table labelling, jump resolution with EXTENDED_ARG
// growth to a fixed point, and the constant, name and localsplus tables.
#include <algorithm>
#include <bit>
#include <cctype>

#include <gmpxx.h>

#include "compiler/codegen_internal.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait::codegen {

bool is_jump(int opcode) {
  switch (opcode) {
    case kJump: case kJumpNoInterrupt: case kPopJumpIfFalse: case kPopJumpIfTrue:
    case kPopJumpIfNone: case kPopJumpIfNotNone:
      return true;
    default:
      break;
  }
  if (opcode > 255) return false;
  switch (static_cast<Op>(opcode)) {
    case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: case Op::FOR_ITER:
    case Op::SEND: case Op::POP_JUMP_FORWARD_IF_FALSE: case Op::POP_JUMP_FORWARD_IF_TRUE:
    case Op::POP_JUMP_FORWARD_IF_NONE: case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
      return true;
    default:
      return false;
  }
}

bool is_block_push(int opcode) {
  return opcode == kSetupFinally || opcode == kSetupCleanup || opcode == kSetupWith;
}

namespace {

bool is_unconditional_jump(int opcode) {
  return opcode == kJump || opcode == kJumpNoInterrupt || opcode == op(Op::JUMP_FORWARD) ||
         opcode == op(Op::JUMP_BACKWARD) || opcode == op(Op::JUMP_BACKWARD_NO_INTERRUPT);
}

bool is_scope_exit(int opcode) {
  return opcode == op(Op::RETURN_VALUE) || opcode == op(Op::RAISE_VARARGS) ||
         opcode == op(Op::RERAISE);
}

bool uses_deref_index(int opcode) {
  switch (opcode) {
    case op(Op::MAKE_CELL): case op(Op::LOAD_CLOSURE): case op(Op::LOAD_DEREF):
    case op(Op::STORE_DEREF): case op(Op::DELETE_DEREF): case op(Op::LOAD_CLASSDEREF):
      return true;
    default:
      return false;
  }
}

}  // namespace

bool is_terminator(int opcode) { return is_jump(opcode) || is_scope_exit(opcode); }

bool Block::has_fallthrough() const {
  const Instr* l = last();
  if (!l) return true;
  return !is_unconditional_jump(l->opcode) && !is_scope_exit(l->opcode);
}

bool Block::is_exit() const {
  const Instr* l = last();
  return l && is_scope_exit(l->opcode);
}

int stack_effect(int opcode, int oparg, bool jump) {
  switch (opcode) {
    case kSetupFinally: return jump ? 1 : 0;
    case kSetupCleanup: return jump ? 2 : 0;
    case kSetupWith: return jump ? 1 : 0;
    case kPopBlock: case kJump: case kJumpNoInterrupt: return 0;
    case kPopJumpIfFalse: case kPopJumpIfTrue: case kPopJumpIfNone: case kPopJumpIfNotNone:
      return -1;
    default: break;
  }
  switch (static_cast<Op>(opcode)) {
    case Op::NOP: case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT:
    case Op::UNARY_INVERT: case Op::CHECK_EXC_MATCH: case Op::CHECK_EG_MATCH: case Op::GET_AITER:
    case Op::GET_ITER: case Op::GET_YIELD_FROM_ITER: case Op::LIST_TO_TUPLE:
    case Op::SETUP_ANNOTATIONS: case Op::YIELD_VALUE: case Op::ASYNC_GEN_WRAP:
    case Op::DELETE_NAME: case Op::DELETE_GLOBAL: case Op::SWAP: case Op::LOAD_ATTR:
    case Op::JUMP_FORWARD: case Op::DELETE_FAST: case Op::GET_AWAITABLE:
    case Op::JUMP_BACKWARD_NO_INTERRUPT: case Op::MAKE_CELL: case Op::DELETE_DEREF:
    case Op::JUMP_BACKWARD: case Op::EXTENDED_ARG: case Op::COPY_FREE_VARS: case Op::RESUME:
    case Op::KW_NAMES: case Op::CACHE:
      return 0;
    case Op::RETURN_GENERATOR: return 1;
    case Op::POP_TOP: return -1;
    case Op::PUSH_NULL: return 1;
    case Op::BINARY_SUBSCR: return -1;
    case Op::GET_LEN: case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE: case Op::MATCH_KEYS:
      return 1;
    case Op::PUSH_EXC_INFO: return 1;
    case Op::WITH_EXCEPT_START: return 1;
    case Op::GET_ANEXT: return 1;
    case Op::BEFORE_ASYNC_WITH: case Op::BEFORE_WITH: return 1;
    case Op::END_ASYNC_FOR: return -2;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::PRINT_EXPR: return -1;
    case Op::LOAD_BUILD_CLASS: case Op::LOAD_ASSERTION_ERROR: return 1;
    case Op::RETURN_VALUE: return -1;
    case Op::IMPORT_STAR: return -1;
    case Op::PREP_RERAISE_STAR: return -1;
    case Op::POP_EXCEPT: return -1;
    case Op::STORE_NAME: return -1;
    case Op::UNPACK_SEQUENCE: return oparg - 1;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::STORE_GLOBAL: return -1;
    case Op::LOAD_CONST: case Op::LOAD_NAME: return 1;
    case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING:
      return 1 - oparg;
    case Op::BUILD_MAP: return 1 - 2 * oparg;
    case Op::COMPARE_OP: case Op::IS_OP: case Op::CONTAINS_OP: return -1;
    case Op::IMPORT_NAME: return -1;
    case Op::IMPORT_FROM: return 1;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::POP_JUMP_FORWARD_IF_FALSE: case Op::POP_JUMP_FORWARD_IF_TRUE:
    case Op::POP_JUMP_FORWARD_IF_NONE: case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
      return -1;
    case Op::LOAD_GLOBAL: return (oparg & 1) + 1;
    case Op::RERAISE: return -1;
    case Op::COPY: return 1;
    case Op::BINARY_OP: return -1;
    case Op::SEND: return jump ? -1 : 0;
    case Op::LOAD_FAST: return 1;
    case Op::STORE_FAST: return -1;
    case Op::RAISE_VARARGS: return -oparg;
    case Op::MAKE_FUNCTION: return -std::popcount(static_cast<unsigned>(oparg & 0x0F));
    case Op::BUILD_SLICE: return oparg == 3 ? -2 : -1;
    case Op::LOAD_CLOSURE: case Op::LOAD_DEREF: case Op::LOAD_CLASSDEREF: return 1;
    case Op::STORE_DEREF: return -1;
    case Op::CALL_FUNCTION_EX: return -2 - (oparg & 1);
    case Op::LIST_APPEND: case Op::SET_ADD: return -1;
    case Op::MAP_ADD: return -2;
    case Op::MATCH_CLASS: return -2;
    case Op::FORMAT_VALUE: return (oparg & 0x04) ? -1 : 0;
    case Op::BUILD_CONST_KEY_MAP: return -oparg;
    case Op::LOAD_METHOD: return 1;
    case Op::LIST_EXTEND: case Op::SET_UPDATE: case Op::DICT_MERGE: case Op::DICT_UPDATE:
      return -1;
    case Op::CALL: return -oparg - 1;
  }
  return 0;
}

namespace {

// The first instruction reached by jumping to `b` (skipping empty blocks).
Instr* first_instr(Block* b) {
  while (b && b->instrs.empty()) b = b->next;
  return b ? &b->instrs[0] : nullptr;
}

Block* skip_empty(Block* b) {
  while (b && b->instrs.empty() && b->next) b = b->next;
  return b;
}

bool same_line(const Instr& a, const Instr& b) { return a.loc.line == b.loc.line; }

// jump_thread: retarget `inst` to where `target` (a jump) goes.
bool jump_thread(Instr& inst, const Instr& target, int opcode) {
  if (same_line(inst, target) && inst.target != target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

void clean_block(Block* b) {
  std::vector<Instr>& v = b->instrs;
  size_t dest = 0;
  int prev_line = -1;
  for (size_t src = 0; src < v.size(); ++src) {
    int line = v[src].loc.line;
    if (v[src].opcode == op(Op::NOP)) {
      if (line < 0) continue;
      if (prev_line == line) continue;
      if (src + 1 < v.size()) {
        int next_line = v[src + 1].loc.line;
        if (next_line == line) continue;
        if (next_line < 0) {
          v[src + 1].loc = v[src].loc;
          continue;
        }
      } else {
        Block* next = b->next;
        while (next && next->instrs.empty()) next = next->next;
        if (next && line == next->instrs[0].loc.line) continue;
      }
    }
    if (dest != src) v[dest] = v[src];
    ++dest;
    prev_line = line;
  }
  v.resize(dest);
}

}  // namespace

namespace {

Str* intern_if_identifier(const std::string& s) {
  for (unsigned char ch : s) {
    if (!(std::isalnum(ch) || ch == '_')) return make_str(s);
  }
  return intern(s);
}

// A compile-time constant as the value co_consts holds (identifier-like
// strings interned, as CPython's intern_string_constants).
Value const_value(const Const& c, const Unit& u) {
  switch (c.kind) {
    case Const::Kind::None: return none();
    case Const::Kind::True: return make_bool(true);
    case Const::Kind::False: return make_bool(false);
    case Const::Kind::Ellipsis: return ellipsis();
    case Const::Kind::Int: {
      bool negative = !c.text.empty() && c.text[0] == '-';
      std::string_view digits = c.text;
      if (negative) digits.remove_prefix(1);
      if (digits.size() <= 18) {
        int64_t v = std::stoll(std::string(digits));
        return make_int(negative ? -v : v);
      }
      // Built directly (not negated at run time): compile-only tools run
      // before the runtime's slots exist.
      mpz_class z(c.text, 10);
      return make_int_from_mpz(z.get_mpz_t());
    }
    case Const::Kind::Float: return make_float(c.real);
    case Const::Kind::Complex: return make_complex(c.real, c.imag);
    case Const::Kind::Str: return Value::from_object(intern_if_identifier(c.text));
    case Const::Kind::Bytes: return Value::from_object(make_bytes(c.text));
    case Const::Kind::Tuple: {
      Tuple* t = make_tuple(c.items.size());
      for (size_t i = 0; i < c.items.size(); ++i) (*t)[i] = const_value(c.items[i], u);
      return Value::from_object(t);
    }
    case Const::Kind::FrozenSet: {
      if (!static_types_finished()) {
        // Compile-only tools (--dump-bytecode) run before the runtime has
        // started, when no hash works: the items' tuple keeps co_consts'
        // shape for them.
        Const items = c;
        items.kind = Const::Kind::Tuple;
        return const_value(items, u);
      }
      Set* first = make_frozenset();
      for (const auto& item : c.items) set_add(first, const_value(item, u));
      // CPython's compiler rebuilds a constant frozenset from the first one's
      // iteration order when merging constants; for colliding ints the
      // rebuilt table iterates in another order, which the literal keeps.
      Set* set = make_frozenset();
      Value key;
      for (size_t pos = 0; set_next(first, pos, key);) set_add(set, key);
      return Value::from_object(set);
    }
    case Const::Kind::Code: return Value::from_object(u.children[c.code_index]);
  }
  return none();
}

}  // namespace

Code* Compiler::assemble(bool add_none) {
  Unit& u = *unit_;
  Block* current = u.current;
  if (!(current->last() && current->last()->opcode == op(Op::RETURN_VALUE))) {
    unset_loc();
    if (add_none) emit_const(Const::none());
    emit(op(Op::RETURN_VALUE));
  }
  const Scope* scope = u.scope;

  // co_flags (compute_code_flags).
  uint32_t flags = 0;
  if (scope->is_function()) {
    flags |= kCoNewLocals | kCoOptimized;
    if (scope->nested) flags |= kCoNested;
    if (scope->is_generator && !scope->is_coroutine) flags |= kCoGenerator;
    if (!scope->is_generator && scope->is_coroutine) flags |= kCoCoroutine;
    if (scope->is_generator && scope->is_coroutine) flags |= kCoAsyncGenerator;
    if (scope->has_varargs) flags |= kCoVarargs;
    if (scope->has_varkeywords) flags |= kCoVarkeywords;
  }
  if (future_.annotations) flags |= kCoFutureAnnotations;
  if (future_.barry_as_FLUFL) flags |= kCoFutureBarryAsBdfl;

  // The localsplus layout: locals, then cells that are not parameters, then
  // free variables (fix_cell_offsets).
  int nlocals = static_cast<int>(u.varnames.list.size());
  int ncells = static_cast<int>(u.cellvars.list.size());
  int nfrees = static_cast<int>(u.freevars.list.size());
  std::vector<int> deref_slot(ncells + nfrees);
  int next_slot = nlocals;
  for (int i = 0; i < ncells; ++i) {
    int param = u.varnames.find(u.cellvars.list[i]);
    deref_slot[i] = param >= 0 ? param : next_slot++;
  }
  int nplaincells = next_slot - nlocals;
  for (int j = 0; j < nfrees; ++j) deref_slot[ncells + j] = next_slot++;
  int nlocalsplus = next_slot;

  // Prefix instructions (insert_prefix_instructions).
  {
    std::vector<Instr> prefix;
    Instr ins;
    if (flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
      ins.opcode = op(Op::RETURN_GENERATOR);
      ins.loc = Position{u.firstlineno, u.firstlineno, -1, -1};
      prefix.push_back(ins);
      ins.opcode = op(Op::POP_TOP);
      ins.loc = Position{};
      prefix.push_back(ins);
    }
    if (nfrees) {
      ins.opcode = op(Op::COPY_FREE_VARS);
      ins.oparg = nfrees;
      ins.loc = Position{};
      prefix.push_back(ins);
    }
    std::vector<std::pair<int, int>> cells;  // (slot, cell index)
    for (int i = 0; i < ncells; ++i) cells.emplace_back(deref_slot[i], i);
    std::sort(cells.begin(), cells.end());
    for (auto& [slot, index] : cells) {
      ins.opcode = op(Op::MAKE_CELL);
      ins.oparg = index;
      ins.loc = Position{};
      prefix.push_back(ins);
    }
    u.entry->instrs.insert(u.entry->instrs.begin(), prefix.begin(), prefix.end());
  }
  for (auto& b : u.blocks) {
    for (auto& ins : b->instrs) {
      if (uses_deref_index(ins.opcode)) ins.oparg = deref_slot[ins.oparg];
    }
  }

  // Layout order.
  std::vector<Block*> order;
  for (Block* b = u.entry; b; b = b->next) order.push_back(b);

  // Retarget jumps to empty blocks at the next non-empty one.
  auto eliminate_empty = [&]() {
    for (Block* b = u.entry; b; b = b->next) {
      for (auto& ins : b->instrs) {
        if (ins.target) ins.target = skip_empty(ins.target);
      }
    }
    Block* prev = nullptr;
    for (Block* b = u.entry; b; b = b->next) {
      if (b->instrs.empty() && prev) {
        prev->next = b->next;
        continue;
      }
      prev = b;
    }
  };
  eliminate_empty();

  // optimize_basic_block + clean_basic_block.
  for (Block* b = u.entry; b; b = b->next) {
    auto& v = b->instrs;
    for (size_t i = 0; i < v.size(); ++i) {
      Instr& inst = v[i];
      int nextop = i + 1 < v.size() ? v[i + 1].opcode : -1;
      Instr* target = inst.target ? first_instr(inst.target) : nullptr;
      switch (inst.opcode) {
        case op(Op::LOAD_CONST): {
          const Const& c = u.consts[inst.oparg];
          if (nextop == kPopJumpIfFalse || nextop == kPopJumpIfTrue) {
            bool is_true = c.truthy();
            inst.opcode = op(Op::NOP);
            bool jump_if_true = nextop == kPopJumpIfTrue;
            v[i + 1].opcode = is_true == jump_if_true ? kJump : op(Op::NOP);
          } else if (nextop == op(Op::JUMP_IF_FALSE_OR_POP) ||
                     nextop == op(Op::JUMP_IF_TRUE_OR_POP)) {
            bool is_true = c.truthy();
            bool jump_if_true = nextop == op(Op::JUMP_IF_TRUE_OR_POP);
            if (is_true == jump_if_true) {
              v[i + 1].opcode = kJump;
            } else {
              inst.opcode = op(Op::NOP);
              v[i + 1].opcode = op(Op::NOP);
            }
          } else if (nextop == kPopJumpIfNone || nextop == kPopJumpIfNotNone) {
            bool is_none = c.kind == Const::Kind::None;
            inst.opcode = op(Op::NOP);
            bool jump_if_none = nextop == kPopJumpIfNone;
            v[i + 1].opcode = is_none == jump_if_none ? kJump : op(Op::NOP);
          } else if (nextop == op(Op::IS_OP) && c.kind == Const::Kind::None && i + 2 < v.size() &&
                     (v[i + 2].opcode == kPopJumpIfFalse || v[i + 2].opcode == kPopJumpIfTrue)) {
            // `x is None` / `x is not None` feeding a jump: test for None directly.
            bool invert = v[i + 1].oparg != 0;
            if (v[i + 2].opcode == kPopJumpIfFalse) invert = !invert;
            inst.opcode = op(Op::NOP);
            v[i + 1].opcode = op(Op::NOP);
            v[i + 2].opcode = invert ? kPopJumpIfNotNone : kPopJumpIfNone;
          }
          break;
        }
        case op(Op::BUILD_TUPLE): {
          int n = inst.oparg;
          if (nextop == op(Op::UNPACK_SEQUENCE) && v[i + 1].oparg == n) {
            if (n == 1) {
              inst.opcode = op(Op::NOP);
              v[i + 1].opcode = op(Op::NOP);
              break;
            }
            if (n == 2 || n == 3) {
              inst.opcode = op(Op::NOP);
              v[i + 1].opcode = op(Op::SWAP);
              break;
            }
          }
          if (static_cast<int>(i) >= n) {
            bool all_const = true;
            for (int k = 0; k < n; ++k) {
              if (v[i - n + k].opcode != op(Op::LOAD_CONST)) all_const = false;
            }
            if (all_const) {
              std::vector<Const> items;
              for (int k = 0; k < n; ++k) {
                items.push_back(u.consts[v[i - n + k].oparg]);
                v[i - n + k].opcode = op(Op::NOP);
              }
              inst.opcode = op(Op::LOAD_CONST);
              inst.oparg = add_const(Const::tuple(std::move(items)));
            }
          }
          break;
        }
        case op(Op::PUSH_NULL):
          if (nextop == op(Op::LOAD_GLOBAL) && (v[i + 1].oparg & 1) == 0) {
            inst.opcode = op(Op::NOP);
            v[i + 1].oparg |= 1;
          }
          break;
        case op(Op::JUMP_IF_FALSE_OR_POP):
        case op(Op::JUMP_IF_TRUE_OR_POP): {
          if (!target) break;
          bool on_false = inst.opcode == op(Op::JUMP_IF_FALSE_OR_POP);
          int same_pop = on_false ? kPopJumpIfFalse : kPopJumpIfTrue;
          int other_pop = on_false ? kPopJumpIfTrue : kPopJumpIfFalse;
          int other_or_pop = on_false ? op(Op::JUMP_IF_TRUE_OR_POP) : op(Op::JUMP_IF_FALSE_OR_POP);
          if (target->opcode == same_pop) {
            if (jump_thread(inst, *target, same_pop)) --i;
          } else if (target->opcode == kJump || target->opcode == inst.opcode) {
            if (jump_thread(inst, *target, inst.opcode)) --i;
          } else if (target->opcode == other_or_pop || target->opcode == other_pop) {
            if (same_line(inst, *target)) {
              Block* tb = skip_empty(inst.target);
              inst.opcode = same_pop;
              inst.target = tb->next;
              --i;
            }
          }
          break;
        }
        case kPopJumpIfNone:
        case kPopJumpIfNotNone:
        case kPopJumpIfFalse:
        case kPopJumpIfTrue:
        case kJump:
          if (target && target->opcode == kJump) {
            if (jump_thread(inst, *target, inst.opcode)) --i;
          }
          break;
        case op(Op::SWAP):
          if (inst.oparg == 1) inst.opcode = op(Op::NOP);
          break;
        default:
          break;
      }
    }
    clean_block(b);
  }

  // extend_block: copy small exit blocks into the blocks that jump to them.
  for (auto& owned : u.blocks) {
    Block* b = owned.get();
    Instr* last = b->last();
    if (!last || !is_unconditional_jump(last->opcode) || last->opcode == kJumpNoInterrupt) continue;
    Block* to_copy = skip_empty(last->target);
    if (!to_copy->is_exit() || to_copy->instrs.size() > 4) continue;
    last->opcode = op(Op::NOP);
    last->target = nullptr;
    std::vector<Instr> copy = to_copy->instrs;
    b->instrs.insert(b->instrs.end(), copy.begin(), copy.end());
  }

  // mark_reachable, then drop unreachable blocks.
  auto mark_reachable = [&]() {
    for (auto& owned : u.blocks) {
      owned->predecessors = 0;
      owned->reachable = false;
    }
    std::vector<Block*> todo{u.entry};
    u.entry->predecessors = 1;
    u.entry->reachable = true;
    while (!todo.empty()) {
      Block* b = todo.back();
      todo.pop_back();
      if (b->next && b->has_fallthrough()) {
        if (!b->next->reachable) {
          b->next->reachable = true;
          todo.push_back(b->next);
        }
        b->next->predecessors++;
      }
      for (auto& ins : b->instrs) {
        if (ins.target && (is_jump(ins.opcode) || is_block_push(ins.opcode))) {
          if (!ins.target->reachable) {
            ins.target->reachable = true;
            todo.push_back(ins.target);
          }
          ins.target->predecessors++;
        }
      }
    }
  };
  mark_reachable();
  for (Block* b = u.entry; b; b = b->next) {
    if (!b->reachable) b->instrs.clear();
  }
  eliminate_empty();
  for (Block* b = u.entry; b; b = b->next) clean_block(b);
  bool maybe_empty = false;
  for (Block* b = u.entry; b; b = b->next) {
    Instr* last = b->last();
    if (last && (last->opcode == kJump || last->opcode == kJumpNoInterrupt) &&
        skip_empty(last->target) == skip_empty(b->next)) {
      last->opcode = op(Op::NOP);
      last->target = nullptr;
      maybe_empty = true;
    }
  }
  if (maybe_empty) eliminate_empty();
  mark_reachable();

  // trim_unused_consts: drop trailing constants nothing loads.
  {
    int max_index = 0;
    for (Block* b = u.entry; b; b = b->next) {
      for (auto& ins : b->instrs) {
        if ((ins.opcode == op(Op::LOAD_CONST) || ins.opcode == op(Op::KW_NAMES)) && ins.oparg > max_index) {
          max_index = ins.oparg;
        }
      }
    }
    if (static_cast<size_t>(max_index) + 1 < u.consts.size()) u.consts.resize(max_index + 1);
  }

  // duplicate_exits_without_lineno.
  auto exit_without_lineno = [](const Block* b) {
    if (!b->is_exit()) return false;
    for (auto& ins : b->instrs) {
      if (ins.loc.line >= 0) return false;
    }
    return true;
  };
  {
    size_t nblocks = u.blocks.size();
    for (size_t k = nblocks; k-- > 0;) {
      Block* b = u.blocks[k].get();
      Instr* last = b->last();
      if (!last || !is_jump(last->opcode)) continue;
      Block* target = last->target;
      if (exit_without_lineno(target) && target->predecessors > 1) {
        Block* copy = new_block();
        copy->instrs = target->instrs;
        copy->instrs[0].loc = last->loc;
        last->target = copy;
        target->predecessors--;
        copy->predecessors = 1;
        copy->reachable = true;
        copy->next = target->next;
        target->next = copy;
      }
    }
    for (Block* b = u.entry; b; b = b->next) {
      if (b->has_fallthrough() && b->next && !b->instrs.empty() && exit_without_lineno(b->next)) {
        b->next->instrs[0].loc = b->instrs.back().loc;
      }
    }
  }

  // propagate_line_numbers.
  for (Block* b = u.entry; b; b = b->next) {
    if (b->instrs.empty()) continue;
    Position prev;
    for (auto& ins : b->instrs) {
      if (ins.loc.line < 0) ins.loc = prev;
      else prev = ins.loc;
    }
    if (b->has_fallthrough() && b->next && b->next->predecessors == 1 && !b->next->instrs.empty()) {
      if (b->next->instrs[0].loc.line < 0) b->next->instrs[0].loc = prev;
    }
    Instr* last = b->last();
    if (is_jump(last->opcode) && last->target->predecessors == 1 && !last->target->instrs.empty()) {
      if (last->target->instrs[0].loc.line < 0) last->target->instrs[0].loc = prev;
    }
  }
  // guarantee_lineno_for_exits.
  {
    int lineno = u.firstlineno;
    for (Block* b = u.entry; b; b = b->next) {
      if (b->instrs.empty()) continue;
      Instr& last = b->instrs.back();
      if (last.loc.line < 0) {
        if (last.opcode == op(Op::RETURN_VALUE)) {
          for (auto& ins : b->instrs) ins.loc.line = lineno;
        }
      } else {
        lineno = last.loc.line;
      }
    }
  }

  // stackdepth.
  int maxdepth = 0;
  {
    for (Block* b = u.entry; b; b = b->next) b->startdepth = -1;
    std::vector<Block*> todo;
    auto push = [&](Block* b, int depth) {
      if (b->startdepth < depth && b->startdepth < 100) {
        b->startdepth = depth;
        todo.push_back(b);
      }
    };
    push(u.entry, 0);
    while (!todo.empty()) {
      Block* b = todo.back();
      todo.pop_back();
      int depth = b->startdepth;
      bool falls = true;
      for (auto& ins : b->instrs) {
        int effect = stack_effect(ins.opcode, ins.oparg, false);
        int new_depth = depth + effect;
        maxdepth = std::max(maxdepth, new_depth);
        if (ins.target && (is_jump(ins.opcode) || is_block_push(ins.opcode))) {
          int target_depth = depth + stack_effect(ins.opcode, ins.oparg, true);
          maxdepth = std::max(maxdepth, target_depth);
          push(ins.target, target_depth);
        }
        depth = new_depth;
        if (is_unconditional_jump(ins.opcode) || is_scope_exit(ins.opcode)) {
          falls = false;
          break;
        }
      }
      if (falls && b->next) push(b->next, depth);
    }
  }

  // label_exception_targets.
  {
    for (Block* b = u.entry; b; b = b->next) b->visited = false;
    struct Pending {
      Block* block;
      std::vector<Block*> stack;
    };
    std::vector<Pending> todo;
    todo.push_back({u.entry, {}});
    u.entry->visited = true;
    while (!todo.empty()) {
      Pending p = std::move(todo.back());
      todo.pop_back();
      Block* b = p.block;
      std::vector<Block*>& stack = p.stack;
      Block* handler = stack.empty() ? nullptr : stack.back();
      for (auto& ins : b->instrs) {
        if (is_block_push(ins.opcode)) {
          if (!ins.target->visited) {
            ins.target->visited = true;
            todo.push_back({ins.target, stack});
          }
          if (ins.opcode == kSetupWith || ins.opcode == kSetupCleanup) ins.target->preserve_lasti = true;
          ins.target->except_handler = true;
          stack.push_back(ins.target);
          handler = ins.target;
          ins.handler = nullptr;
        } else if (ins.opcode == kPopBlock) {
          if (!stack.empty()) stack.pop_back();
          handler = stack.empty() ? nullptr : stack.back();
          ins.handler = nullptr;
        } else {
          ins.handler = handler;
          if (is_jump(ins.opcode) && !ins.target->visited) {
            ins.target->visited = true;
            todo.push_back({ins.target, stack});
          }
        }
      }
      if (b->has_fallthrough() && b->next && !b->next->visited) {
        b->next->visited = true;
        todo.push_back({b->next, stack});
      }
    }
  }
  for (Block* b = u.entry; b; b = b->next) {
    for (auto& ins : b->instrs) {
      if (is_block_push(ins.opcode) || ins.opcode == kPopBlock) {
        ins.opcode = op(Op::NOP);
        ins.target = nullptr;
      }
    }
  }
  for (Block* b = u.entry; b; b = b->next) clean_block(b);
  eliminate_empty();

  // normalize_jumps and jump offsets, growing EXTENDED_ARGs to a fixed point.
  {
    int index = 0;
    std::unordered_map<Block*, int> position;
    for (Block* b = u.entry; b; b = b->next) position[b] = index++;
    for (Block* b = u.entry; b; b = b->next) {
      for (auto& ins : b->instrs) {
        if (!ins.target) continue;
        bool backward = position[ins.target] <= position[b];
        switch (ins.opcode) {
          case kJump:
            ins.opcode = op(backward ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD);
            break;
          case kJumpNoInterrupt:
            ins.opcode = op(backward ? Op::JUMP_BACKWARD_NO_INTERRUPT : Op::JUMP_FORWARD);
            break;
          case kPopJumpIfFalse: ins.opcode = op(Op::POP_JUMP_FORWARD_IF_FALSE); break;
          case kPopJumpIfTrue: ins.opcode = op(Op::POP_JUMP_FORWARD_IF_TRUE); break;
          case kPopJumpIfNone: ins.opcode = op(Op::POP_JUMP_FORWARD_IF_NONE); break;
          case kPopJumpIfNotNone: ins.opcode = op(Op::POP_JUMP_FORWARD_IF_NOT_NONE); break;
          default: break;
        }
      }
    }
  }
  auto instr_size = [](int oparg) {
    if (oparg < 0x100) return 1;
    if (oparg < 0x10000) return 2;
    if (oparg < 0x1000000) return 3;
    return 4;
  };
  size_t total = 0;
  while (true) {
    size_t offset = 0;
    for (Block* b = u.entry; b; b = b->next) {
      b->offset = static_cast<int>(offset);
      for (auto& ins : b->instrs) offset += instr_size(ins.oparg);
    }
    bool changed = false;
    for (Block* b = u.entry; b; b = b->next) {
      for (auto& ins : b->instrs) {
        if (!ins.target) continue;
        int arg = ins.target->offset;
        if (instr_size(arg) != instr_size(ins.oparg)) changed = true;
        ins.oparg = arg;
      }
    }
    total = offset;
    if (!changed) {
      // One more pass settles targets whose offsets moved with the sizes.
      bool stable = true;
      size_t check = 0;
      for (Block* b = u.entry; b; b = b->next) {
        if (b->offset != static_cast<int>(check)) stable = false;
        for (auto& ins : b->instrs) check += instr_size(ins.oparg);
      }
      if (stable) break;
    }
  }

  // Emit the code, positions and exception table.
  Code* code = make_code();
  code->code = static_cast<uint16_t*>(gc_alloc_atomic(sizeof(uint16_t) * std::max<size_t>(total, 1)));
  code->positions = static_cast<Position*>(gc_alloc_atomic(sizeof(Position) * std::max<size_t>(total, 1)));
  code->code_size = total;
  std::string table;
  size_t pc = 0;
  const Block* range_handler = nullptr;
  size_t range_start = 0;
  auto close_range = [&](size_t end) {
    if (range_handler && end > range_start) {
      ExceptionTableEntry entry;
      entry.start = static_cast<uint32_t>(range_start);
      entry.end = static_cast<uint32_t>(end);
      entry.target = static_cast<uint32_t>(range_handler->offset);
      entry.lasti = range_handler->preserve_lasti;
      entry.depth = static_cast<uint32_t>(range_handler->startdepth - 1 - (entry.lasti ? 1 : 0));
      encode_exception_table_entry(entry, table);
    }
  };
  for (Block* b = u.entry; b; b = b->next) {
    for (auto& ins : b->instrs) {
      if (ins.handler != range_handler) {
        close_range(pc);
        range_handler = ins.handler;
        range_start = pc;
      }
      int size = instr_size(ins.oparg);
      for (int k = size - 1; k >= 1; --k) {
        code->code[pc] = make_instruction(Op::EXTENDED_ARG, static_cast<uint8_t>(ins.oparg >> (8 * k)));
        code->positions[pc] = ins.loc;
        ++pc;
      }
      code->code[pc] = make_instruction(static_cast<Op>(ins.opcode), static_cast<uint8_t>(ins.oparg));
      code->positions[pc] = ins.loc;
      ++pc;
    }
  }
  close_range(pc);
  code->exception_table_size = table.size();
  code->exception_table = static_cast<uint8_t*>(gc_alloc_atomic(std::max<size_t>(table.size(), 1)));
  std::copy(table.begin(), table.end(), code->exception_table);

  // Tables.
  Tuple* consts = make_tuple(u.consts.size());
  for (size_t i = 0; i < u.consts.size(); ++i) (*consts)[i] = const_value(u.consts[i], u);
  Tuple* names = make_tuple(u.names.list.size());
  for (size_t i = 0; i < u.names.list.size(); ++i) (*names)[i] = Value::from_object(intern(u.names.list[i]));
  Tuple* lnames = make_tuple(nlocalsplus);
  auto* kinds = static_cast<uint8_t*>(gc_alloc_atomic(std::max(nlocalsplus, 1)));
  for (int i = 0; i < nlocals; ++i) {
    (*lnames)[i] = Value::from_object(intern(u.varnames.list[i]));
    kinds[i] = kFastLocal;
  }
  for (int i = 0; i < ncells; ++i) {
    int slot = deref_slot[i];
    if (slot < nlocals) {
      kinds[slot] |= kFastCell;
    } else {
      (*lnames)[slot] = Value::from_object(intern(u.cellvars.list[i]));
      kinds[slot] = kFastCell;
    }
  }
  for (int j = 0; j < nfrees; ++j) {
    int slot = deref_slot[ncells + j];
    (*lnames)[slot] = Value::from_object(intern(u.freevars.list[j]));
    kinds[slot] = kFastFree;
  }

  code->argcount = u.argcount + u.posonlyargcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->flags = flags;
  code->stacksize = maxdepth;
  code->firstlineno = u.firstlineno;
  code->nlocalsplus = nlocalsplus;
  code->nlocals = nlocals;
  code->ncellvars = ncells;
  code->nfreevars = nfrees;
  (void)nplaincells;
  code->consts = consts;
  code->names = names;
  code->localsplus_names = lnames;
  code->localsplus_kinds = kinds;
  code->filename = make_str(filename_);
  code->name = intern(u.name);
  code->qualname = make_str(u.qualname);
  return code;
}

}  // namespace krait::codegen
