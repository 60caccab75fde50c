# globals() is the module namespace: writes through it create names.
globals()["dynamic"] = "created through globals()"
print(dynamic)
def check():
    return "dynamic" in globals(), globals() is globals()
print(check())
g = globals()
g["counter"] = 0
def bump():
    g["counter"] += 1
bump(); bump()
print(counter)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
print(__name__, type(globals()).__name__)
def local_view():
    a, b = 1, 2
    return sorted(locals().items())
print(local_view())
