def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
print(d.setdefault('a', []), d)
d.setdefault('a', []).append(1); print(d)
d.setdefault('b').__class__; print(d)
print(d.setdefault(1.0, 'f'), d.setdefault(1, 'i'), d.setdefault(True, 'b'), d)
t(lambda: d.setdefault([], 1))
t(lambda: d.setdefault('a', 1, 2))
t(lambda: d.setdefault(key='a'))
print(d.get(1), d.get(True), d.get(1.0), d.get(2, 'no'), d.get((1,)), d.get(None))
t(lambda: d.get(key=1))
t(lambda: d.get({}))
print({(1, 2): 'tuple'}.get((1, 2)), {frozenset([1]): 'fs'}.get(frozenset([1])))
t(lambda: {}.get({1}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
print({K(1): 'k'}.get(K(1)), {K(1): 'k'}.get(K(2)), {K(1): 'k'}.get(1))
class BadHash:
    def __hash__(self): raise RuntimeError('bad hash')
t(lambda: {}.get(BadHash()))
t(lambda: {}.setdefault(BadHash()))
t(lambda: {}.pop(BadHash(), 1))
t(lambda: BadHash() in {})
print(dict.get({1: 2}, 1), dict.setdefault({}, 'x', 'y'))
