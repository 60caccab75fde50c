# Parameters before / cannot be passed by keyword; their names may be reused in **kwargs.
def div(a, b, /):
    return a / b

print(div(6, 3))
try:
    div(a=6, b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    div(6, b=3)
except TypeError as e:
    print("TypeError:", e)

def mixed(a, /, b, *, c):
    return a, b, c

print(mixed(1, 2, c=3), mixed(1, b=2, c=3))

def flexible(name, /, **kwargs):
    return name, kwargs

print(flexible("pos", name="in kwargs"))

def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 20), defaults(1, c=30))
print(mixed.__code__.co_posonlyargcount, mixed.__code__.co_argcount, mixed.__code__.co_varnames)
