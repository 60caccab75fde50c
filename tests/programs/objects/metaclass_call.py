# A metaclass __call__ controls instantiation (singleton).
class Singleton(type):
    def __call__(cls, *args, **kw):
        print("Singleton.__call__", cls.__name__, args, kw)
        if "_inst" not in cls.__dict__:
            cls._inst = super().__call__(*args, **kw)
        return cls._inst

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

class Weird(type):
    def __call__(cls):
        return "not an instance"
class W(metaclass=Weird):
    def __init__(self):
        print("never")
print(W())
