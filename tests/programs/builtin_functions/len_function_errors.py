def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [0, 5, 2**63 - 1]:
    show(f"len(L({n}))", lambda: len(L(n)))
for bad in [-1, 2**63, 2**100, 1.5, "3", None]:
    show(f"len(L({bad!r}))", lambda: len(L(bad)))
class IntSub(int):
    pass
show("int subclass", lambda: len(L(IntSub(4))))
class Idx:
    def __index__(self):
        return 3
show("__index__", lambda: len(L(Idx())))
for value in ["", "é\U0001f600", b"ab", [1], (1, 2), {1: 2}, {1}, range(10**20 // 10**19), range(0, 10, 3), bytearray(3), memoryview(b"abc")]:
    show(f"len({type(value).__name__})", lambda: len(value))
show("len(int)", lambda: len(5))
show("len()", lambda: len())
show("len huge range", lambda: len(range(2**64)))
show("len(iter)", lambda: len(iter([])))
