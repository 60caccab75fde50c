# int(x) on numbers and objects with __int__, __index__, __trunc__.
print(int(3.9), int(-3.9), int(1e20), int(-0.0), int(True), int(2**100), int(1e300) == 10**300 // 10**300 * int(1e300))
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return 'x'
class IntSub(int):
    pass
print(int(WithInt()), int(WithIndex()), int(IntSub(4)), type(int(IntSub(4))).__name__)
for v in [BadInt(), object(), 1j, [1], float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(WithIndex(), 10), (5, 10), (1.5, 2)]:
    try:
        print(int(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(int('12', WithIndex()))
