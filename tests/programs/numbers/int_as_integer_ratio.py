# int.as_integer_ratio() returns (int, 1) with exact ints.
for a in [0, 1, -1, 2**100, -(2**100), True, False]:
    r = a.as_integer_ratio()
    print(a, r, type(r[0]).__name__, type(r[1]).__name__)
class Sub(int):
    pass
r = Sub(7).as_integer_ratio()
print(r, type(r[0]).__name__)
try:
    print((1).as_integer_ratio(2))
except TypeError as e:
    print(type(e).__name__, e)
