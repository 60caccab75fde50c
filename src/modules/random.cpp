// The `_random` module (CPython's Modules/_randommodule.c): the Mersenne
// Twister MT19937 behind random.Random, seeded as CPython seeds it so that
// random.seed(n) gives CPython's sequences.
#include "modules/random.h"

#include <sys/random.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

constexpr int kStateSize = 624;
constexpr int kShift = 397;

Type random_type;

struct RandomObject : Object {
  int index;
  uint32_t state[kStateSize];
};

RandomObject* as_random(Value v) { return v.as<RandomObject>(); }

void init_genrand(RandomObject* self, uint32_t seed) {
  uint32_t* mt = self->state;
  mt[0] = seed;
  for (int i = 1; i < kStateSize; i++) {
    mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  self->index = kStateSize;
}

void init_by_array(RandomObject* self, const uint32_t* key, size_t length) {
  uint32_t* mt = self->state;
  init_genrand(self, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = length > kStateSize ? length : kStateSize; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] +
            static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= kStateSize) {
      mt[0] = mt[kStateSize - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (size_t k = kStateSize - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kStateSize) {
      mt[0] = mt[kStateSize - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
}

uint32_t next_word(RandomObject* self) {
  uint32_t* mt = self->state;
  constexpr uint32_t kMatrix = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;
  if (self->index >= kStateSize) {
    int k = 0;
    for (; k < kStateSize - kShift; k++) {
      uint32_t y = (mt[k] & kUpper) | (mt[k + 1] & kLower);
      mt[k] = mt[k + kShift] ^ (y >> 1) ^ ((y & 1) ? kMatrix : 0);
    }
    for (; k < kStateSize - 1; k++) {
      uint32_t y = (mt[k] & kUpper) | (mt[k + 1] & kLower);
      mt[k] = mt[k + (kShift - kStateSize)] ^ (y >> 1) ^ ((y & 1) ? kMatrix : 0);
    }
    uint32_t y = (mt[kStateSize - 1] & kUpper) | (mt[0] & kLower);
    mt[kStateSize - 1] = mt[kShift - 1] ^ (y >> 1) ^ ((y & 1) ? kMatrix : 0);
    self->index = 0;
  }
  uint32_t y = mt[self->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

void seed_from_urandom(RandomObject* self) {
  uint32_t key[kStateSize];
  size_t filled = 0;
  while (filled < sizeof key) {
    ssize_t n = getrandom(reinterpret_cast<char*>(key) + filled, sizeof key - filled, 0);
    if (n <= 0) break;
    filled += static_cast<size_t>(n);
  }
  init_by_array(self, key, kStateSize);
}

// CPython's seeding: None from the OS, an int by the 32-bit words of its
// absolute value, anything else by its hash.
void seed(RandomObject* self, Value arg) {
  if (arg.is_null() || is_none(arg)) {
    seed_from_urandom(self);
    return;
  }
  Value n;
  if (is_int(arg)) {
    n = unary_op(int_exact(arg), UnaryOp::Absolute);
  } else {
    n = make_int_from_unsigned(static_cast<uint64_t>(hash(arg)));
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  if (words == 0) words = 1;
  std::vector<uint32_t> key(words, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  init_by_array(self, key.data(), words);
}

Value random_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &random_type && kwnames && kwnames->size) {
    throw_type_error("Random() takes no keyword arguments");
  }
  auto* self = static_cast<RandomObject*>(allocate_instance(type));
  self->index = kStateSize;
  std::memset(self->state, 0, sizeof self->state);
  seed_from_urandom(self);
  return Value::from_object(self);
}

void random_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type_of(self) == &random_type && kwnames && kwnames->size) {
    throw_type_error("Random() takes no keyword arguments");
  }
  if (nargs > 1) throw_type_error("Random() requires 0 or 1 argument");
  seed(as_random(self), nargs ? args[0] : Value::null());
}

Value random_random(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("random", kwnames);
  check_positional("Random.random", nargs, 0, 0);
  RandomObject* r = as_random(self);
  uint32_t a = next_word(r) >> 5, b = next_word(r) >> 6;
  return Value::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_seed(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("seed", kwnames);
  check_positional("seed", nargs, 0, 1);
  seed(as_random(self), nargs ? args[0] : Value::null());
  return none();
}

Value random_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getstate", kwnames);
  check_positional("Random.getstate", nargs, 0, 0);
  RandomObject* r = as_random(self);
  Tuple* state = make_tuple(kStateSize + 1);
  for (int i = 0; i < kStateSize; i++) (*state)[i] = make_int(r->state[i]);
  (*state)[kStateSize] = make_int(r->index);
  return Value::from_object(state);
}

Value random_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setstate", kwnames);
  check_positional("setstate", nargs, 1, 1);
  if (!is_instance_of(args[0], &tuple_type)) throw_type_error("state vector must be a tuple");
  Tuple* state = args[0].as<Tuple>();
  if (state->size != kStateSize + 1) throw_value_error("state vector is the wrong size");
  uint32_t words[kStateSize];
  for (int i = 0; i < kStateSize; i++) {
    Value item = (*state)[i];
    if (!is_int(item)) {
      throw_type_error("'" + type_name(item) + "' object cannot be interpreted as an integer");
    }
    int64_t value;
    if (int_sign(item) < 0) throw_overflow_error("can't convert negative int to unsigned");
    if (!int_to_int64(item, value) || value > UINT32_MAX) {
      throw_overflow_error("Python int too large to convert to C unsigned long");
    }
    words[i] = static_cast<uint32_t>(value);
  }
  int64_t index = index_as_long((*state)[kStateSize]);
  if (index < 0 || index > kStateSize) throw_value_error("invalid state");
  RandomObject* r = as_random(self);
  std::memcpy(r->state, words, sizeof words);
  r->index = static_cast<int>(index);
  return none();
}

Value random_getrandbits(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getrandbits", kwnames);
  check_positional("getrandbits", nargs, 1, 1);
  int64_t k = index_as_int(args[0]);
  if (k < 0) throw_value_error("number of bits must be non-negative");
  RandomObject* r = as_random(self);
  if (k == 0) return Value::from_small_int(0);
  if (k <= 32) return make_int(next_word(r) >> (32 - k));
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> parts(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t word = next_word(r);
    if (k < 32) word >>= (32 - k);
    parts[i] = word;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, parts.data());
  Value result = make_int_from_mpz(z);
  mpz_clear(z);
  return result;
}

}  // namespace

Module* create_random_module() {
  static Module* module = nullptr;
  if (module) return module;
  random_type.new_instance = random_new;
  random_type.init = random_init;
  init_static_type(&random_type, "_random.Random", nullptr, sizeof(RandomObject),
                   kTypeBaseType | kTypeImmutable);
  set_type_doc(&random_type, "Random() -> create a random number generator with its own internal state.");
  add_methods(&random_type, {
      {"random", random_random, kMethodInstance, "random() -> x in the interval [0, 1)."},
      {"seed", random_seed, kMethodInstance,
       "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the "
       "current time and the process identifier."},
      {"getstate", random_getstate, kMethodInstance, "getstate() -> tuple containing the current state."},
      {"setstate", random_setstate, kMethodInstance, "setstate(state) -> None.  Restores generator state."},
      {"getrandbits", random_getrandbits, kMethodInstance,
       "getrandbits(k) -> x.  Generates an int with k random bits."},
  });
  module = make_module(intern("_random"));
  dict_set_str(module->dict, intern("Random"), Value::from_object(&random_type));
  dict_set_str(module->dict, intern("__doc__"), str_value("Module implements the Mersenne Twister random number generator."));
  return module;
}

}  // namespace krait
