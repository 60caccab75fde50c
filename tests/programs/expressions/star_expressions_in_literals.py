# Unpacking with * and ** inside list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print(sorted({*a, *b, 1}))
print([*range(3), *{}.keys(), *[]])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1, "z": 0})
print({"b": "literal first", **d1})
print(*a, *b, sep=",")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, **d1, c=3))
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
first, *_ = [*"abc"]
print(first)
print(*[], "only this")
t = *a, *b
print(t, type(t).__name__)
