# Zero-argument super() and __class__ use the implicit __class__ cell of the method.
class Base:
    def who(self):
        return "Base"

class Child(Base):
    def who(self):
        return "Child > " + super().who()
    def cls(self):
        return __class__.__name__

class Grandchild(Child):
    def who(self):
        return "Grandchild > " + super().who()

print(Grandchild().who())
print(Grandchild().cls())

def outside(self):
    return super().who()
Child.outside = outside
try:
    Child().outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class WithNested(Base):
    def who(self):
        def helper():
            return __class__.__name__
        return helper()
print(WithNested().who())
