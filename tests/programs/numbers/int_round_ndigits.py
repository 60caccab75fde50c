# round(int, ndigits) for positive, zero and negative ndigits.
for a in [0, 1, 5, 15, 25, 123456, -123456, 2**70, -(2**70), 10**30 + 5 * 10**14]:
    print(a, [round(a, n) for n in (None, 0, 1, 5, -1, -2, -3, -6, -15, -31, -100)])
print(type(round(5)).__name__, type(round(5, -1)).__name__, type(round(True, 0)).__name__, round(True), round(True, -1))
for n in [1.0, '1', 1j]:
    try:
        print(round(5, n))
    except TypeError as e:
        print(type(e).__name__, e)
print(round(5, 2**100), round(5, 10**6), round(-5, -400), round(5 * 10**399, -400), round(-6 * 10**399, -400))
print((1234).__round__(-2), (1234).__round__())
