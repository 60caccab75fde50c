def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    @property
    def ro(self): return 'ro'
    wo = property(None, lambda s, v: None)
    nodel = property(lambda s: 1, lambda s, v: None)
c = C()
def st(o, n, v): setattr(o, n, v)
def dl(o, n): delattr(o, n)
t(lambda: st(c, 'ro', 1))
t(lambda: dl(c, 'ro'))
t(lambda: c.wo)
t(lambda: dl(c, 'wo'))
t(lambda: dl(c, 'nodel'))
class D(C):
    pass
d = D()
t(lambda: st(d, 'ro', 1))
class E:
    x = property(lambda s: s.missing)
t(lambda: E().x)
class F:
    @property
    def x(self): raise ValueError('getter failed')
t(lambda: F().x)
p = property(lambda s: 1)
t(lambda: p.__set__(object(), 1))
t(lambda: p.__delete__(object()))
t(lambda: p.__get__())
print(p.__get__(None, int) is p)
t(lambda: property(fget=1, fset=2, fdel=3, doc=4, x=5))
t(lambda: property(1, 2, 3, 4, 5))
pp = property(1, 2, 3, 'd')
print(pp.fget, pp.fset, pp.fdel, pp.__doc__)
t(lambda: pp.__get__(1))
class G:
    anon = property(lambda self: 1)
G.__dict__['anon'].__set_name__(G, 'renamed')
t(lambda: st(G(), 'anon', 2))
