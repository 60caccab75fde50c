# Slots with inheritance: a subclass without __slots__ regains a __dict__.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(A):
    pass

b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print("AttributeError:", e)
c = C()
c.a = 1
c.other = 2
print(c.a, c.__dict__)

class D:
    __slots__ = ("__dict__", "v")
d = D()
d.v = 1
d.w = 2
print(d.v, d.__dict__)
try:
    class E:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
