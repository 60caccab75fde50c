# ~x == -x - 1 for every int.
for a in [0, 1, -1, 2**48 - 1, -2**48, 2**48, -2**48 - 1, 2**63, -2**63, 2**200, -2**200, True, False]:
    print(a, ~a, ~a == -a - 1, type(~a).__name__)
for v in [1.0, 'a', None, 1j]:
    try:
        print(~v)
    except TypeError as e:
        print(type(e).__name__, e)
print((5).__invert__(), ~~7)
