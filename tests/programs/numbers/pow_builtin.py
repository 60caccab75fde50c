# pow() argument handling and dispatch to __pow__/__rpow__.
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(pow(P(), 2), pow(2, P()), pow(P(), 2, 3), P() ** 5, 5 ** P())
try:
    print(pow(2, P(), 3))
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 10), pow(2.0, 10), pow(2, -2), pow(-8, 1/3) == (-8) ** (1/3), pow(base=2, exp=3), pow(2, 3, mod=5))
for call in [lambda: pow(2), lambda: pow(x=2, y=3), lambda: pow(2, 3, 4, 5), lambda: pow('a', 2), lambda: pow(2, 'a'), lambda: pow([], 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
