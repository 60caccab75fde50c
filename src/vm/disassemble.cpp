// The disassembler (see disassemble.h). Its format is mirrored by the Python
// side of tests/frontend/check_codegen.py so both can be compared line by line.
#include "vm/disassemble.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/opcodes.h"

namespace krait {

namespace {

std::string const_repr(Value v) {
  if (is_none(v)) return "None";
  if (v.is(make_bool(true))) return "True";
  if (v.is(make_bool(false))) return "False";
  if (v.is(ellipsis())) return "Ellipsis";
  if (v.is_small_int() || (v.is_object() && v.as_object()->type == &int_type)) return int_to_decimal(v);
  if (v.is_double()) return float_repr(v.as_double());
  Object* o = v.as_object();
  if (o->type == &str_type) return str_repr(static_cast<Str*>(o)->view());
  if (o->type == &bytes_type) return bytes_repr(static_cast<Bytes*>(o)->view());
  if (o->type == &complex_type) {
    auto* c = static_cast<Complex*>(o);
    if (c->real == 0 && !std::signbit(c->real)) return float_repr_no_dot_zero(c->imag) + "j";
    std::string imag = float_repr_no_dot_zero(c->imag);
    if (imag[0] != '-') imag = "+" + imag;
    return "(" + float_repr_no_dot_zero(c->real) + imag + "j)";
  }
  if (o->type == &tuple_type) {
    auto* t = static_cast<Tuple*>(o);
    std::string out = "(";
    for (size_t i = 0; i < t->size; ++i) {
      if (i) out += ", ";
      out += const_repr(t->items()[i]);
    }
    if (t->size == 1) out += ",";
    return out + ")";
  }
  if (o->type == &frozenset_type) {
    auto* set = static_cast<Set*>(o);
    if (set_size(set) == 0) return "frozenset()";
    std::string out = "frozenset({";
    size_t pos = 0;
    Value item;
    for (bool first = true; set_next(set, pos, item); first = false) {
      if (!first) out += ", ";
      out += const_repr(item);
    }
    return out + "})";
  }
  if (o->type == &code_type) return "<code " + std::string(static_cast<Code*>(o)->qualname->view()) + ">";
  return "<?>";
}

std::string names_repr(const std::vector<std::string_view>& names) {
  std::string out = "(";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += ", ";
    out += str_repr(names[i]);
  }
  if (names.size() == 1) out += ",";
  return out + ")";
}

std::string pos(int32_t v) { return v < 0 ? "None" : std::to_string(v); }

bool is_jump_op(Op o) {
  switch (o) {
    case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: case Op::FOR_ITER:
    case Op::SEND: case Op::POP_JUMP_FORWARD_IF_FALSE: case Op::POP_JUMP_FORWARD_IF_TRUE:
    case Op::POP_JUMP_FORWARD_IF_NONE: case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
      return true;
    default:
      return false;
  }
}

void summary(const Code* code, std::string& out) {
  std::vector<std::string_view> varnames, cellvars, freevars, names;
  for (int i = 0; i < code->nlocalsplus; ++i) {
    std::string_view name = str_view(code->localsplus_names->items()[i]);
    uint8_t kind = code->localsplus_kinds[i];
    if (kind & kFastLocal) varnames.push_back(name);
    if (kind & kFastCell) cellvars.push_back(name);
    if (kind & kFastFree) freevars.push_back(name);
  }
  for (size_t i = 0; i < code->names->size; ++i) names.push_back(str_view(code->names->items()[i]));
  char head[160];
  std::snprintf(head, sizeof head, " line=%d flags=0x%x argcount=%d posonly=%d kwonly=%d stacksize=%d",
                code->firstlineno, code->flags, code->argcount, code->posonlyargcount,
                code->kwonlyargcount, code->stacksize);
  out += "code " + std::string(code->qualname->view()) + head + " varnames=" + names_repr(varnames) +
         " cellvars=" + names_repr(cellvars) + " freevars=" + names_repr(freevars) +
         " names=" + names_repr(names) + " nconsts=" + std::to_string(code->consts->size) + "\n";
}

void instructions(const Code* code, std::string& out) {
  static const char* kCompare[] = {"<", "<=", "==", "!=", ">", ">="};
  static const char* kBinary[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  struct Decoded {
    size_t offset;
    Op op;
    uint32_t arg;
    Position loc;
  };
  std::vector<Decoded> list;
  uint32_t extended = 0;
  for (size_t pc = 0; pc < code->code_size; ++pc) {
    Op o = instruction_op(code->code[pc]);
    uint32_t arg = extended | instruction_arg(code->code[pc]);
    if (o == Op::EXTENDED_ARG) {
      extended = arg << 8;
      continue;
    }
    extended = 0;
    size_t start = pc;
    while (start > 0 && instruction_op(code->code[start - 1]) == Op::EXTENDED_ARG) --start;
    list.push_back({start, o, arg, code->positions[pc]});
  }
  auto index_of = [&](uint32_t offset) {
    size_t i = 0;
    while (i < list.size() && list[i].offset < offset) ++i;
    return i;
  };
  for (const auto& d : list) {
    std::string arg;
    uint8_t number = static_cast<uint8_t>(d.op);
    if (is_jump_op(d.op)) {
      arg = "L" + std::to_string(index_of(d.arg));
    } else if (d.op == Op::LOAD_CONST || d.op == Op::KW_NAMES) {
      arg = const_repr(code->consts->items()[d.arg]);
    } else if (d.op == Op::LOAD_GLOBAL) {
      arg = std::string(d.arg & 1 ? "NULL + " : "") + std::string(str_view(code->names->items()[d.arg >> 1]));
    } else if (d.op == Op::LOAD_NAME || d.op == Op::STORE_NAME || d.op == Op::DELETE_NAME ||
               d.op == Op::LOAD_ATTR || d.op == Op::STORE_ATTR || d.op == Op::DELETE_ATTR ||
               d.op == Op::STORE_GLOBAL || d.op == Op::DELETE_GLOBAL || d.op == Op::IMPORT_NAME ||
               d.op == Op::IMPORT_FROM || d.op == Op::LOAD_METHOD) {
      arg = std::string(str_view(code->names->items()[d.arg]));
    } else if (d.op == Op::LOAD_FAST || d.op == Op::STORE_FAST || d.op == Op::DELETE_FAST ||
               d.op == Op::MAKE_CELL || d.op == Op::LOAD_CLOSURE || d.op == Op::LOAD_DEREF ||
               d.op == Op::STORE_DEREF || d.op == Op::DELETE_DEREF || d.op == Op::LOAD_CLASSDEREF) {
      arg = std::string(str_view(code->localsplus_names->items()[d.arg]));
    } else if (d.op == Op::COMPARE_OP) {
      arg = d.arg < 6 ? kCompare[d.arg] : "?";
    } else if (d.op == Op::BINARY_OP) {
      arg = d.arg < 13 ? kBinary[d.arg] : d.arg < 26 ? std::string(kBinary[d.arg - 13]) + "=" : "?";
    } else if (number >= kHaveArgument) {
      arg = std::to_string(d.arg);
    }
    const char* name = opcode_name(number);
    out += "   " + std::string(name ? name : "?") + " " + arg + " " + pos(d.loc.line) + ":" +
           pos(d.loc.col) + "-" + pos(d.loc.end_line) + ":" + pos(d.loc.end_col) + "\n";
  }
}

void walk(const Code* code, std::string& out, bool full) {
  summary(code, out);
  if (full) {
    out += "  consts: ";
    for (size_t i = 0; i < code->consts->size; ++i) {
      if (i) out += ", ";
      out += const_repr(code->consts->items()[i]);
    }
    out += "\n";
    instructions(code, out);
  }
  for (size_t i = 0; i < code->consts->size; ++i) {
    Value v = code->consts->items()[i];
    if (v.is_object() && v.as_object()->type == &code_type) walk(static_cast<Code*>(v.as_object()), out, full);
  }
}

}  // namespace

std::string disassemble(const Code* code) {
  std::string out;
  walk(code, out, true);
  return out;
}

std::string code_summary(const Code* code) {
  std::string out;
  walk(code, out, false);
  return out;
}

}  // namespace krait
