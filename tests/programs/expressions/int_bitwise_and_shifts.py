# Bitwise operators on ints, including negatives (two's complement semantics).
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 64, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(0xFF & 0x0F, 0o17 | 0b1000, 0xdead_beef)
print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
