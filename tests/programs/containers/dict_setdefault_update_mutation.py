# dict.setdefault probes once (one __hash__, one __eq__); dict.update from a dict
# that a key's __eq__ mutates raises RuntimeError.
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
print(y.setdefault(hashed2, []))
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
print(y.setdefault(hashed1, 0), y.setdefault(3), list(y.values()))
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict([(i, 0) for i in range(1, 1337)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e, len(other))
