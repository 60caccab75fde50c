# Truth value: __bool__ first, then __len__, else True.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
print("yes" if L(2) else "no")
print(not B(False))
try:
    bool(B(1))
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
print([x for x in (0, 1, "", "a", [], [0], None, 0.0, -0.0, 0j) if x])
