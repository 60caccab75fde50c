# abs() on numbers and objects with __abs__.
class WithAbs:
    def __abs__(self):
        return 'abs!'
for v in [0, -5, 2**100, -(2**100), -2**48, True, -0.0, -1.5, float('-inf'), float('nan'), 3 - 4j, -1j, WithAbs()]:
    print(repr(abs(v)), type(abs(v)).__name__)
for args in [(), (1, 2), ('a',), (None,), ([],)]:
    try:
        print(abs(*args))
    except TypeError as e:
        print(type(e).__name__, e)
