# Unary -, + and abs() on ints at the small/big boundary.
for a in [0, 1, -1, 2**48 - 1, -2**48, 2**48, -2**48 - 1, 2**63 - 1, -2**63, 10**30, -10**30, True, False]:
    print(a, -a, +a, abs(a), type(-a).__name__, type(+a).__name__, type(abs(a)).__name__)
for v in ['a', None, [1]]:
    for f in (lambda x: -x, lambda x: +x, abs):
        try:
            print(f(v))
        except TypeError as e:
            print(type(e).__name__, e)
print((-5).__abs__(), (5).__neg__(), (5).__pos__())
