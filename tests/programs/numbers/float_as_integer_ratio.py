# float.as_integer_ratio() is exact and in lowest terms.
for f in [0.0, -0.0, 1.0, 0.5, -0.25, 0.1, 1.5, 1e300, 5e-324, 3.141592653589793, 2.0**60, -1e-10, 1/3]:
    n, d = f.as_integer_ratio()
    print(repr(f), n, d, n / d == f)
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(f.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
