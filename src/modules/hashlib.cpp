// The hash modules beneath hashlib. `_hashlib` wraps OpenSSL's EVP digests
// (HASH and HASHXOF objects, pbkdf2_hmac, hmac_digest, compare_digest);
// `_md5`, `_sha1`, `_sha256`, `_sha512` and `_sha3` give the same digests
// under the names and types of CPython's own implementations; `_blake2` is
// an own BLAKE2b/BLAKE2s, since OpenSSL's takes no key, salt, personalisation
// or tree parameters.
//
// EVP contexts are malloc'd by OpenSSL: a collector finaliser frees them.
#include "modules/hashlib.h"

#include <gc/gc.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <utility>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Value wrap(Object* o) { return Value::from_object(o); }

// --- BLAKE2 (RFC 7693), both widths ---

template <class Word>
struct Blake2Traits;
template <>
struct Blake2Traits<uint64_t> {
  static constexpr size_t kBlock = 128, kMaxDigest = 64, kSalt = 16, kRounds = 12;
  static constexpr int kRotations[4] = {32, 24, 16, 63};
  static constexpr uint64_t kIV[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull,
                                      0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                                      0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                                      0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
};
template <>
struct Blake2Traits<uint32_t> {
  static constexpr size_t kBlock = 64, kMaxDigest = 32, kSalt = 8, kRounds = 10;
  static constexpr int kRotations[4] = {16, 12, 8, 7};
  static constexpr uint32_t kIV[8] = {0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                                      0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u};
};

constexpr uint8_t kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

template <class Word>
Word load_le(const unsigned char* p) {
  Word w = 0;
  for (size_t i = 0; i < sizeof(Word); ++i) w |= static_cast<Word>(p[i]) << (8 * i);
  return w;
}

template <class Word>
Word rotate_right(Word w, int n) {
  return static_cast<Word>((w >> n) | (w << (sizeof(Word) * 8 - n)));
}

// The state is plain data: it lives in GC-atomic memory and copies with memcpy.
template <class Word>
struct Blake2State {
  using T = Blake2Traits<Word>;
  Word h[8];
  Word counter[2];
  Word final_flags[2];
  unsigned char buffer[T::kBlock];
  size_t buffered;
  size_t digest_size;

