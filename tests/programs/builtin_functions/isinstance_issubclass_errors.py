def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A: pass
class B(A): pass
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
show("isinstance tuple", lambda: isinstance(B(), (int, A)))
show("nested tuple", lambda: isinstance(1, (str, (bytes, (int,)))))
show("empty tuple", lambda: isinstance(1, ()))
show("union", lambda: isinstance(1, int | str))
show("union with None", lambda: isinstance(None, int | None))
show("bad second arg", lambda: isinstance(1, 1))
show("bad in tuple", lambda: isinstance(1, (int, 1)))
show("generic alias", lambda: isinstance([], list[int]))
show("issubclass", lambda: (issubclass(B, A), issubclass(A, B), issubclass(bool, int)))
show("issubclass tuple", lambda: issubclass(B, (str, A)))
show("issubclass non-class", lambda: issubclass(1, int))
show("issubclass bad second", lambda: issubclass(int, 1))
show("issubclass union", lambda: issubclass(bool, int | str))
show("instancecheck", lambda: (isinstance("magic", Magic), isinstance("x", Magic)))
show("subclasscheck", lambda: (issubclass(int, Magic), issubclass(str, Magic)))
show("isinstance args", lambda: isinstance(1))
show("issubclass kwargs", lambda: issubclass(int, classinfo=int))
show("object", lambda: (isinstance(type, object), isinstance(object, type), issubclass(type, object)))
class Fake:
    __class__ = int
show("__class__ override", lambda: (isinstance(Fake(), int), type(Fake()).__name__))
show("abstract via __bases__", lambda: issubclass(type("X", (), {"__bases__": ()})(), int))
