# Float arithmetic and division-by-zero messages.
print(0.1 + 0.2, 1.5 - 2.5, 1.1 * 3, 1 / 3.0, -1e308 * 10, 1e308 + 1e308, 5e-324 / 2, 1e-320 * 1e-10, 1.0 - 1.0, -1.0 + 1.0)
for expr in ['1.0 / 0', '1 / 0.0', '0.0 / 0.0', '1.0 // 0', '1.0 % 0.0', 'divmod(1.0, 0)', '1.0 / False', 'float("inf") / 0']:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
print(float('inf') - float('inf'), float('inf') * 0, float('inf') / float('inf'), -float('inf') + 1e308, 1 / float('inf'), -1 / float('inf'))
try:
    print(1.0 + 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.5 * [1])
except TypeError as e:
    print(type(e).__name__, e)
print(2**1023 * 1.0, 1.0 * 2, (1.5).__add__(2), (1.5).__radd__(2), (1.5).__sub__(None), (1.5).__rtruediv__(3))
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2**1024 + 0.5)
except OverflowError as e:
    print(type(e).__name__, e)
