# round(float, n) is correctly rounded (based on the exact value).
for f in [2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 0.5, 1.5, 12345.6789, -12345.6789, 1e-10, 0.1, 5e-324, 1e300, 1.7976931348623157e308]:
    print(repr(f), [round(f, n) for n in (0, 1, 2, 3, 5, 10, -1, -2, -5)])
print(round(-0.4, 0), round(-0.0, 1), round(0.4, -1), round(-4.0, -1), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
