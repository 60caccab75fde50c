# __get__ receives (None, owner) on class access and (obj, type(obj)) on instances.
class Show:
    def __get__(self, obj, owner=None):
        return (type(obj).__name__, owner.__name__)

class A:
    s = Show()
class B(A):
    pass

print(A.s)
print(A().s)
print(B.s)
print(B().s)
print(A.__dict__["s"].__get__(None, B))

class OnlySet:
    def __set__(self, obj, value):
        print("set", value)
class C:
    x = OnlySet()
c = C()
c.x = 10
print(type(c.x).__name__)
