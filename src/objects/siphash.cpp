// SipHash-1-3 (one compression round per word, three finalisation rounds) and
// CPython's choice of key.
#include "objects/siphash.h"

#include <sys/random.h>

#include <bit>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace krait {

namespace {

constexpr uint64_t kInit0 = 0x736f6d6570736575ull;
constexpr uint64_t kInit1 = 0x646f72616e646f6dull;
constexpr uint64_t kInit2 = 0x6c7967656e657261ull;
constexpr uint64_t kInit3 = 0x7465646279746573ull;

inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1;
  v2 += v3;
  v1 = std::rotl(v1, 13) ^ v0;
  v3 = std::rotl(v3, 16) ^ v2;
  v0 = std::rotl(v0, 32);
  v2 += v1;
  v0 += v3;
  v1 = std::rotl(v1, 17) ^ v2;
  v3 = std::rotl(v3, 21) ^ v0;
  v2 = std::rotl(v2, 32);
}

inline uint64_t load_le64(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
  return word;
}

struct KeyState {
  HashKey key{0, 0};
  bool randomized = true;
};

// Parses PYTHONHASHSEED as CPython accepts it: "random", or a decimal integer
// in [0, 4294967295]; anything else falls back to a random key.
bool parse_seed(const char* text, uint32_t& seed) {
  if (!text || !*text || std::string_view(text) == "random") return false;
  errno = 0;
  char* end = nullptr;
  unsigned long long value = std::strtoull(text, &end, 10);
  if (errno || *end || value > 0xFFFFFFFFull || *text == '-') return false;
  seed = static_cast<uint32_t>(value);
  return true;
}

bool seed_from_environment = true;

KeyState make_key_state() {
  KeyState state;
  uint32_t seed;
  if (seed_from_environment && parse_seed(std::getenv("PYTHONHASHSEED"), seed)) {
    state.randomized = seed != 0;
    if (seed != 0) state.key = hash_key_from_seed(seed);
    return state;
  }
  unsigned char bytes[16];
  size_t filled = 0;
  while (filled < sizeof bytes) {
    ssize_t got = getrandom(bytes + filled, sizeof bytes - filled, 0);
    if (got > 0) {
      filled += static_cast<size_t>(got);
    } else if (errno != EINTR) {
      std::abort();
    }
  }
  state.key = {load_le64(bytes), load_le64(bytes + 8)};
  return state;
}

const KeyState& key_state() {
  static const KeyState state = make_key_state();
  return state;
}

}  // namespace

const HashKey& hash_key() { return key_state().key; }

void ignore_hash_seed_environment() { seed_from_environment = false; }

bool hash_randomization_enabled() { return key_state().randomized; }

HashKey hash_key_from_seed(uint32_t seed) {
  // CPython fills its whole 24-byte secret from this generator; SipHash's key
  // is the first 16 bytes.
  unsigned char bytes[16];
  uint32_t x = seed;
  for (unsigned char& byte : bytes) {
    x = x * 214013u + 2531011u;
    byte = static_cast<unsigned char>((x >> 16) & 0xFF);
  }
  return {load_le64(bytes), load_le64(bytes + 8)};
}

uint64_t siphash13(const HashKey& key, const void* data, size_t size) {
  const auto* in = static_cast<const unsigned char*>(data);
  uint64_t v0 = key.k0 ^ kInit0, v1 = key.k1 ^ kInit1;
  uint64_t v2 = key.k0 ^ kInit2, v3 = key.k1 ^ kInit3;
  size_t remaining = size;
  while (remaining >= 8) {
    uint64_t word = load_le64(in);
    v3 ^= word;
    sip_round(v0, v1, v2, v3);
    v0 ^= word;
    in += 8;
    remaining -= 8;
  }
  uint64_t last = static_cast<uint64_t>(size) << 56;
  for (size_t i = 0; i < remaining; ++i) last |= static_cast<uint64_t>(in[i]) << (8 * i);
  v3 ^= last;
  sip_round(v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xFF;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const void* data, size_t size) {
  if (size == 0) return 0;
  return python_hash_of(siphash13(hash_key(), data, size), size);
}

SipHasher::SipHasher(const HashKey& key)
    : v0_(key.k0 ^ kInit0), v1_(key.k1 ^ kInit1), v2_(key.k0 ^ kInit2), v3_(key.k1 ^ kInit3) {}

void SipHasher::compress(uint64_t word) {
  v3_ ^= word;
  sip_round(v0_, v1_, v2_, v3_);
  v0_ ^= word;
}

void SipHasher::add_byte(uint8_t byte) {
  pending_ |= static_cast<uint64_t>(byte) << (8 * (total_ & 7));
  ++total_;
  if ((total_ & 7) == 0) {
    compress(pending_);
    pending_ = 0;
  }
}

void SipHasher::add(const void* data, size_t size) {
  const auto* in = static_cast<const unsigned char*>(data);
  while (size > 0 && (total_ & 7) != 0) {
    add_byte(*in++);
    --size;
  }
  while (size >= 8) {
    compress(load_le64(in));
    in += 8;
    size -= 8;
    total_ += 8;
  }
  while (size > 0) {
    add_byte(*in++);
    --size;
  }
}

uint64_t SipHasher::finish() {
  uint64_t last = pending_ | (static_cast<uint64_t>(total_) << 56);
  compress(last);
  v2_ ^= 0xFF;
  sip_round(v0_, v1_, v2_, v3_);
  sip_round(v0_, v1_, v2_, v3_);
  sip_round(v0_, v1_, v2_, v3_);
  return (v0_ ^ v1_) ^ (v2_ ^ v3_);
}

}  // namespace krait
