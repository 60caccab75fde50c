# __missing__ on dict subclasses is used by [] but not by get().
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        v = self[key] = len(key)
        return v
d = Default(a=1)
print(d["a"], d["abc"], d.get("zz"), "zz" in d)
print(sorted(d.items()))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
class Plain(dict): pass
try:
    Plain()["x"]
except KeyError as e:
    print("KeyError:", e)
