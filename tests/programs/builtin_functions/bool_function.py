def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Len0:
    def __len__(self):
        return 0
class BoolTrue:
    def __bool__(self):
        return True
class BadLen:
    def __len__(self):
        return -1
class BoolInt:
    def __bool__(self):
        return 1
for value in [0, 1, -1, 0.0, -0.0, float("nan"), 0j, "", " ", b"", [], [0], (), {}, set(), frozenset(), range(0), None, Len0(), BoolTrue()]:
    show(f"bool({type(value).__name__} {value if type(value).__module__ == 'builtins' else ''})", lambda: bool(value))
show("bool()", lambda: bool())
show("bool(BadLen())", lambda: bool(BadLen()))
show("bool(BoolInt())", lambda: bool(BoolInt()))
show("bool(x=1)", lambda: bool(x=1))
show("bool(1, 2)", lambda: bool(1, 2))
show("True + True", lambda: True + True)
show("True & False", lambda: True & False)
show("True | 2", lambda: True | 2)
show("~True", lambda: ~True)
show("-True", lambda: -True)
show("True / 2", lambda: True / 2)
show("repr(bool)", lambda: (repr(True), str(False), f"{True:>6}", f"{True:d}", format(False, "")))
show("subclass", lambda: type("B", (bool,), {}))
