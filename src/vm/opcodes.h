// The instruction set (opcodes.def) as an enum, and instruction words.
#pragma once

#include <cstdint>

namespace krait {

enum class Op : uint8_t {
#define KRAIT_OPCODE(name, number, cache) name = number,
#include "vm/opcodes.def"
#undef KRAIT_OPCODE
};

inline constexpr uint8_t kHaveArgument = 90;

// One instruction word: opcode in the low byte, argument in the high byte.
inline constexpr uint16_t make_instruction(Op op, uint8_t arg) {
  return static_cast<uint16_t>(static_cast<uint8_t>(op) | (arg << 8));
}
inline constexpr Op instruction_op(uint16_t word) { return static_cast<Op>(word & 0xFF); }
inline constexpr uint8_t instruction_arg(uint16_t word) { return static_cast<uint8_t>(word >> 8); }

// The name of an opcode ("LOAD_FAST"), or null for an unused number.
const char* opcode_name(uint8_t opcode);
// Inline-cache words following the instruction (all 0 until quickening).
int opcode_cache_words(uint8_t opcode);

}  // namespace krait
