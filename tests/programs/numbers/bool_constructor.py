# bool() of various values and its argument rules.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class WithLen:
    def __len__(self):
        return 0
class Empty:
    pass
for v in [0, 1, -1, 0.0, -0.0, float('nan'), 0j, 1j, '', 'a', [], [0], (), {}, None, WithLen(), Empty(), 2**100, WithBool(True), WithBool(False)]:
    print(bool(v))
print(bool())
for call in [lambda: bool(WithBool(1)), lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__new__(bool, 5), True is bool(1), isinstance(False, int))