  void compress(const unsigned char* block, Word bytes) {
    counter[0] += bytes;
    if (counter[0] < bytes) ++counter[1];
    Word m[16], v[16];
    for (int i = 0; i < 16; ++i) m[i] = load_le<Word>(block + i * sizeof(Word));
    for (int i = 0; i < 8; ++i) {
      v[i] = h[i];
      v[i + 8] = T::kIV[i];
    }
    v[12] ^= counter[0];
    v[13] ^= counter[1];
    v[14] ^= final_flags[0];
    v[15] ^= final_flags[1];
    auto mix = [&](int a, int b, int c, int d, Word x, Word y) {
      v[a] = v[a] + v[b] + x;
      v[d] = rotate_right<Word>(v[d] ^ v[a], T::kRotations[0]);
      v[c] = v[c] + v[d];
      v[b] = rotate_right<Word>(v[b] ^ v[c], T::kRotations[1]);
      v[a] = v[a] + v[b] + y;
      v[d] = rotate_right<Word>(v[d] ^ v[a], T::kRotations[2]);
      v[c] = v[c] + v[d];
      v[b] = rotate_right<Word>(v[b] ^ v[c], T::kRotations[3]);
    };
    for (size_t round = 0; round < T::kRounds; ++round) {
      const uint8_t* s = kSigma[round];
      mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
      mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
      mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
      mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
      mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
      mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
      mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
      mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
  }

  // The last block is kept back until the digest, which flags it as last.
  void update(const unsigned char* data, size_t size) {
    while (size > 0) {
      if (buffered == T::kBlock) {
        compress(buffer, T::kBlock);
        buffered = 0;
      }
      size_t take = std::min(size, T::kBlock - buffered);
      std::memcpy(buffer + buffered, data, take);
      buffered += take;
      data += take;
      size -= take;
    }
  }

  std::string digest(bool last_node) const {
    Blake2State copy = *this;
    copy.final_flags[0] = ~Word{0};
    if (last_node) copy.final_flags[1] = ~Word{0};
    std::memset(copy.buffer + copy.buffered, 0, T::kBlock - copy.buffered);
    copy.compress(copy.buffer, static_cast<Word>(copy.buffered));
    std::string out(8 * sizeof(Word), '\0');
    for (size_t i = 0; i < out.size(); ++i) {
      out[i] = static_cast<char>(copy.h[i / sizeof(Word)] >> (8 * (i % sizeof(Word))));
    }
    out.resize(digest_size);
    return out;
  }
};

struct Blake2Parameters {
  size_t digest_size;
  std::string_view key, salt, person;
  unsigned fanout, depth, node_depth, inner_size;
  uint64_t leaf_size, node_offset;
};

template <class Word>
void blake2_init(Blake2State<Word>* state, const Blake2Parameters& p) {
  using T = Blake2Traits<Word>;
  // The parameter block, little-endian; BLAKE2s has 6 bytes of node offset
  // where BLAKE2b has 8 and reserved bytes.
  unsigned char block[8 * sizeof(Word)] = {};
  block[0] = static_cast<unsigned char>(p.digest_size);
  block[1] = static_cast<unsigned char>(p.key.size());
  block[2] = static_cast<unsigned char>(p.fanout);
  block[3] = static_cast<unsigned char>(p.depth);
  for (int i = 0; i < 4; ++i) block[4 + i] = static_cast<unsigned char>(p.leaf_size >> (8 * i));
  size_t offset_bytes = sizeof(Word) == 8 ? 8 : 6;
  for (size_t i = 0; i < offset_bytes; ++i) {
    block[8 + i] = static_cast<unsigned char>(p.node_offset >> (8 * i));
  }
  block[8 + offset_bytes] = static_cast<unsigned char>(p.node_depth);
  block[9 + offset_bytes] = static_cast<unsigned char>(p.inner_size);
  size_t salt_at = sizeof(block) - 2 * T::kSalt;
  if (!p.salt.empty()) std::memcpy(block + salt_at, p.salt.data(), p.salt.size());
  if (!p.person.empty()) std::memcpy(block + salt_at + T::kSalt, p.person.data(), p.person.size());
  for (int i = 0; i < 8; ++i) state->h[i] = T::kIV[i] ^ load_le<Word>(block + i * sizeof(Word));
  state->counter[0] = state->counter[1] = 0;
  state->final_flags[0] = state->final_flags[1] = 0;
  state->buffered = 0;
  state->digest_size = p.digest_size;
  if (!p.key.empty()) {
    unsigned char key_block[T::kBlock] = {};
    std::memcpy(key_block, p.key.data(), p.key.size());  // non-empty here
    state->update(key_block, T::kBlock);
  }
}

// --- hash objects ---

struct HashObject : Object {
  const char* name;        // the algorithm's Python name ("sha256", "blake2b")
  EVP_MD_CTX* context;     // OpenSSL-backed hashes
  void* blake2;            // Blake2State<uint64_t or uint32_t>, GC-atomic
  bool blake2_wide;        // BLAKE2b
  bool last_node;
};

Type evp_hash_type;      // _hashlib.HASH
Type evp_xof_type;       // _hashlib.HASHXOF
Type md5_type, sha1_type, sha224_type, sha256_type, sha384_type, sha512_type;
Type sha3_224_type, sha3_256_type, sha3_384_type, sha3_512_type, shake_128_type, shake_256_type;
Type blake2b_type, blake2s_type;

Type* unsupported_digestmod_error = nullptr;

HashObject* as_hash(Value v) { return static_cast<HashObject*>(v.as_object()); }

// The hash and HMAC objects that own an OpenSSL context (malloc memory),
// so that exit can free the contexts of those still alive or never
// collected. Addresses only, in memory the collector does not scan: the set
// must not keep an object alive (an unreachable one frees its context in its
// finaliser, which leaves the set).
std::unordered_set<uintptr_t>& hashes_with_context() {
  static auto* objects = new std::unordered_set<uintptr_t>;
  return *objects;
}

void release_hash_context(HashObject* hash) {
  if (hash->context) EVP_MD_CTX_free(hash->context);
  hash->context = nullptr;
}

void finalize_hash(void* block, void* offset) {
  auto* hash = reinterpret_cast<HashObject*>(static_cast<char*>(block) +
                                             reinterpret_cast<uintptr_t>(offset));
  hashes_with_context().erase(reinterpret_cast<uintptr_t>(hash));
  release_hash_context(hash);
}

HashObject* new_hash(Type* type, const char* name) {
  auto* hash = static_cast<HashObject*>(allocate_instance(type));
  hash->name = name;
  hash->context = nullptr;
  hash->blake2 = nullptr;
  hash->blake2_wide = false;
  hash->last_node = false;
  return hash;
}

void attach_context(HashObject* hash, EVP_MD_CTX* context) {
  hash->context = context;
  void* block = GC_base(hash);
  GC_register_finalizer_no_order(
      block, finalize_hash,
      reinterpret_cast<void*>(static_cast<uintptr_t>(reinterpret_cast<char*>(hash) -
                                                     static_cast<char*>(block))),
      nullptr, nullptr);
  hashes_with_context().insert(reinterpret_cast<uintptr_t>(hash));
}

// The data argument of update() and the constructors.
std::string_view hashable_data(Value v) {
  if (is_str(v)) throw_type_error("Strings must be encoded before hashing");
  if (is_memoryview(v)) return memoryview_buffer(v);
  std::string_view out;
  if (!bytes_like_view(v, out)) throw_type_error("object supporting the buffer API required");
  return out;
}

void hash_update(HashObject* hash, std::string_view data) {
  if (hash->context) {
    if (!EVP_DigestUpdate(hash->context, data.data(), data.size())) {
      throw_value_error("[digital envelope routines] update failed");
    }
    return;
  }
  auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  if (hash->blake2_wide) {
    static_cast<Blake2State<uint64_t>*>(hash->blake2)->update(bytes, data.size());
  } else {
    static_cast<Blake2State<uint32_t>*>(hash->blake2)->update(bytes, data.size());
  }
}

bool is_xof(const HashObject* hash) {
  return hash->context &&
         (EVP_MD_flags(EVP_MD_CTX_get0_md(hash->context)) & EVP_MD_FLAG_XOF) != 0;
}

std::string hash_digest(HashObject* hash, size_t xof_length) {
  if (hash->blake2) {
    return hash->blake2_wide
               ? static_cast<Blake2State<uint64_t>*>(hash->blake2)->digest(hash->last_node)
               : static_cast<Blake2State<uint32_t>*>(hash->blake2)->digest(hash->last_node);
  }
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  if (!copy || !EVP_MD_CTX_copy_ex(copy, hash->context)) {
    EVP_MD_CTX_free(copy);
    throw_memory_error();
  }
  std::string out;
  bool ok;
  if (is_xof(hash)) {
    out.resize(xof_length);
    ok = EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out.data()), xof_length);
  } else {
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned size = 0;
    ok = EVP_DigestFinal_ex(copy, buffer, &size);
    out.assign(reinterpret_cast<char*>(buffer), size);
  }
  EVP_MD_CTX_free(copy);
  if (!ok) throw_value_error("[digital envelope routines] final failed");
  return out;
}

std::string hex_of(std::string_view data) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (char c : data) {
    out.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

Value hash_update_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("update", kwnames);
  check_positional("update", nargs, 1, 1);
  hash_update(as_hash(self), hashable_data(args[0]));
  return none();
}

Value hash_digest_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("digest", kwnames);
  check_positional("digest", nargs, 0, 0);
  return wrap(make_bytes(hash_digest(as_hash(self), 0)));
}

Value hash_hexdigest_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("hexdigest", kwnames);
  check_positional("hexdigest", nargs, 0, 0);
  return wrap(make_ascii_str(hex_of(hash_digest(as_hash(self), 0))));
}

