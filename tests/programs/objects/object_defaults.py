# Defaults inherited from object.
class E: pass
e = E()
print(e == e, e != e, e.__eq__(1), e.__ne__(e), e.__lt__(e))
print(repr(e).startswith("<__main__.E object at 0x"))
print(str(e) == repr(e), format(e, "") == str(e))
print(E.__bases__, E.__base__, E.__class__)
print(type(object.__init__).__name__, type(e.__init__).__name__)
print(object.__name__, object.__doc__[:20])
print(E.__doc__, (lambda: 0).__doc__)
class D:
    "docstring"
print(D.__doc__, D().__doc__)
try:
    object().x = 1
except AttributeError as e2:
    print("AttributeError:", e2)
print(issubclass(E, object), isinstance(E, object), isinstance(type, object), isinstance(object, type))
