# int ** negative int gives a float.
for b in [1, -1, 2, -2, 3, 10, 2**60, -(2**60)]:
    print(b, [b ** e for e in (-1, -2, -3, -10)])
print(2 ** -1074, 2 ** -1075, 2 ** -1076, 10 ** -400)
for a, b in [(0, -1), (0, -2), (0, -(2**70))]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(10**400, -1), (2, -(2**100))]:
    try:
        print(a ** b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print((-2) ** -1 , (-2) ** -2, type(4 ** -1).__name__)
