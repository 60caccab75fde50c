# __slots__ restricts attributes and removes __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
p.y = 2
print(p.y)
del p.y
print(hasattr(p, "y"))
print(type(P.x).__name__)
