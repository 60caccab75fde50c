# complex(real, imag) with int, float, complex and special-method arguments.
class WithComplex:
    def __complex__(self):
        return 1 + 2j
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 4
class BadComplex:
    def __complex__(self):
        return 5
class CSub(complex):
    pass
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(True, False), complex(2**60, -(2**60)))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(1j, 2), complex(real=1, imag=2), complex(imag=3), complex(real=2j))
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithFloat()), complex(1, WithIndex()))
print(complex(CSub(1, 2)), type(complex(CSub(1, 2))).__name__, type(CSub(3)).__name__, CSub('1+1j'), complex(-0.0, -0.0), complex(0, -0.0))
for args in [(BadComplex(),), (WithComplex(), 1), (1, WithComplex()), (object(),), (2**1024,), (1, 2**1024), ('1', 1j)]:
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(complex(x=1))
except TypeError as e:
    print(type(e).__name__, e)
