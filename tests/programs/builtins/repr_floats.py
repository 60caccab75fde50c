# repr() of floats: shortest round-trip, exponent thresholds, specials.
values = [0.1, 0.2 + 0.1, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
          0.0001234, 1.5e300, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1/3, 2/3,
          float("inf"), float("-inf"), float("nan"), 3.14159, 1e22, 1e23, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), -float("nan"))
print(float("  12.5  "), float("1_000.5"), float("+.5"), float("-5."), float("INF"), float("nAn"))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
