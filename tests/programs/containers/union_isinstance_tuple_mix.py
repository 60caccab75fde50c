def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(isinstance(1, (int | str, bytes)), isinstance(b'x', (int | str, bytes)), isinstance(1.5, (int | str, (bytes,))))
print(issubclass(bool, (str | float, int)), issubclass(list, (dict | set,)))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A | C), isinstance(C(), A | C), isinstance(object(), A | C))
print(issubclass(B, C | A), issubclass(object, A | C))
t(lambda: isinstance(1, int | list[int]))
t(lambda: issubclass(int, str | dict[str, int]))
print(isinstance([], list | dict[str, int]) if False else 'skip')
print(isinstance(None, type(None) | int), isinstance(None, int | None))
class Check(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', obj)
        return True
class X(metaclass=Check): pass
print(isinstance(5, X | str))
print(isinstance(5, str | X))
