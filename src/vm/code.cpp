// Code objects: allocation, the Python-visible attributes (co_*, co_lines(),
// co_positions(), replace()) and CPython 3.11's exception-table encoding.
#include "vm/code.h"

#include <cstring>
#include <new>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type code_type;

Code* make_code() {
  void* memory = gc_alloc(sizeof(Code));
  Code* code = new (memory) Code();
  code->type = &code_type;
  return code;
}


namespace {

// Six bits per byte, most significant first, 0x40 on every byte but the last.
void write_varint(std::string& out, uint32_t value, uint8_t first_mark) {
  int shift = 0;
  while ((value >> shift) >= 64 && shift < 30) shift += 6;
  bool first = true;
  for (; shift > 0; shift -= 6) {
    out.push_back(static_cast<char>(((value >> shift) & 0x3F) | 0x40 | (first ? first_mark : 0)));
    first = false;
  }
  out.push_back(static_cast<char>((value & 0x3F) | (first ? first_mark : 0)));
}

uint32_t read_varint(const uint8_t*& p) {
  uint32_t value = *p & 0x3F;
  while (*p & 0x40) {
    ++p;
    value = (value << 6) | (*p & 0x3F);
  }
  ++p;
  return value;
}

}  // namespace

void encode_exception_table_entry(const ExceptionTableEntry& entry, std::string& out) {
  write_varint(out, entry.start, 0x80);
  write_varint(out, entry.end - entry.start, 0);
  write_varint(out, entry.target, 0);
  write_varint(out, (entry.depth << 1) | (entry.lasti ? 1 : 0), 0);
}

bool find_exception_handler(const Code* code, uint32_t offset, ExceptionTableEntry& entry) {
  const uint8_t* p = code->exception_table;
  const uint8_t* end = p + code->exception_table_size;
  while (p < end) {
    uint32_t start = read_varint(p);
    uint32_t size = read_varint(p);
    uint32_t target = read_varint(p);
    uint32_t depth_lasti = read_varint(p);
    if (offset < start) return false;
    if (offset < start + size) {
      entry.start = start;
      entry.end = start + size;
      entry.target = target;
      entry.depth = depth_lasti >> 1;
      entry.lasti = depth_lasti & 1;
      return true;
    }
  }
  return false;
}

