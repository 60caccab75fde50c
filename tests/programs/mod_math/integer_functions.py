# factorial, comb, perm, gcd, lcm, isqrt and the rounding functions.
import math

print([math.factorial(n) for n in range(12)], math.factorial(100))
print(len(str(math.factorial(2000))))
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(10**20, 3), math.comb(500, 250) % 10**30)
print(math.perm(10, 3), math.perm(5), math.perm(3, 5), math.perm(10**20, 2), math.perm(7, None))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(2**200, 6**100))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 0), math.lcm(2**100, 3**50, -5))
print([math.isqrt(n) for n in range(20)], math.isqrt(10**100), math.isqrt(2**1001), math.isqrt(True))


class Idx:
    def __index__(self):
        return 7


print(math.factorial(Idx()), math.gcd(Idx(), 21), math.isqrt(Idx()), math.comb(Idx(), 2))

for x in [0.5, -0.5, 2.0, -2.5, 1e20, -1e20, 3, -3, 10**30, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)


class Rounds:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class Floaty:
    def __float__(self):
        return 2.5


print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()))
print(math.floor(Floaty()), math.ceil(Floaty()), math.sqrt(Floaty()))

import fractions, decimal
print(math.floor(fractions.Fraction(7, 2)), math.ceil(fractions.Fraction(7, 2)), math.trunc(fractions.Fraction(-7, 2)))
