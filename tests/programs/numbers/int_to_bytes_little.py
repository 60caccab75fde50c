# int.to_bytes(length, 'little').
for n, length in [(0, 0), (0, 2), (1, 1), (255, 1), (256, 2), (0x010203, 3), (0x010203, 6), (2**64 - 1, 8),
                  (2**100 + 1, 13), (12345678901234567890, 12)]:
    b = n.to_bytes(length, 'little')
    print(n, length, b, int.from_bytes(b, 'little') == n)
print((5).to_bytes(4, byteorder='little'))
