# Unary -, +, ~ and not on numbers and objects.
print(-5, +5, ~5, -0, -0.0, +(-0.0), ~-1, ~0)
print(-True, +True, ~True, -(2 ** 100), ~(2 ** 100))
print(-(1 + 2j), +(1.5), -float("inf"))
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __bool__(self): return False
u = U()
print(-u, +u, ~u, not u)
for expr in ["-'a'", "+[]", "~1.0", "-None", "~'x'"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
