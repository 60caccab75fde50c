# Metaclass __instancecheck__ and __subclasscheck__.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck): pass
class Mallard:
    def quack(self): return "quack"
class Rock: pass

print(isinstance(Mallard(), Quacker))
print(isinstance(Rock(), Quacker))
print(issubclass(Mallard, Quacker))
print(issubclass(Rock, Quacker))
print(isinstance(Mallard(), (int, Quacker)))
q = Quacker()
print(isinstance(q, Quacker))
print(isinstance(3, int))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
