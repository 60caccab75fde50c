# % on floats takes the divisor's sign, with signed zeros.
for a, b in [(5.5, 2), (-5.5, 2), (5.5, -2), (-5.5, -2), (4.0, 2), (-4.0, 2), (4.0, -2), (-0.0, 3), (0.0, -3), (1e-300, 1e300),
             (-1e-300, 1e300), (1, float('inf')), (-1, float('inf')), (1, float('-inf')), (float('inf'), 2), (0.1, 0.01), (2**70, 0.5)]:
    print(a, b, a % b, repr(a % b))
for a, b in [(1.0, 0), (1.0, 0.0), (-0.0, 0.0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
