def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get([]))
print(d.pop('a'), d, d.pop('z', 'dflt'), d.pop('z', None))
t(lambda: d.pop('z'))
t(lambda: d.pop())
t(lambda: d.pop([]))
t(lambda: d.pop([], 1))
t(lambda: {}.pop(1))
t(lambda: {}.pop((1, 2)))
print(d.setdefault('c', 3), d.setdefault('c', 4), d.setdefault('n'), d)
t(lambda: d.setdefault())
t(lambda: d.setdefault({}, 1))
print(d.copy(), d.copy() is d)
c = d.copy(); c['q'] = 1; print(d, c)
d.clear(); print(d)
t(lambda: d.clear(1))
t(lambda: d['missing'])
t(lambda: d[[1]])
t(lambda: {}[(1, [2])])
def dl(x, k):
    del x[k]
    return x
t(lambda: dl({1: 2}, 1))
t(lambda: dl({1: 2}, 3))
t(lambda: dl({1: 2}, []))
print(len({}), len({1: 1, 2: 2}), 1 in {1: 2}, 2 in {1: 2})
t(lambda: [] in {})
print({1: 'a', 1.0: 'b', True: 'c'})
print({0: 'a', False: 'b', 0.0: 'c'})
print(d.__contains__(1), {1: 2}.__getitem__(1), dict.__len__({1: 1}))
