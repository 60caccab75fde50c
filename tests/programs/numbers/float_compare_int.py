# float/int comparisons are exact, even beyond 2**53.
for f, i in [(2.0**53, 2**53), (2.0**53, 2**53 + 1), (2.0**63, 2**63), (2.0**63, 2**63 - 1), (2.0**64, 2**64 + 1), (1e300, 10**300),
             (float('inf'), 10**1000), (float('-inf'), -(10**1000)), (0.5, 0), (-0.5, 0), (-0.5, -1), (float('nan'), 0), (1e16, 10**16),
             (-2.0**70, -(2**70) - 1), (9007199254740993.0, 9007199254740993), (-0.0, 0)]:
    print(f, i, [f < i, f <= i, f == i, f != i, f > i, f >= i], [i < f, i == f, i > f])
print(1.0 == 1, 0.1 == 0.1, 0.1 + 0.2 == 0.3, float('nan') == float('nan'))
for op in ['<', '>=']:
    try:
        print(eval('1.0 ' + op + ' 1j'))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(eval('1.0 ' + op + ' "a"'))
    except TypeError as e:
        print(type(e).__name__, e)
print((1.0).__lt__(2), (1.0).__eq__('x'), (1.0).__ge__(2**2000), (1.0).__le__(1))
