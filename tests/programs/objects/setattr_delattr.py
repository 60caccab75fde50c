# __setattr__ and __delattr__ hooks, and object.__setattr__ bypass.
class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)

g = Guarded()
g.x = 1
g.y = 2
try:
    g.frozen = 3
except AttributeError as e:
    print("AttributeError:", e)
del g.x
try:
    del g.zz
except AttributeError as e:
    print("AttributeError:", e)
print(g.log)
print(sorted(vars(g)))
setattr(g, "z", 9)
print(g.z, g.log[-1])