namespace {

Code* as_code(Value v) { return v.as<Code>(); }

// The localsplus names whose kind has any of the bits of `kind`.
Value names_of_kind(const Code* code, uint8_t kind) {
  size_t count = 0;
  for (int i = 0; i < code->nlocalsplus; ++i) count += (code->localsplus_kinds[i] & kind) != 0;
  Tuple* names = make_tuple(count);
  size_t n = 0;
  for (int i = 0; i < code->nlocalsplus; ++i) {
    if (code->localsplus_kinds[i] & kind) (*names)[n++] = code->localsplus_names->items()[i];
  }
  return Value::from_object(names);
}

Value or_none(int32_t v) { return v < 0 ? none() : make_int(v); }

Value code_get_argcount(Value self) { return make_int(as_code(self)->argcount); }
Value code_get_posonlyargcount(Value self) { return make_int(as_code(self)->posonlyargcount); }
Value code_get_kwonlyargcount(Value self) { return make_int(as_code(self)->kwonlyargcount); }
Value code_get_nlocals(Value self) { return make_int(as_code(self)->nlocals); }
Value code_get_stacksize(Value self) { return make_int(as_code(self)->stacksize); }
Value code_get_flags(Value self) { return make_int(as_code(self)->flags); }
Value code_get_firstlineno(Value self) { return make_int(as_code(self)->firstlineno); }
Value code_get_name(Value self) { return Value::from_object(as_code(self)->name); }
Value code_get_qualname(Value self) { return Value::from_object(as_code(self)->qualname); }
Value code_get_filename(Value self) { return Value::from_object(as_code(self)->filename); }
Value code_get_consts(Value self) { return Value::from_object(as_code(self)->consts); }
Value code_get_names(Value self) { return Value::from_object(as_code(self)->names); }
Value code_get_varnames(Value self) { return names_of_kind(as_code(self), kFastLocal); }
Value code_get_cellvars(Value self) { return names_of_kind(as_code(self), kFastCell); }
Value code_get_freevars(Value self) { return names_of_kind(as_code(self), kFastFree); }

Value code_get_code(Value self) {
  Code* code = as_code(self);
  std::string bytes(code->code_size * 2, '\0');
  for (size_t i = 0; i < code->code_size; ++i) {
    // Little-endian words: the opcode byte, then its argument byte.
    bytes[2 * i] = static_cast<char>(code->code[i] & 0xFF);
    bytes[2 * i + 1] = static_cast<char>(code->code[i] >> 8);
  }
  return Value::from_object(make_bytes(bytes));
}

// co_lnotab, the pre-3.10 line table CPython still derives: (bytecode
// delta, signed line delta) byte pairs at each change of line, long deltas
// split into several pairs; instructions without a line keep the last one.
Value code_get_lnotab(Value self) {
  Code* code = as_code(self);
  std::string table;
  auto emit = [&table](int64_t bytecode_delta, int64_t line_delta) {
    table.push_back(static_cast<char>(bytecode_delta));
    table.push_back(static_cast<char>(static_cast<int8_t>(line_delta)));
  };
  int64_t line = code->firstlineno;
  int64_t offset = 0;
  for (size_t i = 0; i < code->code_size; ++i) {
    int64_t next_line = code->positions[i].line;
    if (next_line < 0 || next_line == line) continue;
    int64_t bytecode_delta = static_cast<int64_t>(2 * i) - offset;
    int64_t line_delta = next_line - line;
    for (; bytecode_delta > 255; bytecode_delta -= 255) emit(255, 0);
    for (; line_delta > 127; line_delta -= 127, bytecode_delta = 0) emit(bytecode_delta, 127);
    for (; line_delta < -128; line_delta += 128, bytecode_delta = 0) emit(bytecode_delta, -128);
    emit(bytecode_delta, line_delta);
    offset = static_cast<int64_t>(2 * i);
    line = next_line;
  }
  return Value::from_object(make_bytes(table));
}

// _varname_from_oparg(oparg): the name of a local, cell or free slot, as
// dis uses it.
Value code_varname_from_oparg(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value oparg;
  bind_arguments({"_varname_from_oparg", {"oparg"}, 1}, args, nargs, kwnames, &oparg);
  Code* code = as_code(self);
  int64_t index = index_as_ssize(oparg);
  if (index < 0 || index >= code->nlocalsplus) throw_index_error("tuple index out of range");
  return (*code->localsplus_names)[static_cast<size_t>(index)];
}

Value code_get_exceptiontable(Value self) {
  Code* code = as_code(self);
  return Value::from_object(make_bytes(std::string_view(
      reinterpret_cast<const char*>(code->exception_table), code->exception_table_size)));
}

Value code_get_linetable(Value self) {
  // Krait's own encoding: the Position array as stored.
  Code* code = as_code(self);
  return Value::from_object(make_bytes(std::string_view(
      reinterpret_cast<const char*>(code->positions), code->code_size * sizeof(Position))));
}

// co_lines(): (start, end, line) per instruction word, in bytes as CPython
// counts them (two per code unit); line None where unknown.
Value code_lines(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("co_lines", kwnames);
  check_positional("co_lines", nargs, 0, 0);
  Code* code = as_code(self);
  List* lines = make_list();
  for (size_t i = 0; i < code->code_size; ++i) {
    int64_t start = static_cast<int64_t>(2 * i);
    list_append(lines, Value::from_object(make_tuple(
                           {make_int(start), make_int(start + 2), or_none(code->positions[i].line)})));
  }
  return make_sequence_iterator(Value::from_object(lines));
}

// co_positions(): (line, end_line, col, end_col) per instruction word.
Value code_positions(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("co_positions", kwnames);
  check_positional("co_positions", nargs, 0, 0);
  Code* code = as_code(self);
  List* positions = make_list();
  for (size_t i = 0; i < code->code_size; ++i) {
    const Position& p = code->positions[i];
    list_append(positions, Value::from_object(make_tuple(
                               {or_none(p.line), or_none(p.end_line), or_none(p.col), or_none(p.end_col)})));
  }
  return make_sequence_iterator(Value::from_object(positions));
}

int32_t int_argument(Value v) {
  int64_t i = index_as_ssize(v);
  if (i < INT32_MIN || i > INT32_MAX) throw_overflow_error("Python int too large to convert to C int");
  return static_cast<int32_t>(i);
}

[[noreturn]] void wrong_argument_type(std::string_view name, std::string_view expected, Value v) {
  throw_type_error("replace() argument '" + std::string(name) + "' must be " + std::string(expected) +
                   ", not " + type_name(v));
}

Str* str_argument(std::string_view name, Value v) {
  if (!is_str(v)) wrong_argument_type(name, "str", v);
  return v.as<Str>();
}

Tuple* tuple_argument(std::string_view name, Value v) {
  if (!is_tuple(v)) wrong_argument_type(name, "tuple", v);
  return v.as<Tuple>();
}

// Renames the localsplus slots of one kind, in order.
void replace_names(Code* code, uint8_t kind, std::string_view name, Value v) {
  Tuple* names = tuple_argument(name, v);
  size_t slots = names_of_kind(code, kind).as<Tuple>()->size;
  if (names->size != slots) {
    throw_value_error("code: " + std::string(name) + (names->size < slots ? " is too small" : " is too large"));
  }
  Tuple* all = make_tuple(code->localsplus_names->items(), code->localsplus_names->size);
  size_t n = 0;
  for (int i = 0; i < code->nlocalsplus; ++i) {
    if (!(code->localsplus_kinds[i] & kind)) continue;
    Value item = (*names)[n++];
    if (!is_str(item)) {
      throw_type_error("name tuples must contain only strings, not '" + type_name(item) + "'");
    }
    (*all)[i] = item;
  }
  code->localsplus_names = all;
}

Value code_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 0) throw_type_error("replace() takes no positional arguments");
  Code* code = make_code();
  std::memcpy(static_cast<void*>(code), as_code(self), sizeof(Code));
  size_t count = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < count; ++k) {
    std::string_view key = str_view((*kwnames)[k]);
    Value v = args[k];
    if (key == "co_argcount") code->argcount = int_argument(v);
    else if (key == "co_posonlyargcount") code->posonlyargcount = int_argument(v);
    else if (key == "co_kwonlyargcount") code->kwonlyargcount = int_argument(v);
    else if (key == "co_nlocals") code->nlocals = int_argument(v);
    else if (key == "co_stacksize") code->stacksize = int_argument(v);
    else if (key == "co_flags") code->flags = static_cast<uint32_t>(int_argument(v));
    else if (key == "co_firstlineno") code->firstlineno = int_argument(v);
    else if (key == "co_name") code->name = str_argument(key, v);
    else if (key == "co_qualname") code->qualname = str_argument(key, v);
    else if (key == "co_filename") code->filename = str_argument(key, v);
    else if (key == "co_consts") code->consts = tuple_argument(key, v);
    else if (key == "co_names") code->names = tuple_argument(key, v);
    else if (key == "co_varnames") replace_names(code, kFastLocal, key, v);
    else if (key == "co_cellvars") replace_names(code, kFastCell, key, v);
    else if (key == "co_freevars") replace_names(code, kFastFree, key, v);
    else if (key == "co_code") {
      if (!is_bytes(v)) wrong_argument_type(key, "bytes", v);
      std::string_view bytes = v.as<Bytes>()->view();
      size_t words = bytes.size() / 2;
      auto* instructions = static_cast<uint16_t*>(gc_alloc_atomic(words * sizeof(uint16_t) + 1));
      for (size_t i = 0; i < words; ++i) {
        instructions[i] = static_cast<uint16_t>(static_cast<uint8_t>(bytes[2 * i]) |
                                                (static_cast<uint8_t>(bytes[2 * i + 1]) << 8));
      }
      // Positions follow the instructions; new words have none.
      auto* positions = static_cast<Position*>(gc_alloc_atomic(words * sizeof(Position) + 1));
      for (size_t i = 0; i < words; ++i) {
        positions[i] = i < code->code_size ? code->positions[i] : Position{};
      }
      code->code = instructions;
      code->positions = positions;
      code->code_size = words;
    } else if (key == "co_linetable" || key == "co_exceptiontable") {
      if (!is_bytes(v)) wrong_argument_type(key, "bytes", v);
      if (key == "co_exceptiontable") {
        std::string_view bytes = v.as<Bytes>()->view();
        auto* table = static_cast<uint8_t*>(gc_alloc_atomic(bytes.size() + 1));
        std::memcpy(table, bytes.data(), bytes.size());
        code->exception_table = table;
        code->exception_table_size = bytes.size();
      }
    } else {
      throw_type_error("'" + std::string(key) + "' is an invalid keyword argument for replace()");
    }
  }
  return Value::from_object(code);
}

