# A decorator replaces the function with its return value; wrappers see the call.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    wrapper.__name__ = "traced_" + func.__name__
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, b=2)
print(add.__name__)

def register(func):
    registry.append(func.__name__)
    return func

registry = []

@register
def one():
    pass

@register
def two():
    pass

print(registry, one.__name__)

def replace_with_value(func):
    return 42

@replace_with_value
def gone():
    pass

print(gone)
@lambda f: f()
def evaluated_immediately():
    return "decorator expressions can be any expression (PEP 614)"
print(evaluated_immediately)
