# A metaclass's mro() sees __mro__ as None while the class is being made,
# may assign __bases__ (reentrancy), or leave the class out of its own MRO.
class M(type):
    calls = 0
    def mro(cls):
        print("mro", cls.__name__, cls.__mro__)
        if M.calls == 0:
            M.calls += 1
            cls.__bases__ += ()
        return type.mro(cls)
class A(metaclass=M):
    pass
print(A.__mro__, object.__subclasses__().count(A))

class N(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'X':
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError", e)
        return type.mro(cls)
class B(metaclass=N):
    pass
print(B.__mro__)

class C:
    pass
class Evil(type):
    def mro(cls):
        del Evil.mro
        return (C,)
try:
    class D(metaclass=Evil):
        pass
except TypeError as e:
    print("TypeError", e)

class R(type):
    steps = 0
    def mro(cls):
        if cls.__mro__ is not None and cls.__name__ == 'F':
            if R.steps < 5:
                R.steps += 1
                E.__bases__ += ()
        return type.mro(cls)
class E(metaclass=R):
    pass
class F(E):
    pass
F.__bases__ += ()
print(R.steps, F.__mro__, E.__subclasses__())