Value code_repr(Value self) {
  Code* code = as_code(self);
  return str_value(format("<code object %s at %p, file \"%s\", line %d>",
                          std::string(code->name->view()).c_str(), static_cast<void*>(code),
                          std::string(code->filename->view()).c_str(), code->firstlineno));
}

// Constants compare by type as well as value (1, 1.0 and True differ), as
// CPython's code equality does.
bool same_constants(Tuple* a, Tuple* b) {
  if (a->size != b->size) return false;
  for (size_t i = 0; i < a->size; ++i) {
    Value x = (*a)[i], y = (*b)[i];
    if (x.is(y)) continue;
    if (type_of(x) != type_of(y)) return false;
    if (x.is_double()) {
      double dx = x.as_double(), dy = y.as_double();
      if (std::memcmp(&dx, &dy, sizeof dx) != 0) return false;
      continue;
    }
    if (is_exact_tuple(x)) {
      if (!same_constants(x.as<Tuple>(), y.as<Tuple>())) return false;
      continue;
    }
    if (!equals(x, y)) return false;
  }
  return true;
}

bool same_positions(const Code* a, const Code* b) {
  for (size_t i = 0; i < a->code_size; ++i) {
    const Position& p = a->positions[i];
    const Position& q = b->positions[i];
    if (p.line != q.line || p.end_line != q.end_line || p.col != q.col || p.end_col != q.end_col) {
      return false;
    }
  }
  return true;
}

