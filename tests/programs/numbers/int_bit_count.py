# int.bit_count() counts ones in the absolute value.
for a in [0, 1, -1, 3, -3, 255, -255, 256, 2**48 - 1, -(2**48 - 1), 2**100 - 1, -(2**100), 10**50, True]:
    print(a, a.bit_count())
for call in [lambda: (5).bit_count(2), lambda: int.bit_count('a')]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
