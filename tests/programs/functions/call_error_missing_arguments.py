# The TypeError messages for missing positional and keyword-only arguments.
def one(a):
    pass

def three(a, b, c):
    pass

def kwonly(*, x, y):
    pass

def mixed(a, b, *, k):
    pass

class C:
    def method(self, value):
        pass

for label, call in [
    ("one()", lambda: one()),
    ("three(1)", lambda: three(1)),
    ("three()", lambda: three()),
    ("three(b=1)", lambda: three(b=1)),
    ("kwonly()", lambda: kwonly()),
    ("kwonly(x=1)", lambda: kwonly(x=1)),
    ("mixed(1, k=2)", lambda: mixed(1, k=2)),
    ("mixed(1, 2)", lambda: mixed(1, 2)),
    ("C().method()", lambda: C().method()),
    ("C.method(C())", lambda: C.method(C())),
    ("C.method()", lambda: C.method()),
    ("(lambda q: q)()", lambda: (lambda q: q)()),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label:16} -> {e}")
