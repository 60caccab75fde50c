import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

NS = type(sys.implementation)
a = NS(x=1, y=[2])
b = NS(y=[2], x=1)
print(a == b, a != b, a == NS(x=1), repr(a), repr(b))
a.y.append(3); print(a, a == b)
t(lambda: NS(x=1) < NS(x=2))
t(lambda: NS(1, 2))
t(lambda: NS.__init__(a, 5))
NS.__init__(a, z=9); print(a)
print(getattr(a, 'x'), hasattr(a, 'nope'), setattr(a, 'w', 0), a)
delattr(a, 'w'); print(a)
t(lambda: delattr(a, 'w'))
class Sub(NS):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
s = Sub(q=1)
print(s, type(s).__name__, s == NS(q=1, extra=True))
print(NS(__dict__=1) if False else NS(dict=1), NS(**{'class': 1}))
print(type(NS.__dict__).__name__, type(a.__dict__).__name__)
a.__dict__.clear(); print(a)
print(NS.__doc__.splitlines()[0])
