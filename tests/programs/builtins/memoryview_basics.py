# memoryview over bytes and bytearray: construction, attributes, items, iteration, conversions.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b"abcdef")
print(type(m).__name__, memoryview.__module__, type(iter(m)).__name__)
print(m.obj, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m[0], m[-1], m[5], m[-6], m[(1,)], list(m), m.tolist(), m.tobytes())
print(97 in m, b"a" in m, bool(m), bool(memoryview(b"")), [x + 1 for x in m])
print(repr(m).startswith("<memory at 0x"), repr(m).endswith(">"), str(m) == repr(m))

w = memoryview(bytearray(b"xyz"))
print(w.readonly, w.obj, w.tobytes(), memoryview(w).obj is w.obj, memoryview(m).readonly)
print(memoryview(object=b"kw").tobytes(), memoryview.__new__(memoryview, b"new").tobytes())
class B(bytes):
    pass
print(type(memoryview(B(b"sub")).obj).__name__, memoryview(B(b"sub")).tobytes())

attempt("int", lambda: memoryview(1))
attempt("str", lambda: memoryview("text"))
attempt("list", lambda: memoryview([1, 2]))
attempt("none", lambda: memoryview())
attempt("two", lambda: memoryview(b"a", b"b"))
attempt("bad keyword", lambda: memoryview(x=b"a"))
attempt("subclass", lambda: type("M", (memoryview,), {}))

for key in (6, -7, 2**70, "a", 1.0, ..., (), (1, 2), (slice(None), slice(None))):
    attempt("getitem %r" % (key,), lambda: m[key])

print(m.hex(), m.hex(":"), m.hex(":", 2), m.hex(b"-", -4), memoryview(b"").hex())
print(m.tobytes("C"), m.tobytes("F"), m.tobytes(order=None))
attempt("tobytes X", lambda: m.tobytes("X"))
attempt("tobytes 1", lambda: m.tobytes(order=1))
attempt("tolist arg", lambda: m.tolist(1))

print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[::-1]), bytes(memoryview(b"")))
print(b"ab" + m, bytearray(b"ab") + m, b"-".join([m, m[1:3]]), b"abcdefg".startswith(m))
print(b"%s" % m, m in [b"abcdef"], b"ab" + memoryview(b"\x01\x02").cast("h"))

print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m == m[:], m != b"abc")
print(b"abcdef" == m, bytearray(b"abcdef") == m, m[::2] == b"ace", m == "abcdef", m == [97])
attempt("less", lambda: m < m)
attempt("less bytes", lambda: b"a" < m)

print(hash(m) == hash(b"abcdef"), hash(m[::2]) == hash(b"ace"), hash(memoryview(b"")) == hash(b""))
attempt("hash writable", lambda: hash(w))
attempt("hash readonly bytearray", lambda: hash(w.toreadonly()))
print(w.toreadonly().readonly, w.readonly, m.toreadonly().tobytes())
