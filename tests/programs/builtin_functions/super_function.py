def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A:
    def who(self):
        return "A"
    @classmethod
    def cls_who(cls):
        return ("A.cls", cls.__name__)
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cls_who(cls):
        return ("B.cls",) + super().cls_who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
show("mro chain", lambda: D().who())
show("classmethod chain", lambda: D.cls_who())
show("explicit super", lambda: super(B, D()).who())
show("super(type, type)", lambda: super(B, D).cls_who())
show("unbound super", lambda: type(super(B)).__name__)
show("super repr", lambda: repr(super(B, D()))[:20])
show("bad second arg", lambda: super(B, 1))
show("bad first arg", lambda: super(1, D()))
show("missing attribute", lambda: super(D, D()).nope)
show("super no args outside", lambda: super())
show("attrs", lambda: (super(B, D()).__thisclass__.__name__, type(super(B, D()).__self__).__name__, super(B, D()).__self_class__.__name__))
class E:
    def method(self):
        def inner():
            return super().method()
        return inner()
show("super in nested function", lambda: E().method())
class F:
    def __init__(self):
        super().__init__()
        self.ok = True
show("super __init__", lambda: F().ok)
class G(dict):
    def __getitem__(self, key):
        return ("G", super().__getitem__(key))
show("builtin base", lambda: G(a=1)["a"])
show("super().__class__", lambda: type(super(B, D())).__name__)
class H:
    x = "class attr"
class I(H):
    @property
    def x(self):
        return "prop>" + super().x
show("super class attribute", lambda: I().x)
