# _random.Random: CPython's Mersenne Twister sequences, seeding, state and errors.
# (random.py itself needs _sha512 or hashlib at import.)
import _random

for seed in [0, 1, 12345, -12345, 2**32, 2**100 + 5, True, 3.5, (1, 2)]:
    r = _random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(32), r.getrandbits(100))
r = _random.Random()
r.seed(42)
print(r.random(), r.getrandbits(0), r.getrandbits(64), r.getrandbits(1000) % 10**20)
state = r.getstate()
print(type(state).__name__, len(state), state[-1], state[:3])
a = [r.random() for _ in range(700)]
r.setstate(state)
print(a == [r.random() for _ in range(700)])
r.seed(None)
print(0.0 <= r.random() < 1.0)


class Sub(_random.Random):
    def __init__(self, x, y):
        self.seed(x + y)


print(Sub(1, 2).random() == _random.Random(3).random())


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(1.5))
t(lambda: r.setstate([1]))
t(lambda: r.setstate((1, 2)))
t(lambda: r.setstate((0,) * 624 + (625,)))
t(lambda: r.setstate((0,) * 624 + (-1,)))
t(lambda: r.seed(1, 2))
t(lambda: _random.Random(1, 2))
t(lambda: _random.Random(x=1))
t(lambda: r.random(1))
