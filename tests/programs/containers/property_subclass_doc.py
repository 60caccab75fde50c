class P(property):
    pass
class C:
    @P
    def x(self):
        "x doc"
        return 1
print(type(C.x).__name__, C().x, C.x.__doc__)
class Q(property):
    "Q class doc"
class D:
    y = Q(lambda s: 2)
print(D.y.__doc__, D().y)
class D2:
    y = Q(lambda s: 2, doc='explicit')
print(D2.y.__doc__)
def getter(self):
    """getter's doc"""
    return 3
p = property(getter)
print(p.__doc__)
p.__doc__ = 'changed'
print(p.__doc__)
p2 = p.setter(lambda s, v: None)
print(p2.__doc__)
p3 = property(getter, doc=None)
print(p3.__doc__)
p4 = property(None, None, None, 'only doc')
print(p4.__doc__, p4.getter(getter).__doc__)
class R(property):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 'e'
r = R(getter)
print(r.extra, type(r.setter(None)).__name__ if False else type(r.deleter(getter)).__name__)
print(property.__doc__.splitlines()[0])
print(property.fget.__doc__, property.__isabstractmethod__.__class__.__name__)
