# int / int is correctly rounded, even for huge operands.
pairs = [(1, 3), (-1, 3), (2, 4), (10**30, 10**10), (2**1000, 2**999), (1, 2**1000), (-(2**1100), 2**1000),
         (10**400, 10**399), (3, 7), (2**53 + 1, 1), (2**54 + 3, 2), (1, -7), (0, 5), (0, -5)]
for a, b in pairs:
    print(a / b)
for a, b in [(1, 0), (0, 0), (2**100, 0), (1, False)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(10**400, 1), (2**1024, 1), (1, 10**-1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(10**400 / 10**-1)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 / 2.0, 1 / 2j)
print((6).__truediv__(4), (6).__rtruediv__(4), (6).__truediv__('x'))
