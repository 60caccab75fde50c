# Cooperative super() in a diamond visits each class once, in MRO order.
class Root:
    def hello(self):
        print("Root")
class L(Root):
    def hello(self):
        print("L")
        super().hello()
class R(Root):
    def hello(self):
        print("R")
        super().hello()
class D(L, R):
    def hello(self):
        print("D")
        super().hello()

D().hello()
print("--")
super(L, D()).hello()
print("--")
class Kw:
    def __init__(self, **kw):
        print("Kw leftover", kw)
class A1(Kw):
    def __init__(self, a=None, **kw):
        print("A1", a)
        super().__init__(**kw)
class B1(Kw):
    def __init__(self, b=None, **kw):
        print("B1", b)
        super().__init__(**kw)
class AB(A1, B1):
    pass
AB(a=1, b=2, c=3)
