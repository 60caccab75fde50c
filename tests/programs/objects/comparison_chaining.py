# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0 == 0 != 1)
print(1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
x = 5
print(0 <= x < 10, 0 < x < 3)
a = b = [1]
print(a is b is not None, a is not [1])
