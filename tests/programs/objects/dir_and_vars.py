# dir() and vars() on user objects (sorted; dunders filtered).
class Base:
    base_attr = 1
    def base_method(self): pass
class Obj(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
o = Obj()
print([n for n in dir(o) if not n.startswith("__")])
print(sorted(vars(o)))
print(sorted(k for k in vars(Obj) if not k.startswith("__")))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print("__init__" in dir(o), "__class__" in dir(o))
