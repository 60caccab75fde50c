import hashlib
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16).hex()[:40])
print(hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=10).hex())
def check(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
check(hashlib.scrypt, b"pw", n=16, r=1, p=1)
check(hashlib.scrypt, b"pw", salt=b"s", n=15, r=1, p=1)
check(hashlib.scrypt, b"pw", salt=b"s", r=1, p=1)
check(hashlib.scrypt, b"pw", salt=b"s", n=16, r=1, p=1, dklen=0)
check(hashlib.scrypt, b"pw", salt=b"s", n=16, r=1, p=1, maxmem=-1)
check(hashlib.scrypt, b"pw", salt=b"s", n=2**20, r=8, p=1, maxmem=1024)
check(hashlib.scrypt, b"pw", b"s", n=16, r=1, p=1)
