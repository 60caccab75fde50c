# sum, abs, divmod, pow with ints, floats and negatives.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
print(sum([1, 2], start=5), sum((1.5, 2.5)), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(-2**70), abs(True), abs(-3+4j))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2**70, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3), pow(2.0, 0.5), pow(3, 0))
print(pow(3, -1, 7), pow(38, -1, 97), 2 ** -2, (-8) ** (1/3))
print((-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 0 ** 0, 0.0 ** 0)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
