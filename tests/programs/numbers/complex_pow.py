# ** on complex numbers, with int exponents computed exactly where small.
for a, b in [(1j, 2), (1j, 3), (1j, 4), (1 + 1j, 2), (1 + 1j, 10), (2j, -1), (2j, -2), (1 + 2j, 0), (1 + 2j, 0j), (2, 1j), (1j, 1j), (-1, 0.5 + 0j),
             (1 + 1j, 0.5), (3 + 4j, 2.5), (0j, 2), (0j, 0), (1j, 100), (1j, -100)]:
    r = a ** b
    print(a, b, complex(round(r.real, 12), round(r.imag, 12)))
for a, b in [(10j, 1000), (1e200j, 2), (1e200 + 1e200j, 3)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(pow(1j, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
