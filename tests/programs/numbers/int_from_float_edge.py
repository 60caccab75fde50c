# int(float) truncates exactly, and fails on inf and nan.
for f in [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1e16, 1e17 + 3, 1.5e300, -1.7976931348623157e308, 2.0**63, 2.0**64, 5e-324, 123456789.987]:
    print(f, int(f))
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for f in [float('inf'), float('nan')]:
    for fn in [round, (lambda x: x.__trunc__()), (lambda x: x.__floor__()), (lambda x: x.__ceil__())]:
        try:
            print(fn(f))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
