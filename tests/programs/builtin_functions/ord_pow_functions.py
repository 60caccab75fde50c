def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

cases = [(2, 10), (2, -1), (-2, -2), (0, 0), (0, -1), (0.0, -1), (-8, 1/3), (2, 0.5), (-1, 0.5),
         (10, 400), (10.0, 400), (2.0, -1075), (-2.0, 3), (float("inf"), -1), (1, float("nan")),
         (1j, 2), (0j, -1), (2, 1j), (True, 2), (2, True)]
for a, b in cases:
    show(f"pow({a!r}, {b!r})", lambda: pow(a, b))
for a, b, m in [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (5, 3, -7), (2, 100, 0), (2, 3, 1), (-3, 3, 5),
                (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (12345678901234567890, 98765, 10**9 + 7), (0, 0, 1)]:
    show(f"pow({a!r}, {b!r}, {m!r})", lambda: pow(a, b, m))
show("pow keywords", lambda: pow(base=2, exp=5, mod=3))
show("pow none mod", lambda: pow(2, 5, None))
show("pow args", lambda: pow(2))
show("pow str", lambda: pow("a", 2))
show("** operator", lambda: (-2) ** 0.5)
show("int ** negative", lambda: 10 ** -2)
