# Errors from ** on floats.
for a, b in [(0.0, -1), (0.0, -1.5), (-0.0, -1), (-0.0, -2.0), (0, -1.0), (0.0, float('-inf')), (10.0, 400), (1e300, 2), (-1e300, 3),
             (2.0, 1e10), (1.0000001, 1e20), (2, 1024.0)]:
    try:
        print(a, b, repr(a ** b))
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2.0, 3.0, None)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
