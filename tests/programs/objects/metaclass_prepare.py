# __prepare__ supplies the class body namespace.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("type of ns:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class K(metaclass=Meta, tag="t"):
    z = 1
    a = 2
    def m(self): pass
    z = 3

print(K.order)
print(K.z)
