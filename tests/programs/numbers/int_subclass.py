# Arithmetic on int subclasses returns plain ints; methods and repr work.
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
a = MyInt(7)
for r in [a + 1, a - 1, a * 2, a // 2, a % 4, a ** 2, -a, +a, abs(a), ~a, a << 1, a >> 1, a & 3, a | 8, a ^ 1,
          round(a), a.real, a.numerator, int(a), a.conjugate()]:
    print(r, type(r).__name__)
print(repr(a), str(a), format(a, '05'), '%d' % a, f'{a!r}', a.bit_length(), hash(a) == 7, a == 7)
class Big(int):
    pass
b = Big(2**100)
print(b + 0, type(b + 0).__name__, b.bit_length(), str(b), Big('ff', 16), Big(), type(Big()).__name__)
class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(WithNew(5), WithNew(5) + 1)
print(isinstance(True, int), issubclass(bool, int), type(MyInt(3) + MyInt(4)).__name__)
