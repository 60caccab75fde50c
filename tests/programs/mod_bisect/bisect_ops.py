import bisect, _bisect
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)])
print([bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect(a, 9, lo=2, hi=None))
b = []
for x in [5, 1, 4, 1, 3]: bisect.insort(b, x)
print(b); bisect.insort_left(b, 1); bisect.insort_right(b, 4, 0, 3); print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('y', 0), key=lambda r: r[1]); print(recs)
class Seq:
    def __init__(self): self.d = [1, 3, 5]
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): self.d.insert(i, x)
s = Seq(); print(bisect.bisect(s, 4)); bisect.insort(s, 4); print(s.d)
t(lambda: bisect.bisect_left([1], 1, -1)); t(lambda: bisect.bisect_left([1])); t(lambda: bisect.bisect_left(1, 1))
t(lambda: bisect.bisect_right([1, 2], 2, 0, 1, 2)); t(lambda: bisect.insort_left([1], 1, -5)); t(lambda: bisect.bisect_left([1], 1, 'a'))
t(lambda: bisect.bisect_left([1], 1, x=1)); t(lambda: bisect.bisect_left([1], 'a')); t(lambda: bisect.bisect_right([1], 1, hi=-1))
print(dir(_bisect))
