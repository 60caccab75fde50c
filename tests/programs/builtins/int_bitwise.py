# Bitwise operators and shifts on (negative and big) ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 100, -1 << 3, -5 >> 1, -1 >> 100, 5 >> 10, (2**100) >> 98, 7 << 0)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F, (-(2**70)) & 0xFFFF, (2**70 - 1) ^ (2**69))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 << 2**70
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(True & 3, False | 4, True ^ 1, 5 // -2, -5 // 2, 5 % -3, -5 % 3, -7 // -2)
