class D(dict):
    def __getitem__(self, k):
        return 'getitem:' + str(dict.__getitem__(self, k))
d = D(a=1)
print(d['a'], d.get('a'), dict(d), list(d.items()), {**d})
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
c['x'] += 1; c['x'] += 1; c['y']
print(c, c.get('z'), 'z' in c)
class NoMissing(dict):
    pass
try:
    NoMissing()['q']
except KeyError as e:
    print('KeyError', e)
class K(dict):
    def keys(self): return ['only']
    def __getitem__(self, k): return 'v'
print(dict(K(real=1)), {}.update(K(real=1)) or 'upd')
x = {}
x.update(K(real=1)); print(x)
class R(dict):
    def __repr__(self): return 'R' + dict.__repr__(self)
print(R(a=1), [R()], str(R(b=2)))
class E(dict):
    def __eq__(self, o): return 'custom'
print(E() == {}, {} == E())
class L(dict):
    def __len__(self): return 42
print(len(L()), bool(L()), dict.__len__(L(a=1)))
