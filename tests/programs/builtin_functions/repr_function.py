def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class R:
    def __repr__(self):
        return "R()"
class NonStr:
    def __repr__(self):
        return 1
class StrSub(str):
    pass
class SubRepr:
    def __repr__(self):
        return StrSub("sub")
for value in [None, True, 1, -1.5, 1e16, 1e-5, 2**100, "x", 'a"b', "a'b", "a'\"b", b"\x00'",
              [1, [2]], (1,), (), {1: "a"}, set(), {1}, frozenset(), frozenset({2}), range(2),
              slice(1, None), Ellipsis, NotImplemented, R(), [R()], int, len, 1j, -0.0]:
    show(f"repr {type(value).__name__}", lambda: repr(value))
show("non-str repr", lambda: repr(NonStr()))
show("str subclass repr", lambda: type(repr(SubRepr())).__name__)
recursive = [1]
recursive.append(recursive)
show("recursive list", lambda: repr(recursive))
d = {}
d["self"] = d
show("recursive dict", lambda: repr(d))
show("repr()", lambda: repr())
