# bool is an int subclass; arithmetic mixes int, bool, float and complex.
print(True + True, True * 10, False - 1, True / 2, True ** 5, sum([True, False, True]))
print(isinstance(True, int), type(True + 0).__name__, True == 1, hash(True) == hash(1))
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1.5, 2 - 0.5, 7 / 7, type(7 / 7).__name__)
print(1 + 2j, (1 + 2j) * (3 - 1j), (1 + 2j) / 2, abs(3 + 4j), (2j) ** 2, complex(1, -1).conjugate())
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7, -1))
print(float("1e3"), float(" -2.5 "), float("inf"), float("-nan") != 0, int("101", 2), int("-0x1f", 16), int("0o17", 0))
print(10 == 10.0, 0.1 + 0.2 == 0.3, 0.1 + 0.2, 1e16 + 1, 2 ** 53 + 1.0)
print(max(1, 2.5, True), min(-1, -1.0), abs(-7), abs(-7.5), divmod(7.5, 2))
for text in ["12a", "", "1.5", " ", "0x10"]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
