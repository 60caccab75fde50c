# int() and float() constructors from many inputs.
print(int(), int(0.9), int(-0.9), int("007"), int(" -12 "), int("1" * 30), int(b"42"))
print(int("10", 8), int("A", 16), int("0o17", 0), int("0X1f", 0), int("1_0", 0), int("-0b101", 2))
print(float(), float(3), float("3"), float(" -2.5e-3 "), float(b"1.5"), float(2**53 + 1))
print(float("infinity"), float("-Infinity"), float("1e-400"), float(".5e1"))
for bad in ["", " ", "1 2", "0x", "1__0", "_1", "1.0", "٣"]:
    try:
        print(repr(bad), "->", int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["1e", "e1", "--1", "1.2.3", "nanx"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", base=1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
