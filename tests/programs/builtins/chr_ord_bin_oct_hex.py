# chr/ord and integer base conversions.
print(chr(65), chr(0x1F600), chr(0), repr(chr(0x10FFFF)), ord("A"), ord("\u00e9"), ord("😀"))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**64), bin(True))
print(format(255, "x"), format(255, "#X"), format(10, "b"), format(8, "o"), format(255, "08b"))
print(int(bin(37), 2), int(hex(999), 16), int(oct(64), 8))
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"),
            lambda: ord(5), lambda: hex(1.5), lambda: bin("1"), lambda: chr(1.0)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
