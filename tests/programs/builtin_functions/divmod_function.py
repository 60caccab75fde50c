def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-2**70, 7), (7.5, 2), (-7.5, 2),
             (7, 0.5), (1e300, 1e-300), (float("inf"), 1), (1, float("inf")), (-1, float("inf")),
             (True, 2), (5, True)]:
    show(f"divmod({a!r}, {b!r})", lambda: divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), ("a", 1), (1, "a"), (1j, 1), (None, 1)]:
    show(f"divmod({a!r}, {b!r})", lambda: divmod(a, b))
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
show("custom", lambda: (divmod(D(), 3), divmod(3, D())))
show("divmod()", lambda: divmod(1))
