# Lambdas: defaults, varargs, closures, immediate calls, and their names.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3, a=4))
print((lambda: "no args")())
print((lambda x: lambda y: x + y)(3)(4))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda p: p[1], [(1, "one"), (2, "two")])))
print(add.__name__, add.__qualname__, add.__defaults__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
kw_only = lambda *, k: k
print(kw_only(k="keyword only"))
pos_only = lambda a, /, b: (a, b)
print(pos_only(1, b=2))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (yield x))(5).__class__.__name__)
