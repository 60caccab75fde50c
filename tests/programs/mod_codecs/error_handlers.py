# Error handlers: the built-in ones by name and as functions, registered
# handlers for encoding and decoding, their answers' checks and positions.
import codecs

print(codecs.lookup_error("strict"), codecs.lookup_error("surrogateescape"))
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
             "surrogateescape", "surrogatepass"]:
    for text, enc in [("a\xe9\u20ac\udc80b", "ascii"), ("a\ud800b", "utf-8"), ("a\ud800b", "utf-16-le"),
                      ("\xe9\u0100", "latin-1")]:
        try:
            print(name, enc, text.encode(enc, name))
        except Exception as e:
            print(name, enc, type(e).__name__, e)
    for data, enc in [(b"a\xff\xfeb", "utf-8"), (b"a\xed\xa0\x80b", "utf-8"), (b"\x00\xd8a\x00", "utf-16-le"),
                      (b"a\x80", "ascii")]:
        try:
            print(name, enc, ascii(data.decode(enc, name)))
        except Exception as e:
            print(name, enc, type(e).__name__, e)

def encode_handler(exc):
    print("  handler:", type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason)
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("test.mark", encode_handler)
print("a\xe9\xe9b\u20ac".encode("ascii", "test.mark"))
print(b"a\xff\xffb".decode("utf-8", "test.mark"))

codecs.register_error("test.bytes", lambda exc: (b"[?]", exc.end))
print("a\xe9b".encode("latin-1", "test.bytes"), "a\u1234b".encode("latin-1", "test.bytes"))
codecs.register_error("test.back", lambda exc: ("", exc.start - 1 if exc.start else exc.end))
codecs.register_error("test.skip", lambda exc: ("", -1))
print("ab\xe9cd".encode("ascii", "test.skip"))
for bad in [lambda exc: "x", lambda exc: ("x", "y"), lambda exc: ("\xe9", exc.end), lambda exc: ("", 100)]:
    codecs.register_error("test.bad", bad)
    for call in [lambda: "a\xe9".encode("ascii", "test.bad"), lambda: b"a\xff".decode("utf-8", "test.bad")]:
        try:
            print(call())
        except Exception as e:
            print(type(e).__name__, e)
try:
    "a\xe9".encode("ascii", "no.such.handler")
except LookupError as e:
    print(e)
print("abc".encode("ascii", "no.such.handler"))
try:
    codecs.register_error("x", 1)
except TypeError as e:
    print(e)

exc = UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "bad")
for f in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors,
          codecs.xmlcharrefreplace_errors, codecs.namereplace_errors]:
    print(f(exc))
exc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
for f in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors,
          codecs.lookup_error("surrogateescape")]:
    print(ascii(f(exc)))
for f in [codecs.xmlcharrefreplace_errors, codecs.strict_errors]:
    try:
        f(exc)
    except Exception as e:
        print(type(e).__name__, e)
try:
    codecs.ignore_errors(ValueError())
except TypeError as e:
    print(e)
print(codecs.lookup_error("surrogatepass")(UnicodeDecodeError("utf-16-be", b"\xd8\x00", 0, 2, "x")))
