# % on ints takes the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (9, 3), (-9, 3), (1, 100), (-1, 100),
         (2**70 + 5, 7), (-2**70 - 5, 7), (2**70 + 5, -7), (3, 2**70), (-3, 2**70), (3, -2**70), (-3, -2**70),
         (10**30, 10**15 + 3), (-(10**30), 10**15 + 3)]
for a, b in pairs:
    print(a, b, a % b, (a // b) * b + a % b == a)
for a, b in [(1, 0), (2**80, 0), (-1, False)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(7 % 2.5, -7 % 2.5, 7 % -2.5, 5 % True)
try:
    print(5 % None)
except TypeError as e:
    print(type(e).__name__, e)
print("%d" % 5, "x%sy" % 7)
