# __dict__ of instances and classes.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2

c = C()
print(c.__dict__)
c.__dict__["c"] = 3
print(c.c)
c.__dict__ = {"z": 26}
print(c.z, hasattr(c, "a"))
print(type(C.__dict__).__name__)
print("cls_attr" in C.__dict__, "__init__" in C.__dict__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(vars(c) is c.__dict__)
