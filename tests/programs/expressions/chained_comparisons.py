# a < b < c evaluates b once and stops at the first false comparison.
def v(label, x):
    print("eval", label)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 != 2, 1 < 2 > 0)
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], x is not None is not False)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
    def __repr__(self):
        return f"Loud({self.n})"

print(Loud(1) < Loud(2) < Loud(0) < Loud(5))

class Weird:
    def __lt__(self, other):
        return "truthy string"

print(Weird() < Weird())
print(Weird() < Weird() < Weird())
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9 < 10)
