# RecursionError raised from a __repr__ that calls itself.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError:", e)
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
        self.n = n
    def __repr__(self):
        return f"{self.n}->{self.next!r}"
print(repr(Chain(5)))
