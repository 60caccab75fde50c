def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('deleting'); del self._x
c = C()
print(c.x, C.x.__doc__, type(C.x).__name__)
c.x = 5; print(c.x)
del c.x
t(lambda: c.x)
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
class RO:
    @property
    def y(self): return 2
r = RO()
def st(o, n, v): setattr(o, n, v)
def dl(o, n): delattr(o, n)
t(lambda: st(r, 'y', 3))
t(lambda: dl(r, 'y'))
class WO:
    y = property(None, lambda s, v: print('set', v))
w = WO()
t(lambda: w.y)
w.y = 9
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
class Q:
    z = property()
t(lambda: Q().z)
t(lambda: st(Q(), 'z', 1))
t(lambda: dl(Q(), 'z'))
print(C.x.__get__(None, C) is C.x, C.x.__get__(c) if False else 'ok')
t(lambda: C.x.__get__(None, None))
c2 = C()
print(C.x.__get__(c2), C.x.__set__(c2, 10), c2.x, C.x.__delete__(c2))
t(lambda: property(1, 2, 3, 4, 5))
def documented_getter(self):
    "Return the value, as documented here."
print(property(doc='hello').__doc__, property(fget=documented_getter).__doc__[:20])
t(lambda: property(fget=1).__get__(1))
print(C.x.__isabstractmethod__)
