# Arithmetic on bools gives ints.
vals = [True, False]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a ** b, a < b, a == b]
        print(a, b, r, [type(x).__name__ for x in r])
print(True / True, True // True, True % True, divmod(True, True), -True, +True, abs(False), -False)
for expr in ['True / False', 'True // False', 'True % False']:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(sum([True, True, False]), True + 0.5, True * 1j, max(True, 0), True << 2, True.real, True.imag, True.numerator)
