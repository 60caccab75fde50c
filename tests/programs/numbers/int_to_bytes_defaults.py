# int.to_bytes() defaults: length=1, byteorder='big' (3.11).
print((0).to_bytes(), (5).to_bytes(), (255).to_bytes(), (1).to_bytes(2), (1).to_bytes(byteorder='little'))
print((-1).to_bytes(signed=True), (-128).to_bytes(signed=True))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\xff', signed=True))
for c in [lambda: (256).to_bytes(), lambda: (-1).to_bytes(), lambda: (128).to_bytes(signed=True)]:
    try:
        print(c())
    except OverflowError as e:
        print(type(e).__name__, e)