size_t xof_length_argument(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({name, {"length"}, 1}, args, nargs, kwnames, bound);
  int64_t length = index_as_ssize(bound[0]);
  if (length < 0) throw_value_error("negative digest length");
  if (length >= (int64_t{1} << 29)) throw_value_error("digest length is too large");
  return static_cast<size_t>(length);
}

Value xof_digest_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t length = xof_length_argument("digest", args, nargs, kwnames);
  return wrap(make_bytes(length ? hash_digest(as_hash(self), length) : std::string()));
}

Value xof_hexdigest_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t length = xof_length_argument("hexdigest", args, nargs, kwnames);
  return wrap(make_ascii_str(length ? hex_of(hash_digest(as_hash(self), length)) : ""));
}

Value hash_copy_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("copy", kwnames);
  check_positional("copy", nargs, 0, 0);
  HashObject* hash = as_hash(self);
  HashObject* copy = new_hash(hash->type, hash->name);
  copy->blake2_wide = hash->blake2_wide;
  copy->last_node = hash->last_node;
  if (hash->blake2) {
    size_t size = hash->blake2_wide ? sizeof(Blake2State<uint64_t>) : sizeof(Blake2State<uint32_t>);
    copy->blake2 = gc_alloc_atomic(size);
    std::memcpy(copy->blake2, hash->blake2, size);
  } else {
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    if (!context || !EVP_MD_CTX_copy_ex(context, hash->context)) {
      EVP_MD_CTX_free(context);
      throw_memory_error();
    }
    attach_context(copy, context);
  }
  return wrap(copy);
}

Value hash_name(Value self) { return str_value(as_hash(self)->name); }

Value hash_digest_size(Value self) {
  HashObject* hash = as_hash(self);
  if (hash->blake2) {
    return make_int(static_cast<int64_t>(
        hash->blake2_wide ? static_cast<Blake2State<uint64_t>*>(hash->blake2)->digest_size
                          : static_cast<Blake2State<uint32_t>*>(hash->blake2)->digest_size));
  }
  if (is_xof(hash)) return make_int(0);
  return make_int(EVP_MD_get_size(EVP_MD_CTX_get0_md(hash->context)));
}

Value hash_block_size(Value self) {
  HashObject* hash = as_hash(self);
  if (hash->blake2) return make_int(hash->blake2_wide ? 128 : 64);
  return make_int(EVP_MD_get_block_size(EVP_MD_CTX_get0_md(hash->context)));
}

Value evp_hash_repr(Value self) {
  return str_value(format("<%s %s object @ %p>", as_hash(self)->name,
                          tp_name(type_of(self)).c_str(), static_cast<void*>(self.as_object())));
}

// ValueError with OpenSSL's last error as CPython shows it ("[library] reason").
[[noreturn]] void raise_openssl_error(const char* fallback) {
  unsigned long code = ERR_peek_last_error();
  const char* library = code ? ERR_lib_error_string(code) : nullptr;
  const char* reason = code ? ERR_reason_error_string(code) : nullptr;
  ERR_clear_error();
  if (library && reason) throw_value_error(format("[%s] %s", library, reason));
  throw_value_error(fallback);
}

// --- algorithms ---

struct Algorithm {
  const char* python_name;
  const char* openssl_name;
};

constexpr Algorithm kAlgorithms[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},           {"sha224", "SHA224"},
    {"sha256", "SHA256"},     {"sha384", "SHA384"},       {"sha512", "SHA512"},
    {"sha512_224", "SHA512-224"}, {"sha512_256", "SHA512-256"}, {"sha3_224", "SHA3-224"},
    {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"},   {"sha3_512", "SHA3-512"},
    {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"}, {"blake2b", "BLAKE2b512"},
    {"blake2s", "BLAKE2s256"}, {"md5-sha1", "MD5-SHA1"},  {"ripemd160", "RIPEMD160"},
    {"sm3", "SM3"},
};

// The digest a Python name stands for (any case, as OpenSSL's names), with
// the Python name to show; null when OpenSSL has none.
const EVP_MD* find_digest(std::string_view name, const char*& python_name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Algorithm& algorithm : kAlgorithms) {
    if (lower == algorithm.python_name) {
      python_name = algorithm.python_name;
      return EVP_get_digestbyname(algorithm.openssl_name);
    }
  }
  const EVP_MD* md = EVP_get_digestbyname(std::string(name).c_str());
  if (!md) return nullptr;
  for (const Algorithm& algorithm : kAlgorithms) {
    if (EVP_get_digestbyname(algorithm.openssl_name) == md) {
      python_name = algorithm.python_name;
      return md;
    }
  }
  python_name = intern(lower)->data();
  return md;
}

HashObject* make_evp_hash(Type* type, const char* python_name, const EVP_MD* md) {
  if (EVP_MD_flags(md) & EVP_MD_FLAG_XOF) {
    if (type == &evp_hash_type) type = &evp_xof_type;
  }
  HashObject* hash = new_hash(type, python_name);
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  if (!context) throw_memory_error();
  if (!EVP_DigestInit_ex(context, md, nullptr)) {
    EVP_MD_CTX_free(context);
    throw_value_error("[digital envelope routines] unsupported");
  }
  attach_context(hash, context);
  return hash;
}

HashObject* make_named_hash(Type* type, const char* python_name) {
  const char* shown = python_name;
  const EVP_MD* md = find_digest(python_name, shown);
  if (!md) throw_value_error("[digital envelope routines] unsupported");
  return make_evp_hash(type, python_name, md);
}

void feed_initial(HashObject* hash, Value data) {
  if (!data.is_null()) hash_update(hash, hashable_data(data));
}

// The constructors of the fixed algorithms, one instantiation per entry.
struct Constructor {
  const char* function_name;  // as the module shows it
  const char* python_name;
  Type* type;
};

