# TypeError messages for too many positional arguments.
def zero():
    pass

def one(a):
    pass

def two(a, b):
    pass

def opt(a, b=1):
    pass

def with_kw(a, *, k=1):
    pass

def with_kw2(a, *, k, j):
    pass

class C:
    def m(self):
        pass
    def n(self, x, y=2):
        pass

for label, call in [
    ("zero(1)", lambda: zero(1)),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("opt(1, 2, 3, 4)", lambda: opt(1, 2, 3, 4)),
    ("with_kw(1, 2)", lambda: with_kw(1, 2)),
    ("with_kw(1, 2, k=3)", lambda: with_kw(1, 2, k=3)),
    ("with_kw2(1, 2, k=3)", lambda: with_kw2(1, 2, k=3)),
    ("C().m(1)", lambda: C().m(1)),
    ("C().n(1, 2, 3)", lambda: C().n(1, 2, 3)),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label:22} -> {e}")
