# int.to_bytes(..., signed=True) uses two's complement.
for n, length in [(-1, 1), (-1, 4), (-128, 1), (127, 1), (-129, 2), (-32768, 2), (32767, 2), (0, 1), (0, 0),
                  (-2**63, 8), (2**63 - 1, 8), (-(2**100), 13), (-256, 2)]:
    print(n, length, n.to_bytes(length, 'big', signed=True), n.to_bytes(length, 'little', signed=True))
for n, length in [(128, 1), (-129, 1), (-1, 0), (2**63, 8), (-2**63 - 1, 8)]:
    try:
        print(n.to_bytes(length, 'big', signed=True))
    except OverflowError as e:
        print(n, length, type(e).__name__, e)
print((3).to_bytes(2, 'big', signed=False))
