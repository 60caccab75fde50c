# A subclass's reflected method runs before the base type's forward method.
class I(int):
    def __radd__(self, other):
        return 'I.__radd__'
    def __rsub__(self, other):
        return NotImplemented
    def __rpow__(self, other, mod=None):
        return 'I.__rpow__'
class F(float):
    def __rmul__(self, other):
        return 'F.__rmul__'
    def __eq__(self, other):
        return 'F.__eq__'
class C(complex):
    def __rtruediv__(self, other):
        return 'C.__rtruediv__'
print(1 + I(2), I(2) + 1, 1 - I(2), 2 ** I(3), pow(2, I(3)), 2.0 * F(3), F(3) * 2.0, 1.0 == F(1), F(1) == 1.0, 1 / C(2), True + I(1))
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return ('radd', other)
    def __rlshift__(self, other):
        return ('rlshift', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
    def __eq__(self, other):
        return ('eq', other)
    def __lt__(self, other):
        return ('lt', other)
    def __gt__(self, other):
        return ('gt', other)
print(5 + Num(1), 2**70 + Num(1), 1.5 + Num(1), 1j + Num(1), 5 << Num(1), divmod(5, Num(1)), 5 == Num(1), 5 < Num(1), 2.5 > Num(1))
