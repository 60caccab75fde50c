# ** with ints, negative exponents, floats, and three-argument pow.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, -2 ** 2, 0 ** 0, 0.0 ** 0)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 ** -3, 4 ** 0.5, 8 ** (1 / 3), 2.0 ** 100)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(4 ** 0.5).__name__)
print((-8) ** (1 / 3))
print(1 ** 1000000, (-1) ** 1000001)
print(pow(2, 10), pow(2, 10, 1000), pow(-3, 3, 5), pow(7, -1, 11))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
x = 3
x **= 4
print(x)
print(2 ** 64, -(2 ** 63), 2 ** 64 - 1)
