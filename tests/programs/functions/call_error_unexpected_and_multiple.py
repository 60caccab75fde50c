# TypeError messages for unexpected keyword arguments and multiple values.
def f(a, b=2):
    pass

def g(a, *args):
    pass

def h(a, **kwargs):
    pass

class K:
    def m(self, x):
        pass

for label, call in [
    ("f(1, c=3)", lambda: f(1, c=3)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("f(1, 2, b=3)", lambda: f(1, 2, b=3)),
    ("g(1, 2, a=3)", lambda: g(1, 2, a=3)),
    ("h(1, a=2)", lambda: h(1, a=2)),
    ("K().m(1, x=2)", lambda: K().m(1, x=2)),
    ("K().m(y=2)", lambda: K().m(y=2)),
    ("f(1, **{'a': 1})", lambda: f(1, **{"a": 1})),
    ("f(**{'b': 1}, b=2)", lambda: f(**{"b": 1}, b=2)),
    ("f(1, **{1: 2})", lambda: f(1, **{1: 2})),
    ("f(*[1], *[2], *[3])", lambda: f(*[1], *[2], *[3])),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label:20} -> {e}")
