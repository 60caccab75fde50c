def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

MP = type(type.__dict__)
d = {'b': 1, 'a': 2}
m = MP(d)
print(list(m.keys()), list(m.values()), list(m.items()), type(m.keys()).__name__)
print(list(reversed(m)), list(iter(m)), sorted(m))
print('a' in m, 'z' in m, m.get('a'), m.get('q', 'dflt'))
t(lambda: m.get())
t(lambda: [] in m)
t(lambda: m[[]])
print(len(m), bool(MP({})), m == d, d == m)
print(m | {'c': 3}, type(m | {'c': 3}).__name__)
t(lambda: m | 1)
print(MP(m) == m, repr(MP({'x': MP({})})))
class Mapping:
    def __getitem__(self, k): return k * 2
    def keys(self): return ['k']
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
p = MP(Mapping())
print(p['ab'], list(p))
t(lambda: MP(()))
t(lambda: MP(mapping={}))
print(str(m))
print(type(int.__dict__).__name__, 'real' in int.__dict__)
