import sys
recs = []
for i in range(60):
    recs.append(((i * 37) % 5, i))
s = sorted(recs, key=lambda r: r[0])
ok = all(s[j][0] < s[j+1][0] or (s[j][0] == s[j+1][0] and s[j][1] < s[j+1][1]) for j in range(len(s)-1))
print(ok)
print(s[:12])
r = sorted(recs, key=lambda r: r[0], reverse=True)
print(r[:12])
ok = all(r[j][0] > r[j+1][0] or (r[j][0] == r[j+1][0] and r[j][1] < r[j+1][1]) for j in range(len(r)-1))
print(ok)
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
print(sorted(data))
print(sorted(data, reverse=True))
strs = ["b", "A", "a", "B", "c", "C"]
print(sorted(strs, key=str.lower))
print(sorted(strs, key=str.lower, reverse=True))
class K:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return '%s%s' % (self.k, self.tag)
objs = [K(2, 'a'), K(1, 'b'), K(2, 'c'), K(1, 'd'), K(0, 'e')]
print(sorted(objs))
print(sorted(objs, reverse=True))
x = list(range(1000, 0, -1))
x.sort()
print(x == list(range(1, 1001)))
x = [(i * 7919) % 1009 for i in range(1009)]
x.sort()
print(x == list(range(1009)))
x = [i % 10 for i in range(100)]
x.sort(reverse=True)
print(x[:15])
print(sorted([2.5, -1, 3, 0.0, -0.0, 1e308, -1e308]))
print(sorted([-0.0, 0.0, 0, -0.0]))
print(sorted([10**20, 10**19, -10**40, 5]))
print(sorted([(1, 2), (1,), (0, 5, 6), ()]))