constexpr size_t kOpenSslConstructors = 14;
const Constructor kConstructors[] = {
    // _hashlib.openssl_*
    {"openssl_md5", "md5", &evp_hash_type},
    {"openssl_sha1", "sha1", &evp_hash_type},
    {"openssl_sha224", "sha224", &evp_hash_type},
    {"openssl_sha256", "sha256", &evp_hash_type},
    {"openssl_sha384", "sha384", &evp_hash_type},
    {"openssl_sha512", "sha512", &evp_hash_type},
    {"openssl_sha3_224", "sha3_224", &evp_hash_type},
    {"openssl_sha3_256", "sha3_256", &evp_hash_type},
    {"openssl_sha3_384", "sha3_384", &evp_hash_type},
    {"openssl_sha3_512", "sha3_512", &evp_hash_type},
    {"openssl_shake_128", "shake_128", &evp_xof_type},
    {"openssl_shake_256", "shake_256", &evp_xof_type},
    {"openssl_sha512_224", "sha512_224", &evp_hash_type},
    {"openssl_sha512_256", "sha512_256", &evp_hash_type},
    // the builtin modules' functions
    {"md5", "md5", &md5_type},
    {"sha1", "sha1", &sha1_type},
    {"sha224", "sha224", &sha224_type},
    {"sha256", "sha256", &sha256_type},
    {"sha384", "sha384", &sha384_type},
    {"sha512", "sha512", &sha512_type},
};

template <size_t I>
Value construct(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const Constructor& c = kConstructors[I];
  Value bound[2];
  bind_arguments({c.function_name, {"string", "usedforsecurity"}, 0, 0, 1}, args, nargs, kwnames,
                 bound);
  HashObject* hash = make_named_hash(c.type, c.python_name);
  feed_initial(hash, bound[0]);
  return wrap(hash);
}

template <size_t... I>
constexpr std::array<NativeFn, sizeof...(I)> constructor_table(std::index_sequence<I...>) {
  return {construct<I>...};
}
constexpr auto kConstructorFunctions =
    constructor_table(std::make_index_sequence<std::size(kConstructors)>());

void add_constructors(Module* module, size_t first, size_t count) {
  for (size_t i = first; i < first + count; ++i) {
    dict_set_str(module->dict, intern(kConstructors[i].function_name),
                 wrap(make_builtin_function(kConstructors[i].function_name,
                                            kConstructorFunctions[i], wrap(module),
                                            "Returns a hash object.")));
  }
}

// _sha3's types are called directly: sha3_224(data=b'', /, *, usedforsecurity=True).
Value sha3_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = type == &sha3_224_type   ? "sha3_224"
                     : type == &sha3_256_type ? "sha3_256"
                     : type == &sha3_384_type ? "sha3_384"
                     : type == &sha3_512_type ? "sha3_512"
                     : type == &shake_128_type ? "shake_128"
                                               : "shake_256";
  Value bound[2];
  bind_arguments({name, {"data", "usedforsecurity"}, 0, 1, 1}, args, nargs, kwnames, bound);
  HashObject* hash = make_named_hash(type, name);
  feed_initial(hash, bound[0]);
  return wrap(hash);
}

// _hashlib.new(name, string=b'', *, usedforsecurity=True)
Value hashlib_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"new", {"name", "string", "usedforsecurity"}, 1, 0, 2}, args, nargs, kwnames,
                 bound);
  if (!is_str(bound[0])) {
    throw_type_error("new() argument 'name' must be str, not " + type_name(bound[0]));
  }
  const char* python_name = nullptr;
  const EVP_MD* md = find_digest(str_view(bound[0]), python_name);
  if (!md) throw_value_error("[digital envelope routines] unsupported");
  HashObject* hash = make_evp_hash(&evp_hash_type, python_name, md);
  feed_initial(hash, bound[1]);
  return wrap(hash);
}

// The digest a `digestmod` names: a str, or one of the openssl_* constructors.
const EVP_MD* digestmod_digest(Value digestmod) {
  const char* python_name = nullptr;
  const EVP_MD* md = nullptr;
  if (is_str(digestmod)) {
    md = find_digest(str_view(digestmod), python_name);
    if (!md) throw_value_error("[digital envelope routines] unsupported");
    return md;
  }
  if (is_instance_of(digestmod, &builtin_function_type)) {
    NativeFn function = digestmod.as<BuiltinFunction>()->function;
    for (size_t i = 0; i < kOpenSslConstructors; ++i) {
      if (kConstructorFunctions[i] == function) {
        md = find_digest(kConstructors[i].python_name, python_name);
      }
    }
  }
  if (!md) raise(unsupported_digestmod_error, "Unsupported digestmod " + repr_string(digestmod));
  return md;
}

std::string_view buffer_argument(Value v) {
  if (is_memoryview(v)) return memoryview_buffer(v);
  std::string_view out;
  if (!bytes_like_view(v, out)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  }
  return out;
}

Value hashlib_hmac_digest(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"hmac_digest", {"key", "msg", "digest"}, 3}, args, nargs, kwnames, bound);
  std::string_view key = buffer_argument(bound[0]);
  std::string_view msg = buffer_argument(bound[1]);
  const EVP_MD* md = digestmod_digest(bound[2]);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned size = 0;
  if (!HMAC(md, key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), out, &size)) {
    throw_value_error("[digital envelope routines] unsupported");
  }
  return wrap(make_bytes(std::string_view(reinterpret_cast<char*>(out), size)));
}

// --- HMAC objects (OpenSSL's EVP_MAC) ---

struct HmacObject : Object {
  EVP_MAC_CTX* context;
  const char* name;  // "hmac-sha256"
  int block_size;
};

Type hmac_type;

HmacObject* as_hmac(Value v) { return static_cast<HmacObject*>(v.as_object()); }

// As hashes_with_context, for HMAC objects.
std::unordered_set<uintptr_t>& hmacs_with_context() {
  static auto* objects = new std::unordered_set<uintptr_t>;
  return *objects;
}

void release_hmac_context(HmacObject* hmac) {
  if (hmac->context) EVP_MAC_CTX_free(hmac->context);
  hmac->context = nullptr;
}

void finalize_hmac(void* block, void* offset) {
  auto* hmac = reinterpret_cast<HmacObject*>(static_cast<char*>(block) +
                                             reinterpret_cast<uintptr_t>(offset));
  hmacs_with_context().erase(reinterpret_cast<uintptr_t>(hmac));
  release_hmac_context(hmac);
}

