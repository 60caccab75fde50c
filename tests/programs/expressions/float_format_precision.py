# format() and % of floats in the e, f, g and % styles, with and without '#', at many
# precisions: the digits CPython rounds to, its exponents and its points.
vals = [0.0, -0.0, 1.5, 2.5, 0.125, 1e-7, 123456789.125, 1e16, 1e22, 1.7976931348623157e308, 5e-324, 2.675, 0.1, 1/3, -2/3, 9.995, 99.5, 0.5, 1.0, 100.0, 1e100, 123.456e-50]
for v in vals:
    for p in [0, 1, 2, 3, 6, 10, 17, 20, 40]:
        print(v, p, format(v, '.%df' % p), format(v, '.%de' % p), format(v, '.%dg' % p), format(v, '.%dE' % p), format(v, '.%dG' % p), format(v, '#.%dg' % p), '%.*f' % (p, v), '%.*g' % (p, v), format(v, '.%d%%' % p))
print(format(1e300, '.500f')[:50], len(format(1e300, '.500f')), format(1.5, '.1000f')[-5:], '%.3000e' % 1.5 if False else '')
print(f"{2.5:.0f} {3.5:.0f} {1e15:g} {1e16:g} {123456.0:g} {1234567.0:g} {0.0001:g} {0.00001:g}")
print(round(2.675, 2), round(1.5), str(1e16), repr(0.1), f"{1.23456789:10.3f}|{-1.5:+.2e}")
for v in [99.5, 9.5, 0.95, 0.0, 1e-5, 123456.0, 1e100, 0.0001234, 5.0, 100.0, 1e16, -0.0, 2.5]:
    for p in [0, 1, 2, 3, 5, 17]:
        print(v, p, format(v, '#.%dg' % p), format(v, '#.%de' % p), format(v, '#.%df' % p), '%#.*g' % (p, v), '%#.*f' % (p, v), format(v, '#.%dG' % p))
