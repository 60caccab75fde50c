// SipHash-1-3, the str/bytes hash of CPython 3.11 (sys.hash_info.algorithm
// 'siphash13', cutoff 0), keyed as CPython keys it so that hash values match
// for the same PYTHONHASHSEED (DESIGN §7).
#pragma once

#include <cstddef>
#include <cstdint>

namespace krait {

struct HashKey {
  uint64_t k0;
  uint64_t k1;
};

// The process's key, chosen on first use from PYTHONHASHSEED: unset or
// "random" draws it from the system's random source; 0 is the zero key; any
// other seed fills the key bytes from CPython's linear congruential generator.
const HashKey& hash_key();
// Makes hash_key() draw a random key whatever PYTHONHASHSEED says (-E, -I,
// -R); call before the first hash.
void ignore_hash_seed_environment();
// True unless PYTHONHASHSEED=0 (sys.flags.hash_randomization).
bool hash_randomization_enabled();
// The key CPython derives from PYTHONHASHSEED=seed (seed > 0).
HashKey hash_key_from_seed(uint32_t seed);

uint64_t siphash13(const HashKey& key, const void* data, size_t size);

// CPython's _Py_HashBytes: 0 for empty data, never -1.
int64_t hash_bytes(const void* data, size_t size);

// SipHash-1-3 fed piecewise (the hash of a non-ASCII str is taken over its
// code units, which are computed on the fly).
class SipHasher {
 public:
  explicit SipHasher(const HashKey& key);
  void add(const void* data, size_t size);
  void add_byte(uint8_t byte);
  uint64_t finish();

 private:
  void compress(uint64_t word);
  uint64_t v0_, v1_, v2_, v3_;
  uint64_t pending_ = 0;  // bytes not yet compressed, little-endian
  size_t total_ = 0;
};

// The Python hash of a finished SipHash value: never -1.
inline int64_t python_hash_of(uint64_t h, size_t size) {
  if (size == 0) return 0;
  auto x = static_cast<int64_t>(h);
  return x == -1 ? -2 : x;
}

}  // namespace krait
