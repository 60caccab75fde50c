def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("basic", lambda: sorted([3, 1, 2]))
show("reverse", lambda: sorted([3, 1, 2], reverse=True))
show("key", lambda: sorted(["bb", "a", "ccc"], key=len))
show("stable reverse", lambda: sorted([(1, "a"), (0, "b"), (1, "c")], key=lambda t: t[0], reverse=True))
show("string", lambda: sorted("hello"))
show("dict", lambda: sorted({"b": 1, "a": 2}))
show("generator", lambda: sorted(x % 4 for x in range(10)))
show("mixed types", lambda: sorted([1, "a"]))
show("positional key", lambda: sorted([1], len))
show("no args", lambda: sorted())
show("iterable keyword", lambda: sorted(iterable=[1]))
show("not iterable", lambda: sorted(5))
show("bad keyword", lambda: sorted([], cmp=None))
show("reverse int", lambda: sorted([1, 2], reverse=5))
show("reverse str", lambda: sorted([1, 2], reverse="x"))
show("key error", lambda: sorted([1, 0], key=lambda x: 1 / x))
show("nan", lambda: repr(sorted([3.0, float("nan"), 1.0])))
show("tuples", lambda: sorted([(2, "b"), (1, "z"), (2, "a")]))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Lt({self.v})"
show("only __lt__", lambda: sorted([Lt(3), Lt(1)]))
show("sets partial order", lambda: sorted([{1, 2}, {1}, {3}]))
show("key None", lambda: sorted([2, 1], key=None))
show("large", lambda: sorted(range(1000, 0, -7))[:5])
