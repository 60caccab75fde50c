def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for args in [(5,), (1, 5), (1, 10, 3), (10, 1, -2), (0,), (-5,), (5, 1), (0, 10, -1), (True,), (2**64, 2**64 + 3)]:
    show(f"range{args}", lambda: list(range(*args)))
for args in [(), (1, 2, 3, 4), (1.5,), ("1",), (1, 2, 0), (None,)]:
    show(f"range{args}", lambda: range(*args))
show("range kwargs", lambda: range(stop=3))
class I:
    def __index__(self):
        return 4
show("range __index__", lambda: list(range(I())))
show("repr", lambda: (repr(range(3)), repr(range(1, 3)), repr(range(1, 9, 2))))
show("len huge", lambda: len(range(-2**70, 2**70)))
show("huge len via attr", lambda: range(-2**70, 2**70).__len__())
show("index", lambda: range(0, 100, 7).index(49))
show("index missing", lambda: range(0, 100, 7).index(50))
show("count", lambda: (range(10).count(3), range(10).count(3.0), range(10).count("a")))
show("contains float", lambda: 3.0 in range(5))
show("slice", lambda: range(0, 20, 2)[1:8:3])
show("negative index", lambda: range(10)[-1])
show("index out of range", lambda: range(3)[5])
show("eq", lambda: (range(0) == range(5, 5), range(0, 3) == range(0, 4, 3) , range(1, 2) == range(1, 3, 5)))
show("hash eq", lambda: hash(range(0)) == hash(range(3, 3)))
show("attrs", lambda: (range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step))
show("reversed", lambda: list(reversed(range(1, 10, 3))))
show("bool", lambda: (bool(range(0)), bool(range(1))))
