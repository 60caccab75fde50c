# pow() errors: zero modulus, float or str arguments with a modulus, wrong counts.
tests = [(2, 3, 0), (2, -1, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('2', 3, 5), (2, 3, 'x'), (2j, 3, 5),
         (2, 3, None)]
for args in tests:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(), (1,), (1, 2, 3, 4)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(pow(2, 3, mod=0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, modulus=5))
except TypeError as e:
    print(type(e).__name__, e)