HmacObject* new_hmac(EVP_MAC_CTX* context, const char* name, int block_size) {
  auto* hmac = static_cast<HmacObject*>(allocate_instance(&hmac_type));
  hmac->context = context;
  hmac->name = name;
  hmac->block_size = block_size;
  void* block = GC_base(hmac);
  GC_register_finalizer_no_order(
      block, finalize_hmac,
      reinterpret_cast<void*>(static_cast<uintptr_t>(reinterpret_cast<char*>(hmac) -
                                                     static_cast<char*>(block))),
      nullptr, nullptr);
  hmacs_with_context().insert(reinterpret_cast<uintptr_t>(hmac));
  return hmac;
}

void hmac_update(HmacObject* hmac, std::string_view data) {
  if (!EVP_MAC_update(hmac->context, reinterpret_cast<const unsigned char*>(data.data()),
                      data.size())) {
    raise_openssl_error("HMAC update failed");
  }
}

Value hashlib_hmac_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"hmac_new", {"key", "msg", "digestmod"}, 1}, args, nargs, kwnames, bound);
  std::string_view key = buffer_argument(bound[0]);
  if (key.size() > INT32_MAX) throw_overflow_error("key is too long.");
  if (bound[2].is_null() || bound[2].is(none())) {
    throw_type_error("Missing required parameter 'digestmod'.");
  }
  const EVP_MD* md = digestmod_digest(bound[2]);
  const char* python_name = nullptr;
  for (const Algorithm& algorithm : kAlgorithms) {
    if (EVP_get_digestbyname(algorithm.openssl_name) == md) python_name = algorithm.python_name;
  }
  if (!python_name) python_name = EVP_MD_get0_name(md);
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX* context = mac ? EVP_MAC_CTX_new(mac) : nullptr;
  EVP_MAC_free(mac);
  if (!context) throw_memory_error();
  std::string digest_name = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string("digest", digest_name.data(), 0),
      OSSL_PARAM_construct_end(),
  };
  if (!EVP_MAC_init(context, reinterpret_cast<const unsigned char*>(key.data()), key.size(),
                    params)) {
    EVP_MAC_CTX_free(context);
    raise_openssl_error("HMAC initialisation failed");
  }
  std::string name = std::string("hmac-") + python_name;
  HmacObject* hmac = new_hmac(context, intern(name)->data(), EVP_MD_get_block_size(md));
  if (!bound[1].is_null() && !bound[1].is(none())) hmac_update(hmac, buffer_argument(bound[1]));
  return wrap(hmac);
}

std::string hmac_digest_bytes(HmacObject* hmac) {
  EVP_MAC_CTX* copy = EVP_MAC_CTX_dup(hmac->context);
  if (!copy) throw_memory_error();
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t size = 0;
  bool ok = EVP_MAC_final(copy, out, &size, sizeof(out));
  EVP_MAC_CTX_free(copy);
  if (!ok) raise_openssl_error("HMAC final failed");
  return std::string(reinterpret_cast<char*>(out), size);
}

Value hmac_update_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"update", {"msg"}, 1}, args, nargs, kwnames, bound);
  hmac_update(as_hmac(self), hashable_data(bound[0]));
  return none();
}

Value hmac_digest_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("digest", kwnames);
  check_positional("digest", nargs, 0, 0);
  return wrap(make_bytes(hmac_digest_bytes(as_hmac(self))));
}

Value hmac_hexdigest_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("hexdigest", kwnames);
  check_positional("hexdigest", nargs, 0, 0);
  return wrap(make_ascii_str(hex_of(hmac_digest_bytes(as_hmac(self)))));
}

Value hmac_copy_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("copy", kwnames);
  check_positional("copy", nargs, 0, 0);
  HmacObject* hmac = as_hmac(self);
  EVP_MAC_CTX* copy = EVP_MAC_CTX_dup(hmac->context);
  if (!copy) throw_memory_error();
  return wrap(new_hmac(copy, hmac->name, hmac->block_size));
}

Value hmac_name(Value self) { return str_value(as_hmac(self)->name); }
Value hmac_digest_size(Value self) {
  return make_int(static_cast<int64_t>(EVP_MAC_CTX_get_mac_size(as_hmac(self)->context)));
}
Value hmac_block_size(Value self) { return make_int(as_hmac(self)->block_size); }
Value hmac_repr(Value self) {
  return str_value(format("<%s HMAC object @ %p>", as_hmac(self)->name,
                          static_cast<void*>(self.as_object())));
}

Value hashlib_pbkdf2_hmac(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"}, 4},
                 args, nargs, kwnames, bound);
  if (!is_str(bound[0])) {
    throw_type_error("pbkdf2_hmac() argument 'hash_name' must be str, not " + type_name(bound[0]));
  }
  std::string_view password = buffer_argument(bound[1]);
  std::string_view salt = buffer_argument(bound[2]);
  int64_t iterations = index_as_long(bound[3]);
  if (iterations < 1) throw_value_error("iteration value must be greater than 0.");
  if (iterations > INT32_MAX) throw_overflow_error("iteration value is too great.");
  const char* python_name = nullptr;
  const EVP_MD* md = find_digest(str_view(bound[0]), python_name);
  if (!md) throw_value_error("[digital envelope routines] unsupported");
  int64_t length = EVP_MD_get_size(md);
  if (!bound[4].is_null() && !bound[4].is(none())) {
    length = index_as_long(bound[4]);
    if (length < 1) throw_value_error("key length must be greater than 0.");
    if (length > INT32_MAX) throw_overflow_error("key length is too great.");
  }
  std::string out(static_cast<size_t>(length), '\0');
  if (!PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                         reinterpret_cast<const unsigned char*>(salt.data()),
                         static_cast<int>(salt.size()), static_cast<int>(iterations), md,
                         static_cast<int>(length), reinterpret_cast<unsigned char*>(out.data()))) {
    throw_value_error("[digital envelope routines] unsupported");
  }
  return wrap(make_bytes(out));
}

