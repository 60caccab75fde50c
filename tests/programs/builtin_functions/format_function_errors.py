def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Formattable:
    def __format__(self, spec):
        return f"<{spec}>"
class BadFormat:
    def __format__(self, spec):
        return 42
show("custom", lambda: format(Formattable(), "xyz"))
show("default spec", lambda: format(Formattable()))
show("bad result", lambda: format(BadFormat(), ""))
show("object nonempty", lambda: format(object(), "10"))
show("object empty", lambda: format(type("O", (), {"__str__": lambda s: "strd"})(), ""))
show("spec not str", lambda: format(1, 5))
show("int unknown code", lambda: format(1, "q"))
show("str unknown code", lambda: format("s", "d"))
show("float unknown code", lambda: format(1.5, "d"))
show("none", lambda: format(None))
show("none spec", lambda: format(None, "10"))
show("list", lambda: format([1], ""))
show("list spec", lambda: format([1], "5"))
show("precision int", lambda: format(5, ".2"))
show("comma and underscore", lambda: format(5, ",_"))
show("comma with s", lambda: format("x", ","))
show("too big width", lambda: format(1, "9" * 30))
show("alt for str", lambda: format("s", "#"))
show("equals for str", lambda: format("s", "=10"))
show("zero for str", lambda: format("s", "010"))
show("c with sign", lambda: format(65, "+c"))
show("c too big", lambda: format(0x110000, "c"))
show("c negative", lambda: format(-1, "c"))
show("args", lambda: format())
show("kwargs", lambda: format(1, format_spec=""))
