# repr(float) is the shortest string that round-trips.
for f in [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1.1, 2.675, 100.0, 123456.789, 0.3, 1.0000000000000002, 0.9999999999999999, 5e-324, 1e-323,
          2.2250738585072014e-308, 1.7976931348623157e308, 4.35, 9007199254740993.0, 1e23, 8.41e21, 2**0.5, 3.141592653589793]:
    print(repr(f), str(f), repr(-f), float(repr(f)) == f)
print(repr(0.0), repr(-0.0), repr(float('inf')), repr(float('-inf')), repr(float('nan')), repr(-float('nan')), str(-0.0))
