# classmethod receives the class (even via a subclass); staticmethod nothing.
class A:
    count = 0
    @classmethod
    def make(cls, n):
        return f"{cls.__name__}:{n}"
    @staticmethod
    def add(a, b):
        return a + b

class B(A):
    pass

print(A.make(1), B.make(2), B().make(3))
print(A.add(2, 3), A().add(4, 5))
print(type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__)
sm = A.__dict__["add"]
print(sm(1, 1))
print(A.make.__self__ is A, B.make.__self__ is B)
print(A.add is A.__dict__["add"].__func__)
cm = classmethod(lambda cls: cls.__name__)
class C:
    name = cm
print(C.name())
