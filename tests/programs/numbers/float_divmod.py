# divmod() with floats: the remainder has the divisor's sign; signed zeros.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 1), (-0.0, 1), (0.0, -1), (1, 0.3), (1e300, 1e-300), (5, float('inf')),
             (-5, float('inf')), (float('inf'), 5), (float('nan'), 1), (1, float('nan')), (1e16, 3), (-1e-300, 1e300), (3.0, 1.5), (-3.0, 1.5)]:
    print(a, b, divmod(a, b))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (float('inf'), 0.0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (7.5).__divmod__('x'))
