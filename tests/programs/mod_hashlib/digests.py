from _sha512 import sha512
import _md5, _sha1, _sha256, _sha3, _blake2, _hashlib
print(sha512(b"abc").hexdigest()[:32], _md5.md5(b"abc").hexdigest(), _sha1.sha1(b"abc").hexdigest())
print(_sha256.sha224(b"abc").hexdigest(), _sha256.sha256(string=b"abc").hexdigest())
h = _sha3.sha3_256(b"ab"); h.update(b"c"); print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h))
s = _sha3.shake_128(b"abc"); print(s.hexdigest(10), s.digest(5), s.digest_size, s.name)
print(_blake2.blake2b(b"abc").hexdigest()[:40], _blake2.blake2s(b"abc").hexdigest())
print(_blake2.blake2b(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(_blake2.blake2s(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
print(_blake2.blake2b(b"x" * 300, fanout=0, node_offset=2**63).hexdigest()[:40])
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE)
n = _hashlib.new("sha256", b"abc"); c = n.copy(); c.update(b"d"); print(n.hexdigest()[:16], c.hexdigest()[:16], n.name)
print(_hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), _hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, 10).hex())
print(_hashlib.hmac_digest(b"key", b"msg", "sha256").hex(), _hashlib.hmac_digest(b"key", b"msg", _hashlib.openssl_md5).hex())
print(sorted(_hashlib.openssl_md_meth_names))
print(_hashlib.compare_digest(b"a", b"a"), _hashlib.compare_digest("ab", "ac"), _hashlib.get_fips_mode())
import hashlib, hmac
print(hashlib.md5(b"x").hexdigest(), hashlib.new("SHA1", b"x").hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hmac.new(b"k", b"m", "sha256").hexdigest(), hmac.digest(b"k", b"m", "md5").hex())
print(hashlib.sha3_512(b"").hexdigest()[:20], hashlib.shake_256(b"").hexdigest(8))

def check(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

for kw in [dict(inner_size=65), dict(digest_size=0), dict(key=b'x'*65), dict(salt=b'x'*17),
           dict(person=b'x'*17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32),
           dict(node_depth=256), dict(node_offset=2**64)]:
    check(_blake2.blake2b, **kw)
check(_blake2.blake2s, node_offset=2**48)
check(_md5.md5().update, "text")
check(_md5.md5().update, 5)
check(_hashlib.new, "nonesuch")
check(hashlib.new, "nonesuch")
check(_hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 0)
check(_hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1, 0)
check(_hashlib.compare_digest, "é", "é")
check(_hashlib.compare_digest, b"a", "a")
for data in [b"", b"a" * 1000, bytes(range(256)) * 3]:
    for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
                 "sha3_384", "sha3_512", "blake2b", "blake2s"]:
        h = hashlib.new(name)
        h.update(data[:100]); h.update(memoryview(data)[100:]); h.update(bytearray())
        print(name, len(data), h.hexdigest()[:24], h.digest_size, h.block_size)
    print(hashlib.shake_128(data).hexdigest(20), hashlib.shake_256(data).hexdigest(3))
print(hashlib.blake2b(b"abc", key=b"key" * 21).hexdigest()[:32], hashlib.blake2s(b"a" * 64).hexdigest()[:32])
print(hashlib.blake2s(b"a" * 65).hexdigest()[:32], hashlib.blake2b(b"a" * 128).hexdigest()[:32])
print(type(_sha3.sha3_224), type(_md5.md5()).__name__, type(_hashlib.new("shake_128")).__name__)
