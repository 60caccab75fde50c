# memoryview slices are views (not copies); item and slice assignment on writable views.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def describe(v):
    return (v.tobytes(), v.nbytes, v.shape, v.strides, v.contiguous, v.c_contiguous, v.f_contiguous)

m = memoryview(b"abcdefgh")
for key in (slice(2, 5), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
            slice(6, 1, -2), slice(3, 3), slice(5, 1), slice(2, 0, 2), slice(2, 1, -2), slice(-3, None), slice(-100, 100)):
    print(key, describe(m[key]))
s = m[1:7][::2][::-1]
print(describe(s), s.obj is m.obj, s.readonly, list(s), s[0], s[-1], len(s))
attempt("slice of slice index", lambda: s[3])
attempt("bad slice", lambda: m["a":])
attempt("zero step", lambda: m[::0])

b = bytearray(b"abcdefgh")
w = memoryview(b)
part = w[2:6]
part[0] = ord("X")
print(b, part.tobytes(), w[2])
b[3] = ord("Y")
print(part.tobytes(), part.tolist())
w[-1] = 90
w[(0,)] = 65
print(b)
w[1:3] = b"12"
print(b)
w[::2] = bytearray(b"....")
print(b)
w[::-3] = memoryview(b"+-+")
print(b)
w[5:1:-1] = w[0:4]
print(b)
w[:] = w[::-1]
print(b)
w[2:2] = b""
print(b)
w[1:3] = memoryview(b"abcd")[::2]
print(b)
w[0:2] = memoryview(bytearray(b"\x01\x02"))
print(b)

for value in (b"xyz", b"x", memoryview(b"ab").cast("c"), memoryview(b"ab").cast("h"), 5, "ab", [1, 2]):
    attempt("assign %s" % type(value).__name__, lambda: w.__setitem__(slice(0, 2), value))
h = memoryview(bytearray(8)).cast("h")
h[1:3] = memoryview(b"\x01\x00\x02\x00").cast("h")
print(h.tolist())
attempt("assign h from B", lambda: h.__setitem__(slice(0, 2), b"abcd"))
attempt("assign index out of range", lambda: w.__setitem__(8, 1))
attempt("assign negative out of range", lambda: w.__setitem__(-9, 1))
attempt("assign huge index", lambda: w.__setitem__(2**70, 1))
attempt("assign bad key", lambda: w.__setitem__("a", 1))
attempt("assign empty tuple", lambda: w.__setitem__((), 1))
attempt("assign two indices", lambda: w.__setitem__((1, 2), 1))
attempt("assign multi slice", lambda: w.__setitem__((slice(None), slice(None)), b""))
attempt("assign byte range", lambda: w.__setitem__(0, 256))
attempt("assign bytes item", lambda: w.__setitem__(0, b"a"))

def delete(view, key):
    del view[key]
attempt("delete item", lambda: delete(w, 0))
attempt("delete slice", lambda: delete(w, slice(0, 2)))
attempt("read-only item", lambda: m.__setitem__(0, 1))
attempt("read-only slice", lambda: m.__setitem__(slice(0, 1), b"a"))
attempt("read-only delete", lambda: delete(m, 0))
r = w.toreadonly()
attempt("toreadonly assign", lambda: r.__setitem__(0, 1))
print(r.tobytes() == b.__bytes__() if hasattr(b, "__bytes__") else r.tobytes() == bytes(b))