bool code_equal(const Code* a, const Code* b) {
  if (a == b) return true;
  return str_equal(a->name, b->name) && a->argcount == b->argcount &&
         a->posonlyargcount == b->posonlyargcount && a->kwonlyargcount == b->kwonlyargcount &&
         a->flags == b->flags && a->firstlineno == b->firstlineno &&
         a->code_size == b->code_size &&
         std::memcmp(a->code, b->code, a->code_size * sizeof(uint16_t)) == 0 &&
         same_constants(a->consts, b->consts) && equals(Value::from_object(a->names), Value::from_object(b->names)) &&
         equals(Value::from_object(a->localsplus_names), Value::from_object(b->localsplus_names)) &&
         same_positions(a, b) && a->exception_table_size == b->exception_table_size &&
         std::memcmp(a->exception_table, b->exception_table, a->exception_table_size) == 0;
}

Value code_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(other) != &code_type) {
    return not_implemented();
  }
  bool equal = code_equal(as_code(self), as_code(other));
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t code_hash(Value self) {
  // From the fields code_equal compares (equal codes hash alike).
  Code* code = as_code(self);
  Value fields[] = {Value::from_object(code->name),
                    Value::from_object(code->names),
                    Value::from_object(code->localsplus_names),
                    make_int(code->argcount),
                    make_int(code->posonlyargcount),
                    make_int(code->kwonlyargcount),
                    make_int(code->flags),
                    make_int(code->firstlineno),
                    make_int(static_cast<int64_t>(code->code_size))};
  int64_t h = tuple_hash(fields, sizeof fields / sizeof fields[0]);
  return h == -1 ? -2 : h;
}

}  // namespace

void init_code_type() {
  code_type.repr = code_repr;
  code_type.richcompare = code_richcompare;
  code_type.hash = code_hash;
  init_static_type(&code_type, "code", nullptr, sizeof(Code), kTypeImmutable);
  code_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_getsets(&code_type, {
                              {"co_argcount", code_get_argcount},
                              {"co_posonlyargcount", code_get_posonlyargcount},
                              {"co_kwonlyargcount", code_get_kwonlyargcount},
                              {"co_nlocals", code_get_nlocals},
                              {"co_stacksize", code_get_stacksize},
                              {"co_flags", code_get_flags},
                              {"co_firstlineno", code_get_firstlineno},
                              {"co_name", code_get_name},
                              {"co_qualname", code_get_qualname},
                              {"co_filename", code_get_filename},
                              {"co_consts", code_get_consts},
                              {"co_names", code_get_names},
                              {"co_varnames", code_get_varnames},
                              {"co_cellvars", code_get_cellvars},
                              {"co_freevars", code_get_freevars},
                              {"co_code", code_get_code},
                              {"_co_code_adaptive", code_get_code},
                              {"co_lnotab", code_get_lnotab},
                              {"co_exceptiontable", code_get_exceptiontable},
                              {"co_linetable", code_get_linetable},
                          });
  add_methods(&code_type, {
                              {"co_lines", code_lines},
                              {"co_positions", code_positions},
                              {"replace", code_replace},
                              {"_varname_from_oparg", code_varname_from_oparg},
                          });
}

}  // namespace krait
