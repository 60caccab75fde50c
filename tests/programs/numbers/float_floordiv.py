# // on floats floors; signed zeros and infinities.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 5), (-0.0, 5), (0.0, -5), (1, 0.1), (1e308, 1e-308), (5, float('inf')),
             (-5, float('inf')), (float('inf'), 2), (float('nan'), 2), (-1e-300, 1e300), (2**80, 3.0)]:
    print(a, b, repr(a // b))
for a, b in [(1.0, 0), (0.0, 0.0), (float('inf'), 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print((7.5).__floordiv__(2), (7.5).__rfloordiv__(2), (7.5).__floordiv__(None))
