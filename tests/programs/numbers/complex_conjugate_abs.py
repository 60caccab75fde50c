# complex.conjugate() and abs() of complex.
for c in [0j, 1j, 3 + 4j, -3 - 4j, complex(-0.0, 0.0), 1e300 + 1e300j, 5e-324 + 5e-324j, complex(float('inf'), float('nan')), complex(float('nan'), 1)]:
    print(repr(c), repr(c.conjugate()), abs(c))
try:
    print(abs(complex(1.7976931348623157e308, 1.7976931348623157e308)))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((1j).conjugate(1))
except TypeError as e:
    print(type(e).__name__, e)
print((5).conjugate(), (2.5).conjugate(), (1 + 1j).__abs__())
