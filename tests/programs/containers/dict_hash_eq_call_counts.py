log = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        log.append(('hash', self.v))
        return self.v % 4
    def __eq__(self, other):
        log.append(('eq', self.v, getattr(other, 'v', other)))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self): return 'K%d' % self.v
d = {}
d[K(1)] = 'a'
d[K(5)] = 'b'
print(log); log.clear()
print(d[K(5)], log); log.clear()
print(K(9) in d, log); log.clear()
k1 = next(iter(d))
print(d[k1], log); log.clear()
d.pop(K(1)); print(d, log); log.clear()
s = {K(2), K(6)}
print(len(s), log); log.clear()
print(K(6) in s, log); log.clear()
