# A property without setter/deleter raises AttributeError with 3.11's message.
class C:
    @property
    def x(self):
        return 1

c = C()
print(c.x)
try:
    c.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)

p = property(lambda self: 5)
class D:
    y = p
print(D().y)
try:
    D().y = 3
except AttributeError as e:
    print("AttributeError:", e)
print(p.fget is not None, p.fset, p.fdel)
