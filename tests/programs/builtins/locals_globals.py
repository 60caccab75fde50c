# locals() inside functions and selected globals().
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
g_value = 10
print(globals()["g_value"], "f" in globals(), globals()["__name__"], "__builtins__" in globals())
globals()["created"] = "dynamically"
print(created)
print(vars() is globals())
