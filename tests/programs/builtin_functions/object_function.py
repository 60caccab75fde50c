def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

o = object()
show("object()", lambda: type(o).__name__)
show("object(1)", lambda: object(1))
show("object(x=1)", lambda: object(x=1))
show("setattr on object", lambda: setattr(o, "a", 1))
show("object.__eq__", lambda: (o == o, o != o, o == object(), o.__eq__(1)))
show("object ordering", lambda: o < o)
show("object.__lt__", lambda: o.__lt__(o))
show("object.__hash__", lambda: hash(o) == hash(o))
show("str is repr", lambda: str(o) == repr(o))
show("__class__", lambda: o.__class__.__name__)
show("__doc__", lambda: object.__doc__)
show("__init_subclass__", lambda: object.__init_subclass__())
show("__subclasshook__", lambda: object.__subclasshook__(int))
show("__sizeof__", lambda: type(o.__sizeof__()).__name__)
show("__format__", lambda: (format(o, "") == str(o), o.__format__("")[:8]))
show("__format__ nonempty", lambda: o.__format__("x"))
show("__dir__", lambda: sorted(o.__dir__()) == sorted(dir(o)))
show("__getstate__", lambda: o.__getstate__())
show("object.__new__(int)", lambda: object.__new__(int))
show("object.__new__(1)", lambda: object.__new__(1))
show("__ne__ default", lambda: type("E", (), {"__eq__": lambda s, o: True})() != 1)
class WithInit:
    def __init__(self):
        pass
show("init args", lambda: WithInit(1))
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
show("new args", lambda: type(WithNew(1, 2)).__name__)
show("object.__init__ extra", lambda: object.__init__(WithNew(), 1))
