import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

NS = type(sys.implementation)
print(NS.__name__, NS.__qualname__)
n = NS(a=1, b='x')
print(n, repr(n), n.a, n.b)
n.c = [1]; print(n)
del n.a; print(n)
t(lambda: n.a)
def dl(o, k): delattr(o, k)
t(lambda: dl(n, 'zz'))
print(NS(), NS() == NS(), NS(a=1) == NS(a=1), NS(a=1) == NS(a=2), NS(a=1) != NS(b=1))
print(NS(a=1) == {'a': 1}, NS(b=2, a=1) == NS(a=1, b=2))
t(lambda: NS(1))
t(lambda: NS({'a': 1}))
t(lambda: NS(**{1: 2}))
t(lambda: hash(NS()))
t(lambda: NS() < NS())
print(n.__dict__, vars(n), sorted(k for k in dir(n) if not k.startswith('__')))
r = NS()
r.self = r
print(r)
print(NS(x=NS(y=2)))
print(NS(é=1), NS(**{'a b': 2}))
n2 = NS(z=1)
n2.__dict__['w'] = 2
print(n2)
class Sub(NS):
    pass
print(Sub(q=1), repr(Sub()))
print(NS.__reduce__(NS(a=1)))
print(n2.__reduce__())
print(getattr(n2, 'nope', 'dflt'))
