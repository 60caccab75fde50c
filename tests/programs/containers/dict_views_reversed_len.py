d = {'x': 1, 'y': 2, 'z': 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), list(reversed(k)), list(reversed(v)), list(reversed(i)))
del d['y']
print(len(k), list(k), list(v), list(i))
d.clear()
print(len(k), list(k), bool(k), bool(v), bool(i))
d['new'] = 'n'
print(k, v, i)
r = reversed(k)
print(type(r).__name__, next(r))
try:
    next(r)
except StopIteration:
    print('stop')
e = {1: 1}
it = reversed(e.values())
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed({}.items())), reversed({}).__length_hint__())
print(sorted(k), sorted(i), min(v))
print(list(zip(d.keys(), d.values())) == list(d.items()))
