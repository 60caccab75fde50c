# Division of complex numbers by zero.
for expr in ['1j / 0', '1j / 0.0', '1j / 0j', '(1+1j) / complex(0, 0)', '1 / 0j', '1.5 / 0j', '0j / 0j', 'complex(1, 2).__truediv__(0)', 'pow(0j, -1)', '0j ** -1', '0j ** (-1+0j)', '0j ** 1j']:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
print(1j / 1e-320, (1 + 1j) / (1e300 + 1e300j), (1e300 + 1j) / (1e-300 + 1e-300j), 0j ** 0, 0j ** 0j, 0j ** 2)
