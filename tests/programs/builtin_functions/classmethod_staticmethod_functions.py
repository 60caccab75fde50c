def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class C:
    @classmethod
    def make(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def helper(x, y=2):
        return x + y
    @classmethod
    @property
    def prop(cls):
        return cls.__name__.lower()
class D(C):
    pass
show("C.make(1)", lambda: C.make(1))
show("D.make(2)", lambda: D.make(2))
show("D().make(3)", lambda: D().make(3))
show("C.helper(1)", lambda: C.helper(1))
show("C().helper(1, 5)", lambda: C().helper(1, 5))
show("classmethod property", lambda: D.prop)
cm = C.__dict__["make"]
sm = C.__dict__["helper"]
show("types", lambda: (type(cm).__name__, type(sm).__name__))
show("__func__", lambda: (cm.__func__.__name__, sm.__func__.__name__))
show("__wrapped__", lambda: (cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__))
show("__isabstractmethod__", lambda: (cm.__isabstractmethod__, sm.__isabstractmethod__))
show("staticmethod callable", lambda: sm(3, 4))
show("cm.__get__(None, D)", lambda: cm.__get__(None, D)(9))
show("cm.__get__(D())", lambda: cm.__get__(D())(9))
show("classmethod()", lambda: classmethod())
show("staticmethod(1, 2)", lambda: staticmethod(1, 2))
show("classmethod(1) call", lambda: classmethod(1).__get__(None, C)())
show("staticmethod(1)()", lambda: staticmethod(1)())
show("classmethod kw", lambda: classmethod(f=len))
show("names", lambda: (sm.__name__, sm.__qualname__, cm.__name__, cm.__qualname__, sm.__doc__))
def documented():
    "The doc."
show("doc copied", lambda: (staticmethod(documented).__doc__, classmethod(documented).__doc__))
