# round(float) with no ndigits gives an int, banker's rounding.
for f in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.4999999999999996, 1e20, -1e20, 1.7976931348623157e308, 0.0, -0.0, 3.7, -3.7]:
    r = round(f)
    print(repr(f), r, type(r).__name__, round(f, None), type(round(f, None)).__name__)
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(round(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 0), round(float('-inf'), -2))
for n in ['1', 1.0, 2j]:
    try:
        print(round(1.5, n))
    except TypeError as e:
        print(type(e).__name__, e)
