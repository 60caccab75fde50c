# getattr/setattr/hasattr/delattr on user objects and builtins.
class O:
    x = 1
o = O()
print(getattr(o, "x"), getattr(o, "y", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
setattr(o, "y", 2)
print(o.y, getattr(o, "y"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(o, "with space", 3)
print(getattr(o, "with space"))
print(getattr([], "append").__name__, getattr(1, "real"), hasattr("", "upper"))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
class Raises:
    @property
    def p(self): raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "p")
except ValueError as e:
    print("hasattr propagates:", e)
