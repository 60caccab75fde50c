# Binary operators try __op__, then the other operand's __rop__; NotImplemented falls through.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__ with", other)
        return V(other + self.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __repr__(self):
        return f"V({self.x})"

print(V(1) + V(2), V(1) + 5, 5 + V(1), V(3) * 2, 2 * V(3), -V(4))
print(sum([V(1), V(2), V(3)], V(0)))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - V(1)
except TypeError as e:
    print("TypeError:", e)

class Sub(V):
    def __radd__(self, other):
        print("subclass __radd__ tried first")
        return V(100)

print(V(1) + Sub(2))

for expr in ["1 + 'a'", "[1] * 'x'", "None + None", "{} | 1", "'a' @ 2", "-'s'", "~1.5"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