// The n, r and p arguments of scrypt: C unsigned longs, required.
uint64_t scrypt_cost(Value v, const char* name) {
  if (v.is_null() || v.is(none()) || !is_int(v)) {
    throw_type_error(std::string(name) + " is required and must be an unsigned int");
  }
  if (int_sign(v) < 0) throw_overflow_error("can't convert negative value to unsigned int");
  int64_t value;
  if (!int_to_int64(v, value)) throw_overflow_error("Python int too large to convert to C unsigned long");
  return static_cast<uint64_t>(value);
}

Value hashlib_scrypt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[7];
  bind_arguments({"scrypt", {"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 1, 0, 1}, args,
                 nargs, kwnames, bound);
  std::string_view password = buffer_argument(bound[0]);
  if (bound[1].is_null() || bound[1].is(none())) throw_type_error("salt is required");
  std::string_view salt = buffer_argument(bound[1]);
  uint64_t n = scrypt_cost(bound[2], "n");
  uint64_t r = scrypt_cost(bound[3], "r");
  uint64_t p = scrypt_cost(bound[4], "p");
  if (n < 2 || (n & (n - 1))) throw_value_error("n must be a power of 2.");
  int64_t maxmem = bound[5].is_null() ? 0 : index_as_long(bound[5]);
  if (maxmem < 0 || maxmem > INT32_MAX) {
    throw_value_error(format("maxmem must be positive and smaller than %d", INT32_MAX));
  }
  int64_t length = bound[6].is_null() ? 64 : index_as_long(bound[6]);
  if (length < 1 || length > INT32_MAX) {
    throw_value_error(format("dklen must be greater than 0 and smaller than %d", INT32_MAX));
  }
  std::string out(static_cast<size_t>(length), '\0');
  if (!EVP_PBE_scrypt(password.data(), password.size(),
                      reinterpret_cast<const unsigned char*>(salt.data()), salt.size(), n, r, p,
                      static_cast<uint64_t>(maxmem), reinterpret_cast<unsigned char*>(out.data()),
                      out.size())) {
    raise_openssl_error("Invalid parameter combination for n, r, p, maxmem.");
  }
  return wrap(make_bytes(out));
}

// compare_digest(a, b): constant-time for equal lengths.
Value hashlib_compare_digest(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("compare_digest", kwnames);
  check_positional("compare_digest", nargs, 2, 2);
  Value a = args[0], b = args[1];
  std::string_view left, right;
  if (is_str(a) && is_str(b)) {
    if (!a.as<Str>()->is_ascii() || !b.as<Str>()->is_ascii()) {
      throw_type_error("comparing strings with non-ASCII characters is not supported");
    }
    left = str_view(a);
    right = str_view(b);
  } else if (is_memoryview(a) || bytes_like_view(a, left) || is_memoryview(b) ||
             bytes_like_view(b, right)) {
    left = buffer_argument(a);
    right = buffer_argument(b);
  } else {
    throw_type_error(format("unsupported operand types(s) or combination of types: '%s' and '%s'",
                            type_name(a).c_str(), type_name(b).c_str()));
  }
  // Compare as many bytes as `right` has whatever the lengths, so that the
  // time tells nothing about where a difference is.
  std::string_view reference = left.size() == right.size() ? left : right;
  unsigned char difference = left.size() == right.size() ? 0 : 1;
  for (size_t i = 0; i < right.size(); ++i) {
    difference |= static_cast<unsigned char>(reference[i] ^ right[i]);
  }
  return make_bool(difference == 0);
}

Value hashlib_get_fips_mode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("get_fips_mode", nargs, 0, 0);
  return make_int(0);
}

// --- BLAKE2 objects ---

template <class Word>
Value blake2_new_impl(Type* type, const char* name, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  using T = Blake2Traits<Word>;
  Value bound[13];
  bind_arguments({name,
                  {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                   "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
                  0, 1, 1},
                 args, nargs, kwnames, bound);
  Blake2Parameters p{};
  auto int_parameter = [&](Value v, int64_t default_value) {
    return v.is_null() ? default_value : static_cast<int64_t>(index_as_int(v));
  };
  int64_t digest_size = int_parameter(bound[1], T::kMaxDigest);
  if (digest_size < 1 || digest_size > static_cast<int64_t>(T::kMaxDigest)) {
    throw_value_error(format("digest_size must be between 1 and %zu bytes", T::kMaxDigest));
  }
  p.digest_size = static_cast<size_t>(digest_size);
  auto bytes_parameter = [&](Value v) {
    return v.is_null() ? std::string_view() : buffer_argument(v);
  };
  p.key = bytes_parameter(bound[2]);
  p.salt = bytes_parameter(bound[3]);
  p.person = bytes_parameter(bound[4]);
  if (p.key.size() > T::kMaxDigest) throw_value_error(format("maximum key length is %zu bytes", T::kMaxDigest));
  if (p.salt.size() > T::kSalt) throw_value_error(format("maximum salt length is %zu bytes", T::kSalt));
  if (p.person.size() > T::kSalt) {
    throw_value_error(format("maximum person length is %zu bytes", T::kSalt));
  }
  int64_t fanout = int_parameter(bound[5], 1);
  if (fanout < 0 || fanout > 255) throw_value_error("fanout must be between 0 and 255");
  int64_t depth = int_parameter(bound[6], 1);
  if (depth < 1 || depth > 255) throw_value_error("depth must be between 1 and 255");
  p.fanout = static_cast<unsigned>(fanout);
  p.depth = static_cast<unsigned>(depth);
  if (!bound[7].is_null()) {
    int64_t leaf = index_as_long(bound[7]);
    if (leaf < 0 || leaf > 0xffffffffll) throw_overflow_error("leaf_size is too large");
    p.leaf_size = static_cast<uint64_t>(leaf);
  }
  if (!bound[8].is_null()) {
    Value offset = index_value(bound[8]);
    if (int_sign(offset) < 0) throw_overflow_error("can't convert negative int to unsigned");
    if (int_compare(offset, make_int_from_unsigned(~uint64_t{0})) > 0) {
      throw_overflow_error("int too big to convert");
    }
    p.node_offset = std::stoull(int_to_base_string(offset, 16), nullptr, 16);
    if (sizeof(Word) == 4 && p.node_offset > 0xffffffffffffull) {
      throw_overflow_error("node_offset is too large");
    }
  }
  int64_t node_depth = int_parameter(bound[9], 0);
  if (node_depth < 0 || node_depth > 255) throw_value_error("node_depth must be between 0 and 255");
  p.node_depth = static_cast<unsigned>(node_depth);
  int64_t inner = int_parameter(bound[10], 0);
  if (inner < 0 || inner > static_cast<int64_t>(T::kMaxDigest)) {
    throw_value_error(format("inner_size must be between 0 and is %zu", T::kMaxDigest));
  }
  p.inner_size = static_cast<unsigned>(inner);
  HashObject* hash = new_hash(type, name);
  auto* state = static_cast<Blake2State<Word>*>(gc_alloc_atomic(sizeof(Blake2State<Word>)));
  blake2_init(state, p);
  hash->blake2 = state;
  hash->blake2_wide = sizeof(Word) == 8;
  hash->last_node = !bound[11].is_null() && truthy(bound[11]);
  feed_initial(hash, bound[0]);
  return wrap(hash);
}

Value blake2b_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return blake2_new_impl<uint64_t>(type, "blake2b", args, nargs, kwnames);
}
Value blake2s_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return blake2_new_impl<uint32_t>(type, "blake2s", args, nargs, kwnames);
}

