# round(): banker's rounding, negative ndigits, float representation effects.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), round(3.14159, 3), round(-3.14159, 1), type(round(2.5)), type(round(2.5, 0)))
print(round(1e300, 2), round(float("inf"), 2), round(float("nan"), 1), round(123, -5))
print(round(2**70 + 1, -1), round(True), round(0.1 + 0.2, 15))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
