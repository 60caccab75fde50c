# A negative float to a fractional power gives a complex number.
for a, b in [(-8.0, 1/3), (-1.0, 0.5), (-2.0, 0.5), (-4, 0.5), (-2.0, 1.5), (-0.5, -0.5), (-1, 2.5), (-2.0, 2.0), (-2.0, -2.0), (-27, 1.0/3)]:
    r = a ** b
    print(a, b, type(r).__name__, repr(r) if type(r) is float else (round(r.real, 10), round(r.imag, 10)))
print(pow(-1.0, 0.5) == (-1.0) ** 0.5, type(pow(-9, 0.5)).__name__)
