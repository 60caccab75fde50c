# A class whose __call__ is its own instance (RecursionError), comparison
# methods whose binding raises (NotImplemented), object.__init__/__new__ messages.
class A:
    pass
A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError", e)
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
class E2:
    __lt__ = property(booh)
try:
    E2() < E2()
except TypeError as e:
    print(e)
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as e:
    print("AttributeError", e)
class C: pass
for f in [lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42)]:
    try: f()
    except TypeError as e: print(e)
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in [lambda: D(42), lambda: D.__new__(D, 42), lambda: object.__new__(D, 42)]:
    try: f()
    except TypeError as e: print(e)
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in [lambda: E().__init__(42), lambda: object.__init__(E(), 42), lambda: E(42)]:
    try: f()
    except TypeError as e: print(e)
class F:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)
for f in [lambda: F(42), lambda: F.__new__(F, 42), lambda: F().__init__(42), lambda: object.__init__(F(), 42)]:
    try: f(); print("ok")
    except TypeError as e: print(e)
