# int.bit_length() ignores the sign.
for a in [0, 1, -1, 2, -2, 3, 7, 8, -8, -9, 255, 256, 2**47, 2**48 - 1, 2**48, -2**48, 2**63, 2**64 - 1, 10**100, -(10**100), True, False]:
    print(a, a.bit_length())
print(int.bit_length(5))
for call in [lambda: (5).bit_length(1), lambda: int.bit_length(5.0), lambda: int.bit_length(), lambda: (5).bit_length(x=1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
