# The codec registry: search functions, the cache, normalised names, text
# encodings versus others, codecs.encode/decode and their type checks.
import codecs

seen = []
def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)),
                                name="my-codec")
    if name == "bad_codec":
        return (1, 2, 3)
    return None

codecs.register(search)
info = codecs.lookup("My-Codec")
print(info.name, info is codecs.lookup("my codec"), seen)
print("abc".encode("my-codec"), b"XYZ".decode("my_codec"))
print(codecs.encode("hi", "my-codec"), codecs.decode(b"HI", "my-codec"))
for name in ["bad-codec", "no-such-codec", "a\xe9"]:
    try:
        codecs.lookup(name)
    except Exception as e:
        print(type(e).__name__, e)
try:
    codecs.lookup(1)
except TypeError as e:
    print(e)
try:
    codecs.register(1)
except TypeError as e:
    print(e)
codecs.unregister(search)
try:
    codecs.lookup("my-codec")
except LookupError as e:
    print(e)

print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"x", "base64"))
for call in [lambda: "a".encode("rot13"), lambda: b"a".decode("hex")]:
    try:
        call()
    except LookupError as e:
        print(e)
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("cp1252").name)
print("\u20ac\xe9".encode("cp1252"), b"\x80\xe9".decode("cp1252"), "\u0410".encode("koi8-r"))
print("ab".encode("utf-16"), "ab".encode("utf_32_be"), "a\xe9".encode("utf-8-sig"))
print(b"\xef\xbb\xbfa".decode("utf-8-sig"), b"\xff\xfea\x00".decode("utf-16"))
print("x\u1234".encode("idna") if False else "skip", "B\xfccher.example".encode("idna"))
print(codecs.lookup("utf-8").incrementaldecoder().decode(b"\xe2\x82"), "|")
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2")), repr(dec.decode(b"\x82")), repr(dec.decode(b"\xac")))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(bytes([b])) for b in "ab\u20ac".encode("utf-16")])
