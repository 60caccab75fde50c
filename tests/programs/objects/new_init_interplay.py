# __new__ runs before __init__; __init__ is skipped when __new__ returns a foreign object.
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("A.__init__", args)

A(1, 2)

class Other:
    def __init__(self):
        print("Other.__init__ must not run via B")
class B:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("B.__init__ not called")
b = B()
print(type(b).__name__)

class Sub(A):
    pass
s = Sub("x")
print(type(s).__name__)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(OnlyNew(4).v)
try:
    object.__new__(A, 1)
    print("object.__new__ with extra args accepted (A overrides __new__)")
except TypeError as e:
    print("TypeError:", e)
