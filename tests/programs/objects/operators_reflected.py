# Reflected operators are tried when the left operand returns NotImplemented.
class Meters:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Meters({self.v})"
    def __add__(self, o):
        print("Meters.__add__", o)
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("Meters.__radd__", o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __rmul__(self, o):
        return Meters(o * self.v)
    def __rpow__(self, o):
        return ("rpow", o, self.v)

m = Meters(5)
print(m + 1)
print(1 + m)
print(10 - m, 3 * m, 2 ** m)
print(sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
