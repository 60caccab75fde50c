# If the right operand is a subclass overriding the reflected method, it goes first.
class Base:
    def __init__(self, tag): self.tag = tag
    def __add__(self, o):
        return f"Base.__add__({self.tag}, {o.tag})"
    def __radd__(self, o):
        return f"Base.__radd__({self.tag}, {o.tag})"
    def __lt__(self, o):
        return f"Base.__lt__({self.tag}, {o.tag})"
    def __gt__(self, o):
        return f"Base.__gt__({self.tag}, {o.tag})"
class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({self.tag}, {o.tag})"
    def __gt__(self, o):
        return f"Derived.__gt__({self.tag}, {o.tag})"
class Plain(Base):
    pass

b, d, p = Base("b"), Derived("d"), Plain("p")
print(b + d)
print(d + b)
print(b + p)
print(b < d)
print(b < p)
