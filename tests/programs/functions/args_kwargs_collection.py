# *args collects extra positionals into a tuple; **kwargs collects extra keywords into a dict.
def show(a, b=0, *args, c, d=5, **kwargs):
    print(f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}")

show(1, c=3)
show(1, 2, 3, 4, c=5)
show(1, 2, c=3, d=4, e=5, f=6)
show(c=3, a=1, z=26, y=25)

def collect(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__, args, kwargs

print(collect())
print(collect(1, x=2))
kw = {"k": 1}
result = collect(**kw)
result[3]["k"] = 99
print(kw, result[3])

def order(**kwargs):
    return list(kwargs)
print(order(z=1, a=2, m=3))
print(order(**{"b": 1}, a=2, **{"c": 3}))
