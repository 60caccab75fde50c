# Creating many instances: __init__ with attributes, slots, inheritance and properties.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Base:
    def __init__(self, a):
        self.a = a

class Derived(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    @property
    def total(self):
        return self.a + self.b

s = 0
for i in range(1400000):
    p = Point(i, i + 1)
    s += p.x + p.y
print(s)
s = 0
for i in range(1400000):
    p = SlotPoint(i, -i)
    s += p.x * 2 + p.y
print(s)
s = 0
for i in range(1000000):
    d = Derived(i, 2)
    s += d.total
print(s)
objs = [Point(i, i * i) for i in range(300000)]
print(sum(o.y - o.x for o in objs))
