# Default values are evaluated once, at definition time, and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

counter = 0
def next_value():
    global counter
    counter += 1
    print("default computed", counter)
    return counter

def f(x=next_value()):
    return x

print(f(), f(), f(99))
value = "first"
def g(v=value):
    return v
value = "second"
print(g())
print(append_to.__defaults__, f.__defaults__)
f.__defaults__ = ("replaced",)
print(f())
