# int.real, .imag, .numerator, .denominator and .conjugate() give exact ints.
class Sub(int):
    pass
for a in [0, 5, -5, 2**90, True, Sub(3)]:
    vals = [a.real, a.imag, a.numerator, a.denominator, a.conjugate()]
    print(repr(a), vals, [type(v).__name__ for v in vals])
for attr in ['real', 'imag', 'numerator', 'denominator']:
    try:
        setattr(5, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    print((5).conjugate(1))
except TypeError as e:
    print(type(e).__name__, e)
print(int.real.__get__(9), int.numerator.__doc__ is not None)
