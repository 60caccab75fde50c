def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a'}
d.update({2: 'b'}); print(d)
d.update([(3, 'c'), [4, 'd']]); print(d)
d.update(x=1, y=2); print(d)
d.update({5: 'e'}, z=3); print(d)
d.update(); print(d)
d.update(((i, i) for i in range(2))); print(d)
d.update(["ab", "cd"]); print(d)
def u(*a, **k):
    x = {}
    x.update(*a, **k)
    return x
t(lambda: u([1]))
t(lambda: u([(1,)]))
t(lambda: u([(1, 2, 3)]))
t(lambda: u([(1, 2), (3,)]))
t(lambda: u(["abc"]))
t(lambda: u(5))
t(lambda: u(None))
t(lambda: u({}, {}))
t(lambda: u([([], 1)]))
t(lambda: dict([1]))
t(lambda: dict([(1, 2), 'x']))
t(lambda: dict([(1,)]))
t(lambda: dict(5))
t(lambda: dict({}, {}))
print(dict([(1, 2)], a=3), dict(a=1, b=2), dict({1: 2}), dict(zip('ab', range(2))))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(dict(M()), u(M()))
class NoGet:
    def keys(self): return [1]
t(lambda: u(NoGet()))
class KeysOnly:
    def keys(self): return 5
t(lambda: u(KeysOnly()))
print(u({1: 2}.items()))
