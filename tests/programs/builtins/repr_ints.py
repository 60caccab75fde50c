# repr() of ints including big ints, bools, and underscores/bases in literals.
print(0, -0, 1, -1, 2**63, -2**63, 2**64 - 1, 10**30, -(10**40))
print(2**100, 3**50, 7**77)
print(True, False, True + True, repr(True), -True)
print(0x_ff, 0o17, 0b1010, 1_000_000)
print(int("  42  "), int("-0"), int("+7"), int("1_000"), int("ff", 16), int("0xff", 0), int("0b11", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("10", 2))
print(len(str(2**1000)), str(2**200)[:10])
print(int(1e20), int(2.5e-3))
