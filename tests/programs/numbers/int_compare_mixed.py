# Comparisons between ints, bools, floats and complex, exactly for big values.
big = 2**53
print(big + 1 == float(big + 1), big + 1 > float(big), big + 1 < 2.0**53 + 2, 2**1024 > 1e308, 2**1024 < float('inf'))
print(10**400 > float('inf'), -(10**400) > float('-inf'), 10**400 == float('inf'), 1 == 1.0, 1 == True, 0 == False)
print(1 == 1 + 0j, 2**60 == 2.0**60, 2**60 + 1 == 2.0**60, 2**60 + 1 > 2.0**60, -(2**60) - 1 < -(2.0**60))
print(float('nan') == 0, 0 < float('nan'), 0 > float('nan'), 5 != float('nan'))
print(3 < 3.5, 3 > 2.999999, -1 < -0.5, 0 == -0.0, (2**63) == 9223372036854775808.0, (2**63 - 1) < 9223372036854775808.0)
for a, b in [(1, 'a'), (1, None), (1, 1j), (1, [1])]:
    for op in ['<', '<=', '>', '>=']:
        try:
            print(eval('a ' + op + ' b'))
        except TypeError as e:
            print(type(e).__name__, e)
    print(a == b, a != b)
print(sorted([3, 1.5, True, -2**70, 2**70, 0.0, False, 2.5]))
print((5).__lt__(6.0), (5).__eq__(5.0), (5).__eq__('5'), (5).__ge__(5))
