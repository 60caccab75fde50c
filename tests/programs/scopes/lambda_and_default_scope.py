# Defaults are evaluated in the defining scope; lambda bodies see their enclosing scope.
x = "global"
def f():
    x = "enclosing"
    g = lambda y=x: (y, x)
    x = "enclosing rebound"
    return g()
print(f())

class C:
    v = "class v"
    def m(self, default=v):
        return default
    lam = lambda self, d=v: d
print(C().m(), C().lam())

def make(n):
    return [lambda k=k: k * n for k in range(3)]
print([fn() for fn in make(10)])
