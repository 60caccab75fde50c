# complex +, -, *, / with ints, floats and complex.
vals = [1 + 2j, -3j, 2.5 - 0.5j, complex(0, 0), 1e300 + 1e300j, 3]
for a in vals:
    print([a + b for b in vals])
    print([a - b for b in vals])
    print([a * b for b in vals])
    print([a / b for b in vals if b != 0])
print(-(1 + 2j), +(1 - 2j), -(0j), -complex(-0.0, -0.0), 1j * 1j, (1 + 1j) * (1 - 1j), 2 ** (1j * 0), True + 1j)
for expr in ['1j + "a"', '1j // 2', '1j % 2', 'divmod(1j, 2)', '1j < 2j', 'int(1j)', 'float(1j)', '1j & 1', '~1j', 'round(1j)']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
print((1j).__add__(2), (1j).__radd__(2), (1j).__add__('x'), (1j).__mul__(2.0), (1j).__rsub__(1))
