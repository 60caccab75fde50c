# ** on ints with non-negative exponents.
for b in [0, 1, -1, 2, -2, 3, 10, -10, 2**50, -(2**50)]:
    print(b, [b ** e for e in (0, 1, 2, 3, 5, 10)])
print(2 ** 200, (-3) ** 101, 7 ** 77)
print(0 ** 0, (-1) ** (2**100), (-1) ** (2**100 + 1), 1 ** (10**30), 0 ** (10**30))
print(True ** 10, 2 ** True, False ** 0)
print(2 ** 0.5, 4 ** 0.5, (-8) ** 2.0, 2 ** 1j)
for a, b in [(2, 'x'), ('x', 2), (None, 2)]:
    try:
        print(a ** b)
    except TypeError as e:
        print(type(e).__name__, e)
print((3).__pow__(4), (3).__rpow__(4), (3).__pow__(2.0))
