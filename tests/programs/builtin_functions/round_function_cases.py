def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for value, digits in [(0.5, None), (1.5, None), (2.5, None), (-0.5, None), (-1.5, None), (2.675, 2),
                      (1.005, 2), (123.456, -1), (123.456, -2), (155, -1), (145, -1), (-145, -1),
                      (2**70 + 5 * 10**5, -6), (1e300, -300), (1.5, 400), (1.5, -400), (0.1 + 0.2, 15),
                      (-0.0, None), (-0.4, None), (5, 2), (True, None), (7, -1), (float("inf"), 2),
                      (float("nan"), 1)]:
    show(f"round({value!r}, {digits!r})", lambda: repr(round(value, digits)) if digits is not None else repr(round(value)))
for bad in [(float("inf"),), (float("nan"),), ("1",), (1.5, 1.5), (1, "2"), (None,)]:
    show(f"round{bad!r}", lambda: round(*bad))
class Rounder:
    def __round__(self, n=None):
        return ("rounded", n)
show("__round__", lambda: (round(Rounder()), round(Rounder(), 3)))
show("round kwargs", lambda: round(number=2.5, ndigits=None))
show("round no args", lambda: round())
show("round complex", lambda: round(1j))
show("huge ndigits int", lambda: round(12345, -1000))
show("huge ndigits float", lambda: round(1.5, 2**70))
