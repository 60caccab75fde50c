# Float // and % with negative operands, signed zeros and infinities.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.1, 0.03), (-0.0, 1), (0.0, -1), (5, 0.5)]:
    print(a, "//", b, "=", a // b, " ", a, "%", b, "=", a % b, " divmod", divmod(a, b))
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
inf = float("inf")
print(5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(inf // 1, inf % 1, -inf % 2, 5.5 % -inf)
for expr in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 / 0.0", "divmod(1.0, 0)"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", "ZeroDivisionError:", e)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3, 10 / 4)
print(10 ** 20 / 3, (10 ** 20) // 3, 2 ** 0.5)
try:
    2 ** 10000 / 1.5
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 10000) / (2 ** 9999))
