# Class attributes vs instance attributes and mutable class defaults.
class C:
    shared = []
    n = 0
    def add(self, x):
        self.shared.append(x)
        self.n += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(C.shared, a.n, b.n, C.n)
C.n = 100
print(a.n, C().n)
del a.n
print(a.n)
try:
    del a.n
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.missing
except AttributeError as e:
    print("AttributeError:", e)
