# __new__ of the numeric types called on the wrong type, and direct dunder conversions.
for call in [lambda: float.__new__(int), lambda: int.__new__(float, 5), lambda: complex.__new__(int), lambda: bool.__new__(int),
             lambda: int.__new__(5), lambda: float.__new__(), lambda: int.__new__(bool, 1)]:
    try:
        r = call()
        print(repr(r), type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
print((5).__float__(), (5).__int__(), (5).__index__(), (0).__bool__(), (2.5).__int__(), (2.5).__float__(), (0.0).__bool__(), (1j).__bool__(), (0j).__bool__(), (1+2j).__complex__())
for call in [lambda: float('inf').__int__(), lambda: float('nan').__int__(), lambda: (1.5).__index__(), lambda: (1j).__int__()]:
    try:
        print(call())
    except (OverflowError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
class F(float):
    pass
class I(int):
    pass
print(type(F(1.5).__float__()).__name__, type(I(3).__int__()).__name__, type(I(3).__index__()).__name__, type(F(2.5).__round__()).__name__, type(round(I(7), -1)).__name__)
