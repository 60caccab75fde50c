def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

u = int | str
print(u, repr(u), u.__args__, type(u).__name__, u.__parameters__)
print(int | None, None | int, int | str | float, int | int, (int | str) | (str | float), int | list[int])
print(type(int | int).__name__, type(None | None).__name__ if False else '')
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))
print(isinstance(1, (int | str, float)), isinstance([], (list | dict)))
t(lambda: isinstance(1, list[int] | str))
t(lambda: issubclass(int, list[int] | str))
print((int | str) == (str | int), (int | str) == (int | str), (int | str) == (int | float), (int | None) == (None | int))
print(hash(int | str) == hash(str | int))
t(lambda: int | 1)
t(lambda: int | 'str')
t(lambda: 1 | int)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 1))
print((int | str) | None, None | (int | str))
t(lambda: (int | str)())
t(lambda: (int | str)[int])
class A: pass
class B(A): pass
print(isinstance(B(), A | int), issubclass(B, int | A), A | B)
print(isinstance(True, bool | None), (int | str).__args__[0] is int)
print((int | str).__or__(float), (int | str).__ror__(bytes))
print((int | str).__eq__(1))
print(len((int | str | bytes | None).__args__))
