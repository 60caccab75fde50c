# int +, -, * across the small/big boundary and with mixed types.
vals = [0, 1, -1, 2**48 - 1, -2**48, 2**48, 2**63, -2**63 - 1, 2**64 + 7, -(10**30), 10**50 + 1]
for a in vals:
    for b in vals[:6]:
        print(a + b, a - b, a * b)
print(True + 5, 5 + False, 3 * True, -True)
print(1 + 2.5, 2**70 + 0.5, 3 * 1.5, 2 - 0.25)
print(1 + 2j, 3 * (1 - 1j))
for expr in ["1 + 'a'", "1 - None", "[1] * 2", "2 * [1]", "1 * 'ab'", "'ab' * -1", "1 + []"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
x = 2**200
print(x * x - x ** 2, (x + 1) * (x - 1) == x * x - 1)
