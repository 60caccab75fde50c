// The _opcode module. CPython's has only stack_effect(); Krait's also carries
// the instruction table itself, so that lib/opcode.py builds opname, opmap and
// the has* lists from vm/opcodes.def rather than from a copy:
//   _instructions  ((name, number, cache_words), …) in number order
//   _categories    {"hasconst": (numbers…), "hasname": …, "hasjabs": …, …}
//   HAVE_ARGUMENT  the first opcode that uses its argument
#include "modules/opcode.h"

#include <cstdint>

#include "compiler/codegen_internal.h"  // the compiler's stack_effect: one table for both
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "vm/opcodes.h"

namespace krait {

namespace {

// Which lists of the opcode module an instruction belongs to (CPython's
// categories; every jump takes an absolute target, so all are in hasjabs).
enum class ArgumentKind { None, Const, Name, JumpAbsolute, Local, Compare, Free };

ArgumentKind argument_kind(Op op) {
  switch (op) {
    case Op::LOAD_CONST: case Op::KW_NAMES:
      return ArgumentKind::Const;
    case Op::STORE_NAME: case Op::DELETE_NAME: case Op::STORE_ATTR: case Op::DELETE_ATTR:
    case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_NAME: case Op::LOAD_ATTR:
    case Op::IMPORT_NAME: case Op::IMPORT_FROM: case Op::LOAD_GLOBAL: case Op::LOAD_METHOD:
      return ArgumentKind::Name;
    case Op::FOR_ITER: case Op::JUMP_FORWARD: case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: case Op::POP_JUMP_FORWARD_IF_FALSE:
    case Op::POP_JUMP_FORWARD_IF_TRUE: case Op::SEND: case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op::POP_JUMP_FORWARD_IF_NONE: case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::JUMP_BACKWARD:
      return ArgumentKind::JumpAbsolute;
    case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
      return ArgumentKind::Local;
    case Op::COMPARE_OP:
      return ArgumentKind::Compare;
    case Op::MAKE_CELL: case Op::LOAD_CLOSURE: case Op::LOAD_DEREF: case Op::STORE_DEREF:
    case Op::DELETE_DEREF: case Op::LOAD_CLASSDEREF:
      return ArgumentKind::Free;
    default:
      return ArgumentKind::None;
  }
}

constexpr struct {
  const char* list;
  ArgumentKind kind;
} kCategories[] = {
    {"hasconst", ArgumentKind::Const},     {"hasname", ArgumentKind::Name},
    {"hasjabs", ArgumentKind::JumpAbsolute}, {"haslocal", ArgumentKind::Local},
    {"hascompare", ArgumentKind::Compare}, {"hasfree", ArgumentKind::Free},
};

// The compiler's pseudo instructions, numbered -1, -2 … as CPython 3.11
// numbers them for stack_effect(); Krait's are 256, 257 … in the same order.
constexpr int kPseudoCount = codegen::kPopJumpIfNotNone - codegen::kSetupFinally + 1;

[[noreturn]] void invalid_stack_effect(const char* why) {
  throw_value_error(std::string("stack_effect: ") + why);
}

int c_int_argument(Value v) {
  int64_t i = index_as_ssize_clamped(v);
  if (i < INT32_MIN || i > INT32_MAX) throw_overflow_error("Python int too large to convert to C int");
  return static_cast<int>(i);
}

// stack_effect(opcode, oparg=None, /, *, jump=None)
Value opcode_stack_effect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"stack_effect", {"opcode", "oparg", "jump"}, 1, 2, 2}, args, nargs, kwnames, bound);
  int opcode = c_int_argument(bound[0]);
  bool has_oparg = !bound[1].is_null() && !is_none(bound[1]);
  if (opcode >= kHaveArgument && !has_oparg) {
    invalid_stack_effect("opcode requires oparg but oparg was not specified");
  }
  if (opcode < kHaveArgument && has_oparg) {
    invalid_stack_effect("opcode does not permit oparg but oparg was specified");
  }
  int oparg = has_oparg ? c_int_argument(bound[1]) : 0;
  Value jump = bound[2];
  if (!jump.is_null() && !is_none(jump) && !jump.is(make_bool(true)) && !jump.is(make_bool(false))) {
    invalid_stack_effect("jump must be False, True or None");
  }
  int compiler_opcode;
  if (opcode < 0 && opcode >= -kPseudoCount) {
    compiler_opcode = codegen::kSetupFinally - 1 - opcode;
  } else if (opcode >= 0 && opcode < 256 && opcode_name(static_cast<uint8_t>(opcode))) {
    compiler_opcode = opcode;
  } else {
    throw_value_error("invalid opcode or oparg");
  }
  int if_jumping = codegen::stack_effect(compiler_opcode, oparg, true);
  int if_not_jumping = codegen::stack_effect(compiler_opcode, oparg, false);
  if (jump.is(make_bool(true))) return make_int(if_jumping);
  if (jump.is(make_bool(false))) return make_int(if_not_jumping);
  return make_int(if_jumping > if_not_jumping ? if_jumping : if_not_jumping);
}

void set(Module* module, const char* name, Value value) { dict_set_str(module->dict, intern(name), value); }

}  // namespace

Module* create_opcode_module() {
  Module* module = make_module(intern("_opcode"));
  add_functions(module, {{"stack_effect", opcode_stack_effect, kMethodInstance,
                          "Compute the stack effect of the opcode."}});
  List* instructions = make_list();
  Dict* categories = make_dict();
  List* members[sizeof kCategories / sizeof kCategories[0]];
  for (size_t i = 0; i < sizeof kCategories / sizeof kCategories[0]; ++i) members[i] = make_list();
#define KRAIT_OPCODE(name, number, cache)                                                        \
  list_append(instructions, Value::from_object(make_tuple(                                       \
                                {str_value(#name), make_int(number), make_int(cache)})));        \
  for (size_t i = 0; i < sizeof kCategories / sizeof kCategories[0]; ++i) {                      \
    if (argument_kind(Op::name) == kCategories[i].kind) list_append(members[i], make_int(number)); \
  }
#include "vm/opcodes.def"
#undef KRAIT_OPCODE
  for (size_t i = 0; i < sizeof kCategories / sizeof kCategories[0]; ++i) {
    dict_set_str(categories, intern(kCategories[i].list),
                 Value::from_object(tuple_from_iterable(Value::from_object(members[i]))));
  }
  set(module, "_instructions", Value::from_object(tuple_from_iterable(Value::from_object(instructions))));
  set(module, "_categories", Value::from_object(categories));
  set(module, "HAVE_ARGUMENT", make_int(kHaveArgument));
  return module;
}

}  // namespace krait
