# float.is_integer().
for f in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 2.0**52 + 0.5, 2.0**53, float('inf'), float('-inf'), float('nan'), 0.1 * 10]:
    print(repr(f), f.is_integer())
try:
    print((1.0).is_integer(1))
except TypeError as e:
    print(type(e).__name__, e)
