def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("ints", lambda: sum([1, 2, 3]))
show("empty", lambda: sum([]))
show("start", lambda: sum([1, 2], 10))
show("start keyword", lambda: sum([1], start=5))
show("floats", lambda: sum([0.1] * 10))
show("mixed", lambda: sum([1, 2.5, True]))
show("big", lambda: sum([2**64, 2**64]))
show("complex", lambda: sum([1j, 2]))
show("lists with start", lambda: sum([[1], [2]], []))
show("tuples with start", lambda: sum([(1,), (2,)], ()))
show("str start", lambda: sum(["a", "b"], ""))
show("bytes start", lambda: sum([b"a"], b""))
show("bytearray start", lambda: sum([b"a"], bytearray()))
show("str items", lambda: sum(["a", "b"]))
show("not iterable", lambda: sum(5))
show("no args", lambda: sum())
show("generator", lambda: sum(x * x for x in range(100)))
show("inf nan", lambda: repr(sum([float("inf"), float("-inf")])))
show("overflow to float", lambda: sum([1e308, 1e308]))
show("int overflow fast path", lambda: sum([2**62, 2**62, 2**62]))
show("float then int", lambda: sum([0.5, 2**70]))
class Addable:
    def __radd__(self, other):
        return ("radd", other)
show("__radd__", lambda: sum([Addable()]))
show("None items", lambda: sum([None]))
show("bool sum", lambda: sum([True, True, False]))
