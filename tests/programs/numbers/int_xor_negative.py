# ^ on ints behaves as on infinite two's complement.
vals = [0, 1, -1, 6, -6, 255, -256, 2**48 - 1, -2**48, 2**64 + 5, -(2**64) - 5, 2**100 - 1, -(2**100)]
for a in vals:
    print(a, [a ^ b for b in vals])
try:
    print(1 ^ [])
except TypeError as e:
    print(type(e).__name__, e)
print(True ^ 3, 3 ^ False, type(3 ^ False).__name__)
