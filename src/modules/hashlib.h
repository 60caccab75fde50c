// The built-in hash modules beneath `hashlib` (registered at start-up):
// `_hashlib` on OpenSSL's libcrypto, the modules hashlib.py imports when
// OpenSSL lacks an algorithm (`_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3`,
// also on libcrypto) and `_blake2` (an own BLAKE2 with every parameter).
#pragma once

namespace krait {

struct Module;

Module* create_hashlib_module();
Module* create_md5_module();
Module* create_sha1_module();
Module* create_sha256_module();
Module* create_sha512_module();
Module* create_sha3_module();
Module* create_blake2_module();

// At exit, after the program's last Python code: frees the OpenSSL contexts
// of the hash and HMAC objects still alive (or unreachable but never
// collected), whose finalisers will not run.
void release_hashlib_contexts();

}  // namespace krait
