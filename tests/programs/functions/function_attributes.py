# Function objects carry __name__, __qualname__, __doc__, __defaults__, __module__, __dict__.
def documented(a, b=2, *args, c=3, **kw):
    "The docstring."
    return a

def undocumented():
    pass

class Outer:
    def method(self):
        def inner():
            pass
        return inner

print(documented.__name__, documented.__qualname__, documented.__doc__, undocumented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, undocumented.__defaults__)
print(documented.__module__, Outer.method.__qualname__, Outer().method().__qualname__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:5])
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
documented.custom = "attribute"
print(documented.custom, documented.__dict__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
print(type(documented).__name__, type(len).__name__, type(Outer().method).__name__)
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
