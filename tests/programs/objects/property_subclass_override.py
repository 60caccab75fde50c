# Extending a parent's property in a subclass.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v

class Child(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10

c = Child()
print(c.v)
c.v = 3
print(c.v)
try:
    Base().v = 3
except AttributeError as e:
    print("AttributeError:", e)

class Computed:
    @property
    def area(self):
        return self.w * self.h
    w = 3
    h = 4
print(Computed().area)
