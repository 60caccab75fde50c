# int.to_bytes(length, 'big').
for n, length in [(0, 0), (0, 1), (0, 3), (1, 1), (255, 1), (256, 2), (65535, 2), (1, 8), (2**64 - 1, 8), (2**64, 9),
                  (0x0102030405060708090a, 10), (2**100, 20), (1024, 5)]:
    print(n, length, n.to_bytes(length, 'big'))
print((5).to_bytes(2, byteorder='big'), (5).to_bytes(length=3, byteorder='big'))
print(True.to_bytes(1, 'big'))
