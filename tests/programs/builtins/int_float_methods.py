# Methods of int and float.
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (255).bit_count(), (2**100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01\x02", "little"))
print((10).as_integer_ratio(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1.0).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), (-0.0).hex())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate(), (2.5).real, (2.5).imag)
print(int.__name__, (5).__add__(3), (5).__radd__(3), (5).__sub__(1.0), (5.0).__rtruediv__(1))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
