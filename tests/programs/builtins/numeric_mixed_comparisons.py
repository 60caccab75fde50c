# Exact comparisons between ints and floats, and float specials.
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) == 2**53, 2**53 == 2.0**53)
print(10**400 > float("inf"), -10**400 < float("-inf"), 10**400 > 1e308)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan is nan, [nan] == [nan])
print(0.0 == -0.0, 1 == 1.0, True == 1.0, 1 == 1 + 0j, 0.1 + 0.2 > 0.3)
print(sorted([3, 1.5, True, 2**70, -0.5]), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 < 2.5 < 3, 2**1000 < 2.0**1000 * 2, 1e16 == 10**16, 1e23 == 10**23)
print((1, 2.0) == (1.0, 2), {1: "a"}[1.0], {1.0: "b"}[True])
