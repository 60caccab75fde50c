# __index__ is used for slicing, indexing, bin/hex, range and operator.index.
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Ix(3)], lst[Ix(1):Ix(4)])
print(bin(Ix(5)), hex(Ix(255)), oct(Ix(8)))
print(list(range(Ix(3))))
print("ab" * Ix(3))
print(int(Ix(7)) if hasattr(int, "__index__") else None)
class BadIx:
    def __index__(self): return 1.5
try:
    lst[BadIx()]
except TypeError as e:
    print("TypeError:", e)
try:
    lst["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
print(bool.__index__(True), (7).__index__())
