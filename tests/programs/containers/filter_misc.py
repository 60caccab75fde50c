def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(filter(None, range(-2, 3))), list(filter(lambda c: c.isupper(), 'aBcDé')), list(filter(None, ['', (), [0], {}])))
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
    def __repr__(self): return 'T%s' % self.v
print(list(filter(None, [Truthy(True), Truthy(False)])))
print(list(filter(lambda x: Truthy(x > 1), [1, 2])))
class LenOnly:
    def __len__(self): return 0
print(list(filter(None, [LenOnly()])))
f = filter(lambda x: 1 / x, [1, 0, 2])
print(next(f))
t(lambda: next(f))
print(next(f))
t(lambda: filter(function=None, iterable=[]))
print(filter.__doc__.splitlines()[0])
