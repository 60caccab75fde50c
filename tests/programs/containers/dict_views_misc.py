def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(k.mapping, v.mapping, i.mapping)
print(type(k.mapping).__name__, k.mapping == d)
t(lambda: k.mapping.__setitem__(1, 2))
d[3] = 'c'
print(k, v, i, len(k))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(type(reversed(d)).__name__, type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
it = iter(k)
print(it.__length_hint__(), next(it), it.__length_hint__())
t(lambda: hash(k))
t(lambda: k[0])
print(type(k).__name__, type(v).__name__, type(i).__name__)
t(lambda: type(k)())
dd = {}
dd[1] = dd
print(dd, dd.keys(), dd.values(), dd.items())
x = {'a': [1]}
x['a'].append(x)
print(x)
print(dict.keys(d), dict.values(d), dict.items(d))
t(lambda: dict.keys([]))
rv = reversed({})
print(list(rv))
t(lambda: reversed(d.values()).__next__())
print(list(reversed(dict.fromkeys(range(5)).items())))
