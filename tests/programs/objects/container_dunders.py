# __getitem__/__setitem__/__delitem__/__len__ receive ints, slices and tuples as keys.
class Store:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", repr(k))
        return self.d[repr(k)]
    def __setitem__(self, k, v):
        print("set", repr(k), v)
        self.d[repr(k)] = v
    def __delitem__(self, k):
        print("del", repr(k))
        del self.d[repr(k)]
    def __len__(self): return len(self.d)

s = Store()
s["a"] = 1
s[1:2] = "slice"
s[1, 2] = "tuple"
s[..., 1:] = "ellipsis"
print(s["a"], len(s), s[1:2])
s[::2] = 0
del s["a"]
try:
    s["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(s.d))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)   # slices are unhashable in 3.11
class RO: pass
try:
    RO()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    RO()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del RO()[0]
except TypeError as e:
    print("TypeError:", e)
