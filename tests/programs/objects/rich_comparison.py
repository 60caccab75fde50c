# Rich comparisons: reflection (__lt__ <-> __gt__), NotImplemented, and defaults.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __lt__(self, o):
        print("N.__lt__", self, o)
        if isinstance(o, N): return self.v < o.v
        return NotImplemented
    def __eq__(self, o):
        print("N.__eq__", self, o)
        if isinstance(o, N): return self.v == o.v
        return NotImplemented

a, b = N(1), N(2)
print(a < b)
print(b > a)
print(a == N(1), a != N(1))
print(a == 1)
print(1 == a)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(sorted([N(3), N(1), N(2)]))
class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain())
