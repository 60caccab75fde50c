def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class C:
    cls_attr = 1
    __slots__ = ()
class D:
    pass
d = D()
show("setattr", lambda: (setattr(d, "x", 5), d.x))
show("setattr non-str", lambda: setattr(d, 1, 5))
show("delattr", lambda: (delattr(d, "x"), hasattr(d, "x")))
show("delattr missing", lambda: delattr(d, "x"))
show("delattr non-str", lambda: delattr(d, None))
show("setattr slots", lambda: setattr(C(), "y", 1))
show("setattr builtin", lambda: setattr(1, "real", 2))
show("setattr int attr", lambda: setattr(int, "foo", 1))
show("delattr builtin", lambda: delattr(str, "upper"))
show("setattr str subclass name", lambda: (setattr(d, type("S", (str,), {})("sub"), 3), d.sub))
show("setattr args", lambda: setattr(d, "a"))
show("delattr args", lambda: delattr(d))
show("setattr unicode", lambda: (setattr(d, "é", 1), getattr(d, "é")))
show("setattr on type", lambda: (setattr(D, "k", 9), D.k, d.k))
show("delattr on type", lambda: (delattr(D, "k"), hasattr(d, "k")))
class Guard:
    def __setattr__(self, name, value):
        raise AttributeError(f"no {name}")
    def __delattr__(self, name):
        print("deleting", name)
show("custom setattr", lambda: setattr(Guard(), "q", 1))
show("custom delattr", lambda: delattr(Guard(), "q"))
