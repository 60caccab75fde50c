# hash() of floats matches hash of equal ints and CPython's algorithm.
for f in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e16, 1e300, 5e-324, 2.0**61, 2.0**62, 2.0**61 - 1, -2.0**61, 3.141592653589793,
          1.7976931348623157e308, float('inf'), float('-inf'), 123456789.123]:
    print(repr(f), hash(f))
print(hash(1.0) == hash(1), hash(2.0**70) == hash(2**70), hash(-1.0), (2.5).__hash__())
n = float('nan')
print(hash(n) == hash(n), type(hash(n)).__name__)
