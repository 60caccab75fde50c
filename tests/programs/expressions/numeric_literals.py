# Numeric literal forms: underscores, bases, floats, exponents, imaginary.
print(1_000_000, 0x_FF, 0o7_7, 0b_1010, 0XABC, 0O17, 0B11)
print(1.5, .5, 5., 1e3, 1E-3, 1_0.0_1, 1e1_0, 0.0, 00, 0_0)
print(3j, 1.5j, 1e2j, .5j, 10J, type(1j).__name__, (1j).real, (1j).imag)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, -0b1)
print(1.0e308 * 10 == float("inf"), 1e-400, 2.2250738585072014e-308)
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1 / 10, 9007199254740993)
print(type(1_0).__name__, type(1e0).__name__, 10 ** 0, 1e0 == 1)
