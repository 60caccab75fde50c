# OverflowError from float conversion and float arithmetic.
cases = [
    lambda: float(10**400),
    lambda: 10**400 / 1,
    lambda: 2.0 ** 10000,
    lambda: 10.0 ** 400,
    lambda: int(float("inf")),
    lambda: round(float("inf")),
    lambda: (1 << 10000) * 1.0,
    lambda: chr(2**40),
]
for c in cases:
    try:
        r = c()
        print("result", r)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(1e308 * 10, -1e308 * 10)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