// --- types and modules ---

void init_hash_type(Type* type, const char* dotted_name, bool xof, Type* base = nullptr) {
  init_static_type(type, dotted_name, base, sizeof(HashObject), 0);
  if (!base) {
    add_methods(type, {
        {"update", hash_update_method, kMethodInstance, "Update this hash object's state with the provided string."},
        {"copy", hash_copy_method, kMethodInstance, "Return a copy of the hash object."},
    });
    add_getsets(type, {{"name", hash_name, nullptr, nullptr},
                       {"digest_size", hash_digest_size, nullptr, nullptr},
                       {"block_size", hash_block_size, nullptr, nullptr}});
  }
  if (xof) {
    add_methods(type, {
        {"digest", xof_digest_method, kMethodInstance, "Return the digest value as a bytes object."},
        {"hexdigest", xof_hexdigest_method, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    });
  } else if (!base) {
    add_methods(type, {
        {"digest", hash_digest_method, kMethodInstance, "Return the digest value as a bytes object."},
        {"hexdigest", hash_hexdigest_method, kMethodInstance, "Return the digest value as a string of hexadecimal digits."},
    });
  }
}

void init_hash_types() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  evp_hash_type.repr = evp_hash_repr;
  init_hash_type(&evp_hash_type, "_hashlib.HASH", false);
  evp_hash_type.new_instance = nullptr;
  init_hash_type(&evp_xof_type, "_hashlib.HASHXOF", true, &evp_hash_type);
  evp_xof_type.new_instance = nullptr;
  struct {
    Type* type;
    const char* name;
    bool xof;
  } const fixed[] = {
      {&md5_type, "_md5.md5", false},          {&sha1_type, "_sha1.sha1", false},
      {&sha224_type, "_sha256.sha224", false}, {&sha256_type, "_sha256.sha256", false},
      {&sha384_type, "_sha512.sha384", false}, {&sha512_type, "_sha512.sha512", false},
      {&sha3_224_type, "_sha3.sha3_224", false}, {&sha3_256_type, "_sha3.sha3_256", false},
      {&sha3_384_type, "_sha3.sha3_384", false}, {&sha3_512_type, "_sha3.sha3_512", false},
      {&shake_128_type, "_sha3.shake_128", true}, {&shake_256_type, "_sha3.shake_256", true},
      {&blake2b_type, "_blake2.blake2b", false}, {&blake2s_type, "_blake2.blake2s", false},
  };
  for (const auto& entry : fixed) {
    bool sha3 = std::string_view(entry.name).starts_with("_sha3.");
    bool blake = std::string_view(entry.name).starts_with("_blake2.");
    if (sha3) entry.type->new_instance = sha3_new;
    if (blake) entry.type->new_instance = entry.type == &blake2b_type ? blake2b_new : blake2s_new;
    init_hash_type(entry.type, entry.name, entry.xof);
    if (!sha3 && !blake) entry.type->new_instance = nullptr;
  }
  hmac_type.repr = hmac_repr;
  init_static_type(&hmac_type, "_hashlib.HMAC", nullptr, sizeof(HmacObject), 0);
  hmac_type.new_instance = nullptr;
  add_methods(&hmac_type, {
      {"update", hmac_update_method, kMethodInstance, "Update the HMAC object with msg."},
      {"digest", hmac_digest_method, kMethodInstance, "Return the digest of the bytes passed to the update() method so far."},
      {"hexdigest", hmac_hexdigest_method, kMethodInstance, "Return hexadecimal digest of the bytes passed to the update() method so far."},
      {"copy", hmac_copy_method, kMethodInstance, "Return a copy (\"clone\") of the HMAC object."},
  });
  add_getsets(&hmac_type, {{"name", hmac_name, nullptr, nullptr},
                           {"digest_size", hmac_digest_size, nullptr, nullptr},
                           {"block_size", hmac_block_size, nullptr, nullptr}});
  unsupported_digestmod_error =
      make_exception_class("_hashlib.UnsupportedDigestmodError", &exc_ValueError);
}

Module* hashlib_module = nullptr;
Module* md5_module = nullptr;
Module* sha1_module = nullptr;
Module* sha256_module = nullptr;
Module* sha512_module = nullptr;
Module* sha3_module = nullptr;
Module* blake2_module = nullptr;

Module* make_hash_module(Module*& slot, const char* name) {
  init_hash_types();
  slot = make_module(intern(name));
  return slot;
}

size_t constructor_index(const char* function_name) {
  for (size_t i = 0; i < std::size(kConstructors); ++i) {
    if (std::string_view(kConstructors[i].function_name) == function_name) return i;
  }
  return 0;
}

}  // namespace

