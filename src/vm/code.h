// Code objects: what the compiler produces and the interpreter runs (DESIGN §8).
//
// The layout follows CPython 3.11's: one "localsplus" array per frame holding
// the fast locals, then the cell variables, then the free variables; each
// name's kind is in `localsplus_kinds`. Python-visible attributes (co_varnames,
// co_cellvars, co_freevars, co_code, co_lines() …) are derived from these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace krait {

struct Dict;

// co_flags, CPython 3.11's values.
enum CodeFlags : uint32_t {
  kCoOptimized = 0x0001,
  kCoNewLocals = 0x0002,
  kCoVarargs = 0x0004,
  kCoVarkeywords = 0x0008,
  kCoNested = 0x0010,
  kCoGenerator = 0x0020,
  kCoNoFree = 0x0040,
  kCoCoroutine = 0x0080,
  kCoIterableCoroutine = 0x0100,
  kCoAsyncGenerator = 0x0200,
  // __future__ flags recorded on code compiled under them.
  kCoFutureDivision = 0x20000,
  kCoFutureAbsoluteImport = 0x40000,
  kCoFutureWithStatement = 0x80000,
  kCoFuturePrintFunction = 0x100000,
  kCoFutureUnicodeLiterals = 0x200000,
  kCoFutureBarryAsBdfl = 0x400000,
  kCoFutureGeneratorStop = 0x800000,
  kCoFutureAnnotations = 0x1000000,
};

// The kind of each localsplus slot (CPython's CO_FAST_*); a parameter that is
// also a cell is kFastLocal | kFastCell.
enum LocalKind : uint8_t {
  kFastLocal = 0x20,
  kFastCell = 0x40,
  kFastFree = 0x80,
};

// The source span of one instruction; -1 where unknown (CPython's None).
struct Position {
  int32_t line = -1;
  int32_t end_line = -1;
  int32_t col = -1;      // UTF-8 byte offsets, as CPython's co_positions()
  int32_t end_col = -1;
};

// What LOAD_GLOBAL last found for one co_names entry: still right while the
// frame's globals and builtins are these dicts at these versions.
struct GlobalCacheEntry {
  Dict* globals;
  Dict* builtins;
  uint64_t globals_version;
  uint64_t builtins_version;
  Value value;
};

struct Code : Object {
  int32_t argcount = 0;
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  uint32_t flags = 0;
  int32_t stacksize = 0;
  int32_t firstlineno = 0;
  int32_t nlocalsplus = 0;  // locals + cells (not also locals) + frees
  int32_t nlocals = 0;      // slots of kind kFastLocal
  int32_t ncellvars = 0;
  int32_t nfreevars = 0;

  // Instruction words (opcodes.h); GC-atomic memory.
  uint16_t* code = nullptr;
  size_t code_size = 0;  // in words
  // One Position per instruction word (GC-atomic).
  Position* positions = nullptr;
  // CPython 3.11's exception table encoding (varint entries of start, length,
  // target, depth<<1|lasti, all in code units); GC-atomic.
  uint8_t* exception_table = nullptr;
  size_t exception_table_size = 0;

  Tuple* consts = nullptr;
  Tuple* names = nullptr;             // co_names
  Tuple* localsplus_names = nullptr;  // str per localsplus slot
  uint8_t* localsplus_kinds = nullptr;  // LocalKind per slot (GC-atomic)
  Str* filename = nullptr;
  Str* name = nullptr;
  Str* qualname = nullptr;
  // One entry per co_names entry, made by the first LOAD_GLOBAL (scanned memory).
  GlobalCacheEntry* global_cache = nullptr;
};

extern Type code_type;

// The line of the instruction word at `index`; -1 when it has none or the
// index is outside the code.
inline int line_at(const Code* code, int64_t index) {
  if (index < 0 || !code->positions || static_cast<size_t>(index) >= code->code_size) return -1;
  return code->positions[index].line;
}

// A new, empty code object (fields filled by the caller).
Code* make_code();
// Readies code_type (start-up).
void init_code_type();

// One entry of the exception table.
struct ExceptionTableEntry {
  uint32_t start = 0;   // first covered code unit
  uint32_t end = 0;     // one past the last covered code unit
  uint32_t target = 0;  // handler
  uint32_t depth = 0;   // stack depth to unwind to
  bool lasti = false;   // push the offset of the raising instruction first
};

// Appends one entry in the 3.11 encoding to `out`.
void encode_exception_table_entry(const ExceptionTableEntry& entry, std::string& out);
// The handler covering `offset`, if any.
bool find_exception_handler(const Code* code, uint32_t offset, ExceptionTableEntry& entry);

}  // namespace krait
