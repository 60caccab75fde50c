# Parameter and return annotations are evaluated at definition time and stored in __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True

print(f.__annotations__)

def g(x, y):
    pass
print(g.__annotations__)

def side(label):
    print("evaluating annotation", label)
    return label

def h(p: side("p"), q: side("q")) -> side("return"):
    pass
print(h.__annotations__)
lam = lambda z: z
print(lam.__annotations__)
