# fsum, prod, isclose, and the errors math raises.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([]), math.fsum([2**53, 1, 1e-16]))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("-inf"), 1.0]), math.fsum([float("nan"), 1.0]))
print(math.fsum(i / 10 for i in range(1000)), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([1.7976931348623157e308, 1e292]) if False else "", math.fsum([-0.0]), math.fsum([3, 4.5, True]))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod(["ab", 3]), math.prod([[1], 2]), math.prod(range(1, 30)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")))
print(math.isclose(float("nan"), float("nan")), math.isclose(float("inf"), 1e308))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


for f in [
    lambda: math.sqrt(-1), lambda: math.sqrt("x"), lambda: math.sqrt(), lambda: math.sqrt(1, 2),
    lambda: math.sqrt(x=1), lambda: math.sqrt(10**400), lambda: math.log(0), lambda: math.log(-5),
    lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log(x=1), lambda: math.log(-(10**400)),
    lambda: math.log("x"), lambda: math.log2(-1), lambda: math.log10(0.0),
    lambda: math.exp(1000), lambda: math.exp(-1000), lambda: math.gamma(0), lambda: math.gamma(-2),
    lambda: math.gamma(172), lambda: math.lgamma(0), lambda: math.lgamma(1e308), lambda: math.copysign(1),
    lambda: math.copysign(1, "a"), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5),
    lambda: math.pow(10, 400), lambda: math.pow(0.0, float("-inf")), lambda: math.fmod(1, 0),
    lambda: math.fmod(float("inf"), 1), lambda: math.remainder(1, 0), lambda: math.ldexp(1, 1.5),
    lambda: math.ldexp(1e308, 10), lambda: math.factorial(-1), lambda: math.factorial(1.5),
    lambda: math.factorial(10**30), lambda: math.factorial("5"), lambda: math.comb(-1, 2),
    lambda: math.comb(5, -2), lambda: math.comb(5), lambda: math.comb(5.0, 2), lambda: math.perm(5, -1),
    lambda: math.perm(), lambda: math.perm(1, 2, 3), lambda: math.gcd(1.5), lambda: math.gcd(1, "2"),
    lambda: math.lcm(2.0), lambda: math.isqrt(-1), lambda: math.isqrt(2.0),
    lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.hypot("a"),
    lambda: math.trunc("a"), lambda: math.floor("a"), lambda: math.ceil(None), lambda: math.floor(float("inf")),
    lambda: math.ceil(float("nan")), lambda: math.trunc(float("-inf")),
    lambda: math.fsum([float("inf"), float("-inf")]), lambda: math.fsum([1e308, 1e308]),
    lambda: math.fsum(5), lambda: math.fsum(["a"]), lambda: math.prod(), lambda: math.prod(5),
    lambda: math.prod([1], 2), lambda: math.isclose(1), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.isclose(1, 2, 3), lambda: math.nextafter(1), lambda: math.frexp("x"),
    lambda: math.modf(None), lambda: math.acos(2), lambda: math.atanh(1), lambda: math.cosh(1000),
    lambda: math.log1p(-1), lambda: math.expm1(1000), lambda: math.exp2(1025), lambda: math.ulp("a"),
]:
    show(f)
