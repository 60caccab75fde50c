def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for value in [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**100, 0.0, -0.0, 1.0, 1.5, -1.5, 1e300,
              float("inf"), float("-inf"), True, False, 0j, 1+0j, 1j, complex(1.5, -2.5), "",
              b"", (), (1, 2), (1, (2, 3)), frozenset(), None is None, range(3), range(0),
              slice(1, 2).indices(5)]:
    show(f"hash({value!r})", lambda: hash(value))
show("hash int float agree", lambda: hash(2.0) == hash(2) and hash(2**70 * 1.0) == hash(2**70))
show("hash fractions", lambda: hash(0.5) == hash(2**60))
for bad in [[], {}, set(), bytearray(), [1, 2], ([],)]:
    show(f"hash({bad!r})", lambda: hash(bad))
class Eq:
    def __eq__(self, other):
        return True
class H:
    def __hash__(self):
        return 2**65
class BadHash:
    def __hash__(self):
        return "x"
class Minus:
    def __hash__(self):
        return -1
show("class with __eq__ only", lambda: hash(Eq()))
show("big __hash__", lambda: hash(H()))
show("bad __hash__", lambda: hash(BadHash()))
show("-1 __hash__", lambda: hash(Minus()))
show("hash()", lambda: hash())
show("bool subclass", lambda: hash(type("I", (int,), {})(7)))
