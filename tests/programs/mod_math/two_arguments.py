# copysign, atan2, fmod, remainder, pow, ldexp, nextafter, log with a base, hypot, dist.
import math

inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 0.5, inf, -inf, nan]
for name in ["copysign", "atan2", "fmod", "remainder", "pow", "nextafter"]:
    f = getattr(math, name)
    for x in values:
        out = []
        for y in values:
            try:
                out.append(repr(f(x, y)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        print(name, x, " ".join(out))

for x, y in [(10, 400), (-8, 1 / 3), (2, -1074), (2, -1080), (1e308, 2)]:
    try:
        print("pow", x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print("pow", x, y, type(e).__name__, e)

for args in [(1.0, 10), (1.5, -1080), (1.0, 2000), (1.0, 10**100), (1.0, -10**100), (0.0, 10**100), (inf, 5), (3, 2)]:
    try:
        print("ldexp", args, math.ldexp(*args))
    except OverflowError as e:
        print("ldexp", args, type(e).__name__, e)

for args in [(8, 2), (100, 10), (10**400, 10), (10**400, 2), (2**1023, 2), (2**1024, 2), (3, 0.5), (1, 1), (2, 1), (0.0, 2), (7, True)]:
    try:
        print("log", args, math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print("log", args, type(e).__name__, e)
for n in [2**1023, 2**1024, 10**400, 3**1000, 2**10000 - 1, True]:
    print("log2/log10/log", math.log2(n), math.log10(n), math.log(n))

print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(-5, 12))
print(math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(*[i / 7 for i in range(30)]))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], (1.5, -2.5, 3.25)), math.dist((), ()))
print(math.dist(iter([1, 2]), [3, 4]) if False else "", math.dist((1,), (5.5,)))
