# memoryview.cast() to the native single-character formats; packing and unpacking items.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = bytes(range(1, 17))
for fmt in "bBchHiIlLqQnNPfd?":
    c = memoryview(data).cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.tolist()[:2], c[-1] == c.tolist()[-1])
print(memoryview(data).cast("@h").format, memoryview(data).cast("@h")[0], memoryview(data).cast("i", [4]).shape)
print(memoryview(data).cast("h").cast("B").tolist() == list(data), memoryview(data).cast(format="q", shape=(2,)).tolist())
print(memoryview(b"\x00\x00\x80\x3f").cast("f")[0], memoryview(b"\x01\x00\x02").cast("?").tolist())
print(list(memoryview(b"abcd").cast("h")), memoryview(b"abcd").cast("c").tolist(), memoryview(b"abcd").cast("i").hex())
print(memoryview(b"abcdefgh").cast("h")[::2].tolist(), memoryview(b"abcdefgh").cast("h")[::-2].tobytes())
print(memoryview(b"abcdefgh").cast("h")[1:].strides, memoryview(b"").cast("i").tolist())

attempt("multiple", lambda: memoryview(b"abc").cast("i"))
attempt("non-contiguous", lambda: memoryview(b"abcd")[::2].cast("B"))
for fmt in ("x", "<b", "bb", "", "@", "e"):
    attempt("format %r" % fmt, lambda: memoryview(b"ab").cast(fmt))
attempt("format int", lambda: memoryview(b"ab").cast(1))
attempt("non-ascii", lambda: memoryview(b"ab").cast("\xe9"))
attempt("non-byte", lambda: memoryview(b"abcd").cast("h").cast("i"))
attempt("no format", lambda: memoryview(b"ab").cast())
attempt("three", lambda: memoryview(b"ab").cast("B", (2,), 3))
for shape in ((3,), 2, None, [2.0], [-2], [0], ()):
    attempt("shape %r" % (shape,), lambda: memoryview(b"ab").cast("B", shape).shape)
attempt("empty with shape", lambda: memoryview(b"").cast("B", [1]))
attempt("released", lambda: (lambda v: (v.release(), v.cast("B")))(memoryview(b"ab")))

print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"ab").cast("b")) == hash(b"ab"))
attempt("hash h", lambda: hash(memoryview(b"ab").cast("h")))

def store(fmt, value, size=8):
    w = memoryview(bytearray(size)).cast(fmt)
    try:
        w[0] = value
        print("store", fmt, repr(value), w[0])
    except Exception as e:
        print("store", fmt, repr(value), type(e).__name__, e)

class Index:
    def __index__(self):
        return 7
    def __repr__(self):
        return "Index()"
class Floaty:
    def __float__(self):
        return 2.5
    def __repr__(self):
        return "Floaty()"
for value in (0, 255, 256, -1, True, Index(), 1.0, "a", b"a"):
    store("B", value)
for value in (-128, 127, 128, -129):
    store("b", value)
for value in (32767, -32768, 32768, 70000):
    store("h", value)
for value in (65535, 65536, -1):
    store("H", value)
for value in (2**31 - 1, 2**31, 2**32 - 1, 2**32):
    store("i", value)
    store("I", value)
for value in (2**63 - 1, 2**63, -2**63, 2**64 - 1, 2**64, -1):
    store("q", value)
    store("Q", value)
    store("n", value)
    store("N", value)
    store("P", value)
store("P", Index())
for value in (1, 2.5, 1e300, Floaty(), Index(), "x", 2**1100):
    store("f", value)
    store("d", value)
for value in (b"z", b"zz", b"", 97, bytearray(b"a"), "a"):
    store("c", value)
for value in (0, 5, [], [0], "", None):
    store("?", value)

a = memoryview(b"abcd").cast("b")
print(a == b"abcd", memoryview(b"\xff").cast("b") == b"\xff", memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
print(memoryview(b"ab").cast("c") == b"ab", memoryview(b"ab").cast("c") == memoryview(b"ab").cast("c"))
print(memoryview(b"\x01").cast("?") == b"\x01", memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x01\x00\x00\x00").cast("i"))
nan = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(nan == nan, nan.tolist(), memoryview(b"abcd").cast("h") == b"abcd")
print(memoryview(bytes(8)).cast("q") == memoryview(bytes(8)).cast("d"), memoryview(b"\xff" * 8).cast("q") == memoryview(b"\xff" * 8).cast("Q"))
