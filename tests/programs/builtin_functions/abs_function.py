def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Absolute:
    def __abs__(self):
        return "absolute"
class NoAbs:
    pass
for value in [0, -0, 5, -5, -2**63, -2**100, 0.0, -0.0, -1.5, float("-inf"), True, False,
              3+4j, -3-4j, complex(0, -0.0), Absolute()]:
    show(f"abs({type(value).__name__} {value if type(value) in (int, float, bool, complex) else ''})", lambda: abs(value))
show("nan", lambda: str(abs(float("nan"))))
show("abs(NoAbs())", lambda: abs(NoAbs()))
show("abs('x')", lambda: abs("x"))
show("abs()", lambda: abs())
show("abs(1, 2)", lambda: abs(1, 2))
show("abs(x=1)", lambda: abs(x=1))
show("abs(complex inf)", lambda: abs(complex(float("inf"), 1)))
show("abs(complex overflow)", lambda: abs(complex(1e308, 1e308)))
