# Zero-argument super() in methods, __init__, and classmethods.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def greet(self):
        return "Base.greet"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"

class Child(Base):
    def __init__(self, x):
        super().__init__(x * 2)
        print("Child.__init__")
    def greet(self):
        return "Child+" + super().greet()
    @classmethod
    def create(cls):
        return "Child+" + super().create()

c = Child(5)
print(c.x, c.greet())
print(Child.create())
print(super(Child, c).greet())
print(super(Child, Child).create())
