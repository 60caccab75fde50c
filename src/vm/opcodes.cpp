#include "vm/opcodes.h"

namespace krait {

namespace {

struct OpcodeInfo {
  const char* name = nullptr;
  int cache_words = 0;
};

struct OpcodeTable {
  OpcodeInfo entries[256];
  constexpr OpcodeTable() {
#define KRAIT_OPCODE(name, number, cache) entries[number] = OpcodeInfo{#name, cache};
#include "vm/opcodes.def"
#undef KRAIT_OPCODE
  }
};

constexpr OpcodeTable kOpcodes;

}  // namespace

const char* opcode_name(uint8_t opcode) { return kOpcodes.entries[opcode].name; }

int opcode_cache_words(uint8_t opcode) { return kOpcodes.entries[opcode].cache_words; }

}  // namespace krait
