def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict(a=1), dict([('a', 1)]), dict({'a': 1}, b=2), dict(**{'x': 1}), dict([], y=2))
print(dict(zip(range(3), 'abc')), dict({1: 2}.items()), dict(((1, 2), (1, 3))))
t(lambda: dict(1, 2))
t(lambda: dict([1, 2]))
t(lambda: dict(['ab', 'cde']))
t(lambda: dict(['a']))
t(lambda: dict([{1: 2}]))
t(lambda: dict(x=[], **{'x': 1}))
t(lambda: dict(**{1: 2}))
d = {1: 2}
d.__init__({3: 4}, z=5)
print(d)
print(type(dict.__new__(dict)).__name__, dict.__new__(dict))
t(lambda: dict.__new__(list))
class D(dict):
    def __init__(self, *a, **k):
        print('init', a, k)
        super().__init__(*a, **k)
print(D([(1, 2)], q=1))
class M(dict):
    def __missing__(self, k):
        return 'missing %r' % (k,)
m = M(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m)
class M2(dict):
    def __missing__(self, k):
        raise KeyError('custom', k)
t(lambda: M2()[5])
print(dict.__class_getitem__(int), dict[str, int])
print({**{1: 2}, **{1: 3, 4: 5}})
print({'a': 1, **{'b': 2}, 'a': 3})
