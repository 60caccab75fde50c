# object.__new__ refuses classes with a non-empty __abstractmethods__ (abc is not imported).
class A:
    pass
A.__abstractmethods__ = frozenset({"f"})
try:
    A()
except TypeError as e:
    print("TypeError:", e)
class B:
    pass
B.__abstractmethods__ = frozenset({"g", "f"})
try:
    B()
except TypeError as e:
    print("TypeError:", e)
B.__abstractmethods__ = frozenset()
print(type(B()).__name__)
class C:
    __abstractmethods__ = frozenset({"h"})
try:
    C()
    print("class-body __abstractmethods__ does not set the flag")
except TypeError as e:
    print("TypeError:", e)
try:
    print(object.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)
