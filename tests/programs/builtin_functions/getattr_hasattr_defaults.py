def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class C:
    x = 1
    @property
    def broken(self):
        raise ValueError("inside property")
    @property
    def missing(self):
        raise AttributeError("gone")
c = C()
show("getattr", lambda: getattr(c, "x"))
show("getattr default", lambda: getattr(c, "nope", "dflt"))
show("getattr missing", lambda: getattr(c, "nope"))
show("getattr non-str", lambda: getattr(c, 1))
show("getattr non-str default", lambda: getattr(c, 1, None))
show("property ValueError", lambda: getattr(c, "broken", "d"))
show("property AttributeError default", lambda: getattr(c, "missing", "d"))
show("hasattr", lambda: (hasattr(c, "x"), hasattr(c, "nope"), hasattr(c, "missing")))
show("hasattr raising", lambda: hasattr(c, "broken"))
show("hasattr non-str", lambda: hasattr(c, 5))
show("getattr args", lambda: getattr(c))
show("getattr too many", lambda: getattr(c, "x", 1, 2))
show("getattr module", lambda: getattr(__import__("sys"), "nope"))
show("getattr type", lambda: getattr(int, "nope"))
show("getattr None", lambda: getattr(None, "nope"))
class G:
    def __getattr__(self, name):
        if name == "special":
            return "via __getattr__"
        raise AttributeError(name)
show("__getattr__", lambda: (getattr(G(), "special"), getattr(G(), "other", 0)))
show("hasattr __getattr__", lambda: (hasattr(G(), "special"), hasattr(G(), "other")))
