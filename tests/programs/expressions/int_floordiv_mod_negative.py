# // rounds toward minus infinity and % takes the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -5), (-1, 5), (10, 10), (-10, 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   divmod = {divmod(a, b)}   check {q * b + r == a}")
print(-7 // 2 * 2 + -7 % 2)
print(2 ** 100 // -3, 2 ** 100 % -3, -(2 ** 100) // 7, -(2 ** 100) % 7)
for op in ("//", "%", "divmod"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        else:
            divmod(1, 0)
    except ZeroDivisionError as e:
        print(op, "ZeroDivisionError:", e)
print(True // 2, True % 2, -True // 2)
