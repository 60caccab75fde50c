d = {1: 'a'}
k, v, i = d.keys(), d.values(), d.items()
snap = [list(k), list(v), list(i)]
d[2] = 'b'
d[1] = 'A'
print(snap, list(k), list(v), list(i))
print(k & {2}, (2, 'b') in i, 'A' in v, len(i))
d.update({3: 'c'}); del d[2]
print(k, v, i, list(reversed(i)))
it = iter(v)
print(next(it))
d[1] = 'changed value is fine'
print(next(it), list(it))
d.clear()
print(k, v, i, k == set(), i == set())
