# float.__trunc__, __floor__, __ceil__ give ints.
for f in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.999, -2.999, 1e20, -1e20, 1e300, 5e-324, -5e-324, 2.0**53 + 2]:
    r = [f.__trunc__(), f.__floor__(), f.__ceil__(), int(f)]
    print(repr(f), r, [type(x).__name__ for x in r])
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (-7).__floor__(), True.__ceil__(), type(True.__ceil__()).__name__)
try:
    print((1.5).__floor__(1))
except TypeError as e:
    print(type(e).__name__, e)
