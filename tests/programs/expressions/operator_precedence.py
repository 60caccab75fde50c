# Operator precedence and associativity in expressions.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 7 // 2 * 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 5 & 3 == 1, not 1 == 2)
print(not True and False, not (True and False), True or False and False)
print(1 if 0 else 2 if 0 else 3, -3 % 5, -(3 % 5), ~5 + 1)
print(3 < 4 == 4, (3 < 4) == 4, 1 + 1 == 2 and 2 * 2 == 4)
print("a" "b" * 2, ("a" + "b") * 2, [1] * 2 + [0])
print(2 * -1, 2 - -1, 2 + +1, - - 3, not not 0)
x = 5
print(x > 3 and x < 10 or x == 100, (lambda: 1 if x else 2)(), x is not None)
print(2 ** -2 ** 2, 0x10 + 0o10 + 0b10 + 10, 1_000 * 3)
print(8 >> 1 + 1, (8 >> 1) + 1, 3 @ 1 if False else "no matmul on int")
