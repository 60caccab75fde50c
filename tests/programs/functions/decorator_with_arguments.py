# Decorator factories: a call that returns the decorator.
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    return f"hi {name}"

print(greet("Ada"))

def validate(**types):
    def decorator(func):
        def wrapper(**kwargs):
            for key, typ in types.items():
                if not isinstance(kwargs.get(key), typ):
                    raise TypeError(f"{key} must be {typ.__name__}")
            return func(**kwargs)
        return wrapper
    return decorator

@validate(x=int, y=str)
def use(x, y):
    return y * x

print(use(x=2, y="ab"))
try:
    use(x="2", y="ab")
except TypeError as e:
    print("TypeError:", e)

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
