# // on ints rounds toward negative infinity, for small and big values.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10),
         (2**70, 3), (-2**70, 3), (2**70, -3), (-2**70, -3), (10**40 + 1, 10**20), (-(10**40) - 1, 10**20),
         (5, 2**80), (-5, 2**80), (5, -2**80), (-2**48, 1), (-2**48, -1), (2**48 - 1, -1)]
for a, b in pairs:
    print(a, b, a // b)
for a, b in [(1, 0), (0, 0), (2**80, 0), (-3, False)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(7 // 2.0, -7 // 2.0, 7 // -2.0, True // True)
try:
    print(1 // 'x')
except TypeError as e:
    print(type(e).__name__, e)
