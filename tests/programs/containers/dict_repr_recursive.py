d = {}
d['self'] = d
print(d, repr(d), str(d))
l = [1]
l.append(l)
print(l)
a = {}
b = {'a': a}
a['b'] = b
print(a, b)
m = [{}]
m[0]['m'] = m
print(m)
t = ([],)
t[0].append(t)
print(t)
class R:
    def __repr__(self):
        return 'R(%r)' % (self.x,)
r = R()
r.x = [r]
try:
    print(repr(r))
except RecursionError as e:
    print('RecursionError')
print({1: 'é', 'ключ': [None, ...], (1, 2): {3: 4.5}})
print({'a': "it's", "b": 'say "hi"', 'c': '\t'})
print(dict.__repr__({1: {}}))
print({-1: -0.0, 10**20: 1e20})
class K:
    def __repr__(self): return 'K'
    def __hash__(self): return 1
print({K(): K()})
