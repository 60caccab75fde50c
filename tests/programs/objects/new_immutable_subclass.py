# Subclassing immutable builtins requires __new__.
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "d", len(u))

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __repr__(self):
        return f"Pos({int(self)})"
p = Pos(-5)
print(p, repr(p), p + 1, type(p + 1).__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr))
