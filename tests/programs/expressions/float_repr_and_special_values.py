# Float repr is the shortest round-tripping form; inf and nan behave specially.
for x in [0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, 5e-324, 1.7976931348623157e308,
          -0.0, 100.0, 1.5e300 * 1.5e300, 3.0e-310, 12345.6789, 2.5, 0.30000000000000004]:
    print(repr(x), str(x))
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, nan > 0, nan < 0, nan == 0)
print(max(1.0, nan), max(nan, 1.0), min(inf, 3), sorted([3.0, -inf, inf, 0.0]))
print(float("Infinity"), float("-INF"), float("nAn"), repr(float("-nan")))
print((0.1).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(round(1.23456, 3), round(-1.5), round(0.5), round(1e300), round(123.456, -1))
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(int(1e20), int(-2.5e15), float(10 ** 20), 1e20 == 10 ** 20, 2.0 ** 0.5 * 2.0 ** 0.5 == 2.0)
