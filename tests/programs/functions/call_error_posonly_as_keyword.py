# Passing positional-only parameters by keyword: the TypeError names them.
def f(a, b, /, c):
    pass

def g(a, /, **kw):
    return kw

for label, call in [
    ("f(a=1, b=2, c=3)", lambda: f(a=1, b=2, c=3)),
    ("f(1, b=2, c=3)", lambda: f(1, b=2, c=3)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label:18} -> {e}")
print(g(1, a=2))
