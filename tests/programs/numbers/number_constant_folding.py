# Constant expressions the compiler may fold must give the runtime's results and errors.
print(2 ** 100, -2 ** 2, (-2) ** 2, 2 ** -1, 10 // -3, -10 % 3, 7 / 2, 1 << 70, -1 >> 1, ~0, -(-0.0), 0.0 * -1, -0.0 + 0, (-1) ** 0.5)
print(1e308 * 10, -1e308 * 10, 2 ** 0.5, 3 * 1.1, 0.1 + 0.2, 1j * 1j, (1 + 2j) * (3 - 4j), 2 ** 62 * 2 ** 62, -(2 ** 63), True + True, ~True)
print(1_000_000 * 1_000_000, 0xff_ff, 0o7_7, 0b1_0, 1_0.5e1_0, 1e-1_0, .5j, 1E5J, 00.5, 0_0.0, 1., 0e0)
def f():
    return 1 / 0
def g():
    return 2 ** -1 * 0 ** -1
def h():
    return 1 << -1
def k():
    return 10 ** 10 ** 10 if False else 'lazy'
for fn in (f, g, h, k):
    try:
        print(fn())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(len(str(2 ** 10000)), (2 ** 64) // 3, -(2 ** 64) // 3, (1 << 200) >> 199, 12345678901234567890 % 97, 0.1 * 3 == 0.3)