void release_hashlib_contexts() {
  for (uintptr_t address : hashes_with_context()) {
    release_hash_context(reinterpret_cast<HashObject*>(address));
  }
  hashes_with_context().clear();
  for (uintptr_t address : hmacs_with_context()) {
    release_hmac_context(reinterpret_cast<HmacObject*>(address));
  }
  hmacs_with_context().clear();
}

Module* create_hashlib_module() {
  if (hashlib_module) return hashlib_module;
  Module* module = make_hash_module(hashlib_module, "_hashlib");
  add_constructors(module, 0, kOpenSslConstructors);
  add_functions(module, {
      {"new", hashlib_new, kMethodInstance, "Return a new hash object using the named algorithm."},
      {"pbkdf2_hmac", hashlib_pbkdf2_hmac, kMethodInstance, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
      {"scrypt", hashlib_scrypt, kMethodInstance, "scrypt password-based key derivation function."},
      {"hmac_digest", hashlib_hmac_digest, kMethodInstance, "Single-shot HMAC."},
      {"hmac_new", hashlib_hmac_new, kMethodInstance, "Return a new hmac object."},
      {"compare_digest", hashlib_compare_digest, kMethodInstance, "Return 'a == b'."},
      {"get_fips_mode", hashlib_get_fips_mode, kMethodInstance, "Determine the OpenSSL FIPS mode of operation."},
  });
  Set* names = make_frozenset();
  for (const Algorithm& algorithm : kAlgorithms) {
    const EVP_MD* md = EVP_get_digestbyname(algorithm.openssl_name);
    if (!md) continue;
    // Listed only when a provider implements it (ripemd160 may be legacy-only).
    EVP_MD_CTX* probe = EVP_MD_CTX_new();
    bool usable = probe && EVP_DigestInit_ex(probe, md, nullptr);
    EVP_MD_CTX_free(probe);
    if (usable) set_add(names, str_value(algorithm.python_name));
  }
  Dict* dict = module->dict;
  dict_set_str(dict, intern("openssl_md_meth_names"), wrap(names));
  dict_set_str(dict, intern("HASH"), wrap(&evp_hash_type));
  dict_set_str(dict, intern("HASHXOF"), wrap(&evp_xof_type));
  dict_set_str(dict, intern("HMAC"), wrap(&hmac_type));
  dict_set_str(dict, intern("UnsupportedDigestmodError"), wrap(unsupported_digestmod_error));
  return module;
}

Module* create_md5_module() {
  if (md5_module) return md5_module;
  Module* module = make_hash_module(md5_module, "_md5");
  add_constructors(module, constructor_index("md5"), 1);
  dict_set_str(module->dict, intern("MD5Type"), wrap(&md5_type));
  return module;
}

Module* create_sha1_module() {
  if (sha1_module) return sha1_module;
  Module* module = make_hash_module(sha1_module, "_sha1");
  add_constructors(module, constructor_index("sha1"), 1);
  dict_set_str(module->dict, intern("SHA1Type"), wrap(&sha1_type));
  return module;
}

Module* create_sha256_module() {
  if (sha256_module) return sha256_module;
  Module* module = make_hash_module(sha256_module, "_sha256");
  add_constructors(module, constructor_index("sha224"), 2);
  dict_set_str(module->dict, intern("SHA224Type"), wrap(&sha224_type));
  dict_set_str(module->dict, intern("SHA256Type"), wrap(&sha256_type));
  return module;
}

Module* create_sha512_module() {
  if (sha512_module) return sha512_module;
  Module* module = make_hash_module(sha512_module, "_sha512");
  add_constructors(module, constructor_index("sha384"), 2);
  dict_set_str(module->dict, intern("SHA384Type"), wrap(&sha384_type));
  dict_set_str(module->dict, intern("SHA512Type"), wrap(&sha512_type));
  return module;
}

Module* create_sha3_module() {
  if (sha3_module) return sha3_module;
  Module* module = make_hash_module(sha3_module, "_sha3");
  Dict* dict = module->dict;
  dict_set_str(dict, intern("sha3_224"), wrap(&sha3_224_type));
  dict_set_str(dict, intern("sha3_256"), wrap(&sha3_256_type));
  dict_set_str(dict, intern("sha3_384"), wrap(&sha3_384_type));
  dict_set_str(dict, intern("sha3_512"), wrap(&sha3_512_type));
  dict_set_str(dict, intern("shake_128"), wrap(&shake_128_type));
  dict_set_str(dict, intern("shake_256"), wrap(&shake_256_type));
  dict_set_str(dict, intern("implementation"), str_value("OpenSSL libcrypto"));
  return module;
}

Module* create_blake2_module() {
  if (blake2_module) return blake2_module;
  Module* module = make_hash_module(blake2_module, "_blake2");
  Dict* dict = module->dict;
  dict_set_str(dict, intern("blake2b"), wrap(&blake2b_type));
  dict_set_str(dict, intern("blake2s"), wrap(&blake2s_type));
  add_int_constants(module, {{"BLAKE2B_SALT_SIZE", 16}, {"BLAKE2B_PERSON_SIZE", 16},
                             {"BLAKE2B_MAX_KEY_SIZE", 64}, {"BLAKE2B_MAX_DIGEST_SIZE", 64},
                             {"BLAKE2S_SALT_SIZE", 8}, {"BLAKE2S_PERSON_SIZE", 8},
                             {"BLAKE2S_MAX_KEY_SIZE", 32}, {"BLAKE2S_MAX_DIGEST_SIZE", 32}});
  struct {
    Type* type;
    int64_t salt, key;
  } const sizes[] = {{&blake2b_type, 16, 64}, {&blake2s_type, 8, 32}};
  for (const auto& entry : sizes) {
    Dict* type_namespace = type_dict(entry.type);
    dict_set_str(type_namespace, intern("SALT_SIZE"), make_int(entry.salt));
    dict_set_str(type_namespace, intern("PERSON_SIZE"), make_int(entry.salt));
    dict_set_str(type_namespace, intern("MAX_KEY_SIZE"), make_int(entry.key));
    dict_set_str(type_namespace, intern("MAX_DIGEST_SIZE"), make_int(entry.key));
    type_modified(entry.type);
  }
  return module;
}

}  // namespace krait
