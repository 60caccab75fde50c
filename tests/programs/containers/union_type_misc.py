def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

u = int | str | None
print(u, u.__args__, len(u.__args__), type(None) in u.__args__)
print((int | None) | None, (None | int).__args__, (int | str) | int)
print(int | list[int] | None)
print(isinstance(None, u), isinstance(b'', u), issubclass(int, u), issubclass(bytes, int | str))
t(lambda: issubclass(1, int | str))
t(lambda: isinstance(1, int | 3))
t(lambda: int | str | 3)
t(lambda: (int | str)(1))
t(lambda: (int | str)[int])
t(lambda: setattr(int | str, '__args__', ()))
print(hash(int | str) == hash(str | int), {int | str: 'u'}[str | int])
print(type(int | str).__name__, type(int | str).__doc__.splitlines()[0])
print((int | str).__parameters__, (list[int] | str).__parameters__)
class Meta(type):
    def __or__(cls, other): return 'Meta.or'
class M(metaclass=Meta): pass
print(M | int, int | M)
print(type(int | str) is type(str | bytes))
