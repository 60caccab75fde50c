# cmath on finite values (all functions), and the special values of the
# functions whose infinities and NaNs follow CPython's tables here.
import cmath

vals = [1+1j, 0.5-2j, -3+0.25j, 2, -1, 1e-320+1e-320j, 1e300+1e300j, -1e300-1e300j, 0j, -0.0-0j, 10j, 0.9+0.3j, 1, 1+1e-200j, 800+1j]
for name in ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh",
             "sin", "sinh", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(cmath, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + " " + str(e))
    print(name, out)

inf, nan = float("inf"), float("nan")
specials = [complex(a, b) for a in (inf, -inf, nan, 0.0, -0.0, 2.0, -2.0) for b in (inf, -inf, nan, 0.0, -0.0, 2.0)]
for name in ["sqrt", "log", "log10", "asinh", "atanh", "phase", "polar", "isfinite", "isinf", "isnan"]:
    out = []
    for v in specials:
        try:
            out.append(repr(getattr(cmath, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)

print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(100, 10.0), cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.rect(-1, 0))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


print(cmath.sqrt(C()), cmath.exp(F()), cmath.phase(-1), cmath.polar(C()))
for f in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt("a"), lambda: cmath.log(1, 1),
          lambda: cmath.sqrt(), lambda: cmath.log(), lambda: cmath.rect(1, float("inf")), lambda: cmath.atanh(1),
          lambda: cmath.atanh(-1), lambda: cmath.cosh(1000), lambda: cmath.isclose(1j), lambda: cmath.isclose(1, 2, rel_tol=-1),
          lambda: cmath.polar(1e308 + 1e308j), lambda: cmath.sqrt(1, 2), lambda: cmath.log(1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
