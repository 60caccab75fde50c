import hmac, hashlib, _hashlib

for digestmod in ["md5", "sha1", "sha256", "sha512", "sha3_256", hashlib.sha256, hashlib.md5]:
    h = hmac.new(b"secret key", b"first", digestmod)
    c = h.copy()
    h.update(b" second")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
    print(hmac.digest(b"secret key", b"first second", digestmod) == h.digest())

o = _hashlib.hmac_new(b"k" * 200, b"msg", "sha384")
print(o.name, o.digest_size, o.block_size, o.hexdigest()[:32], type(o).__name__)
o2 = o.copy(); o2.update(msg=b"more"); print(o.hexdigest() != o2.hexdigest())
print(hmac.new(b"k", digestmod="blake2b").hexdigest()[:32])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))

def check(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

check(_hashlib.hmac_new, b"k")
check(_hashlib.hmac_new, b"k", b"m", "nonesuch")
check(_hashlib.hmac_new, b"k", b"m", len)
check(_hashlib.hmac_new, "k", b"m", "sha1")
check(hmac.new, "k", b"m", "sha1")
check(hmac.new, b"k", b"m")
check(o.update, "text")
check(_hashlib.pbkdf2_hmac, "nonesuch", b"p", b"s", 1)
check(_hashlib.hmac_digest, b"k", b"m", "nonesuch")
check(_hashlib.hmac_digest, b"k", b"m", len)
check(hmac.digest, b"k", b"m", "nonesuch")
