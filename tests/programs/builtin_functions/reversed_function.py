def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("list", lambda: list(reversed([1, 2, 3])))
show("tuple", lambda: list(reversed((1, 2))))
show("str", lambda: list(reversed("aé")))
show("range", lambda: list(reversed(range(5))))
show("dict", lambda: list(reversed({"a": 1, "b": 2})))
show("dict items", lambda: list(reversed({"a": 1}.items())))
show("set", lambda: reversed({1}))
show("generator", lambda: reversed(x for x in "a"))
show("int", lambda: reversed(5))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
show("sequence protocol", lambda: list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
show("__reversed__", lambda: list(reversed(Custom())))
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show("__reversed__ None", lambda: reversed(NoneRev()))
r = reversed([1, 2])
show("length_hint", lambda: r.__length_hint__())
show("next", lambda: (next(r), next(r), next(r, "end")))
show("args", lambda: reversed())
show("kwargs", lambda: reversed([], x=1))
show("bytes", lambda: list(reversed(b"ab")))
