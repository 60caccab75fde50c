# Common ValueError messages from builtins.
cases = [
    lambda: int("12a"), lambda: int(""), lambda: int("1.5"), lambda: int("z", 36 + 1),
    lambda: float("abc"), lambda: float(""), lambda: [1, 2].index(3), lambda: "abc".index("z"),
    lambda: [].remove(1), lambda: "a,b".split(""), lambda: range(1, 2, 0),
    lambda: chr(-1), lambda: int("0x10", 10), lambda: complex("1+"),
    lambda: "{}{}".format(1), lambda: "%d" % "x", lambda: (1, 2).index(9),
]
a, b = 1, 2
for c in cases:
    try:
        c()
        print("no error")
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
