# The float functions of math on ordinary and special values.
import math

inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 1e-300, 1e300, 710.0, inf, -inf, nan, 7, 10**20]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
         "sinh", "sqrt", "tan", "tanh", "degrees", "radians", "isfinite", "isinf", "isnan",
         "ulp", "frexp", "modf"]
for name in names:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))

for x in [0.25, 1.5, 2.5, 5.5, 10.1, 30.3, 100.7, 141.5, 170.6, 171.7, -0.5, -1.5, -2.5, -10.3, -150.5, -200.5, 1e-21, -1e-21]:
    r = []
    for f in (math.gamma, math.lgamma):
        try:
            r.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            r.append(type(e).__name__ + ":" + str(e))
    print("gamma", x, r)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
