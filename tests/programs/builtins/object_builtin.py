# object() instances: no attributes, identity equality, hashable.
a, b = object(), object()
print(a == a, a == b, a != b, a is not b, type(a) is object, len({a, b, a}))
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "__dict__"), hasattr(a, "__class__"), a.__class__ is object)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__subclasses__ is not None, int in object.__subclasses__(), sorted(n for n in dir(a) if n in ("__eq__", "__hash__", "__repr__")))
