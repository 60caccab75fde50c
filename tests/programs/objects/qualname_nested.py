# __name__, __qualname__ and __module__ of classes and functions.
class Outer:
    class Inner:
        def method(self): pass
    def meth(self):
        def local(): pass
        class InFunc: pass
        return local, InFunc
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
f, K = Outer().meth()
print(f.__qualname__, K.__qualname__)
print(repr(Outer.Inner)[:30])
print((lambda: 0).__qualname__, Outer.__module__)
Outer.__qualname__ = "Renamed"
print(Outer.__qualname__, Outer.__name__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
