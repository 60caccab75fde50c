# memoryview.release() and the context manager: every use of a released view is refused.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b"abc")
print(repr(m).startswith("<memory at 0x"))
print(m.release(), m.release())
print(repr(m).startswith("<released memory at 0x"), repr(m).endswith(">"))
uses = {
    "len": lambda: len(m), "item": lambda: m[0], "slice": lambda: m[1:],
    "list": lambda: list(m), "tobytes": lambda: m.tobytes(), "tolist": lambda: m.tolist(),
    "hex": lambda: m.hex(), "cast": lambda: m.cast("B"), "toreadonly": lambda: m.toreadonly(),
    "memoryview": lambda: memoryview(m), "bytes": lambda: bytes(m), "bytearray": lambda: bytearray(m),
    "hash": lambda: hash(m), "enter": lambda: m.__enter__(), "in": lambda: 97 in m,
    "bool": lambda: bool(m), "setitem": lambda: m.__setitem__(0, 1),
}
for name in ("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"):
    uses[name] = lambda name=name: getattr(m, name)
for label, use in uses.items():
    attempt(label, use)
print(m == m, m != m, m == b"abc", m == memoryview(b"abc"), memoryview(b"abc") == m, b"abc" == m)

# A hash computed before the release stays available.
h = memoryview(b"xyz")
value = hash(h)
h.release()
print(hash(h) == value == hash(b"xyz"))

with memoryview(b"ctx") as v:
    print(v.tobytes(), v[0], type(v).__name__)
attempt("after with", lambda: v.tobytes())
with memoryview(bytearray(b"ctx")) as v:
    v[0] = ord("C")
    print(v.obj)
print(memoryview(b"x").__exit__(None, None, None), memoryview(b"x").__exit__(1, 2, 3, 4))
attempt("exit keywords", lambda: memoryview(b"x").__exit__(a=1))
attempt("release arguments", lambda: memoryview(b"x").release(1))
attempt("enter arguments", lambda: memoryview(b"x").__enter__(1))
try:
    with memoryview(b"boom") as v:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, repr(v).startswith("<released"))

# Releasing one view leaves the others usable.
base = memoryview(b"shared")
part = base[1:4]
copy = memoryview(base)
base.release()
print(part.tobytes(), copy.tobytes(), part.obj)
it = iter(memoryview(b"ab"))
print(next(it), next(it), next(it, "end"))
view = memoryview(b"ab")
it = iter(view)
print(next(it))
view.release()
attempt("next after release", lambda: next(it))
