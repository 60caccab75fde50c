# Metaclass __new__ and __init__ see name, bases and namespace.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = 42
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    x = 1
    def f(self): pass

class Child(Base, flag=True):
    y = 2

print(type(Base).__name__, type(Child).__name__)
print(Base.added, Child.added)
print(isinstance(Child, Meta), isinstance(Child, type))
