# Wrappers forward *args and **kwargs unchanged, including keyword-only and defaults.
def target(a, b=2, *rest, key="k", **extra):
    return f"a={a} b={b} rest={rest} key={key} extra={extra}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, 4, key="x", other=5))
print(forward(b=20, a=10))
print(forward(*[1, 2], *(3,), **{"key": "y"}, **{"z": 26}))
try:
    forward()
except TypeError as e:
    print("TypeError:", e)

def partial(func, *bound, **bound_kw):
    def call(*args, **kwargs):
        return func(*bound, *args, **{**bound_kw, **kwargs})
    return call

p = partial(target, 100, key="bound")
print(p(), p(200, 300), p(key="override"))
