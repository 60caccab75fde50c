d = {}
d['z'] = 1; d['a'] = 2; d['m'] = 3
print(list(d), list(d.values()), list(d.items()))
d['a'] = 99; print(d)
del d['z']; d['z'] = 0; print(d)
print(list(reversed(d)), list(reversed(d.items())))
e = dict.fromkeys(range(10, 0, -1))
print(list(e))
f = {3: 'c', 1: 'a', 2: 'b'}
print(sorted(f), sorted(f.items()), min(f), max(f.values()))
print({**f, 0: 'zero'}, {0: 'zero', **f})
print(list({'é': 1, 'ü': 2, 'a': 3}))
print(dict(zip('cba', range(3))))
g = {}
for k in [5, 3, 5, 1, 3]:
    g[k] = g.get(k, 0) + 1
print(g)
print(list(enumerate({'x': 1, 'y': 2})))
print([k for k in {1: 2, 3: 4}], {k: v for k, v in [(1, 'a'), (1, 'b')]})
h = {1: 'a'}
h.pop(1); h[2] = 'b'; h[1] = 'c'
print(h)
