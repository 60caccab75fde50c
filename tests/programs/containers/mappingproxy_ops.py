def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

MP = type(type.__dict__)
print(MP.__name__)
m = MP({'b': 2, 'a': 1})
print(m, repr(m), m['a'], m.get('z'), m.get('z', 0), len(m), 'a' in m, list(m), list(reversed(m)))
print(m.keys(), m.values(), m.items())
print(m.copy(), type(m.copy()).__name__)
print(m | {'c': 3}, {'c': 3} | m, type(m | {}).__name__)
def ior(x, y):
    x |= y
    return x
t(lambda: ior(m, {'q': 1}))
def si(o, k, v): o[k] = v
def di(o, k): del o[k]
t(lambda: si(m, 'a', 5))
t(lambda: di(m, 'a'))
t(lambda: m.pop('a'))
t(lambda: m.clear())
t(lambda: m['zz'])
t(lambda: MP([1, 2]))
t(lambda: MP(5))
t(lambda: MP())
t(lambda: hash(m))
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m == MP({'b': 2, 'a': 1}))
t(lambda: m < {})
class C:
    x = 1
cd = C.__dict__
print(type(cd).__name__, cd['x'], 'x' in cd, cd.get('__module__'))
def sa(o, k, v): setattr(o, k, v)
t(lambda: sa(m, 'z', 1))
print(MP(MP({'n': 1})), MP({}))
d = {'k': 1}
live = MP(d)
d['k2'] = 2
print(live, len(live))
print(str(m), m.__class_getitem__(int) if hasattr(m, '__class_getitem__') else 'none')
print(iter(m).__class__.__name__)
