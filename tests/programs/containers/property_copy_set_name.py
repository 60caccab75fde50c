def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def g(self): return 'g'
p = property(g, doc='D')
p2 = p.setter(lambda s, v: None)
p3 = p2.deleter(lambda s: None)
p4 = p3.getter(lambda s: 'new')
print(p is p2, p2.__doc__, p3.fset is p2.fset, p4.fdel is p3.fdel, p4.fget is not g)
class C:
    a = p4
print(C().a)
class Sub(property):
    pass
s = Sub(g)
print(type(s.setter(g)).__name__, type(s.getter(g)).__name__)
class N:
    pass
pp = property(g)
pp.__set_name__(N, 'myname')
print('set_name ok')
class Named:
    @property
    def val(self): return 1
def st(o, n, v): setattr(o, n, v)
sa = st
def dl(o, n): delattr(o, n)
t(lambda: st(Named(), 'val', 2))
t(lambda: dl(Named(), 'val'))
class Plain:
    val = property(lambda s: 1)
t(lambda: st(Plain(), 'val', 2))
class Later:
    pass
Later.v = property(lambda s: 1)
t(lambda: st(Later(), 'v', 2))
def getter_raises(self):
    raise AttributeError('inner')
class GR:
    x = property(getter_raises)
    def __getattr__(self, n): return 'fallback ' + n
print(GR().x)
class DocFromGetter:
    @property
    def d(self):
        """getter doc"""
        return 0
print(DocFromGetter.d.__doc__)
class DocSub(property):
    "sub doc"
print(DocSub(lambda s: 1).__doc__)
t(lambda: sa(pp, 'fget', 1))
