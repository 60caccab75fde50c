# divmod(int, int) and divmod with floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 1), (0, -1), (2**65, 3), (-2**65, 3), (2**65, -2**33),
         (-2**65, -2**33), (1, 2**65), (-1, 2**65), (-2**48, -1)]
for a, b in pairs:
    print(a, b, divmod(a, b))
print(divmod(7, 2.0), divmod(-7, 2.0), divmod(7.5, -2), divmod(True, 2))
for a, b in [(1, 0), (1, 0.0), (2**70, 0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for args in [(1,), (1, 2, 3), (1, 'a'), ('a', 1), (1, 1j)]:
    try:
        print(divmod(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0))
