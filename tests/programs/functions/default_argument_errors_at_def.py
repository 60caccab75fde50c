# Errors while evaluating defaults or decorators happen at definition time.
try:
    def f(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print("at definition:", e)

try:
    f
except NameError as e:
    print("NameError:", e)

def bad_decorator(func):
    raise RuntimeError(f"cannot decorate {func.__name__}")

try:
    @bad_decorator
    def g():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    def h(a: undefined_annotation):
        pass
except NameError as e:
    print("NameError:", e)

def k(a, b=[len("abc")], *, c={"n": 1 + 1}):
    return a, b, c
print(k(0))
