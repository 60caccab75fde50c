import abc, _abc, collections.abc as cabc
print(abc.ABCMeta.__module__, abc._abc_init is _abc._abc_init)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): return 1
print(sorted(A.__abstractmethods__), B.__abstractmethods__)
try: A()
except TypeError as e: print(e)
class C: pass
A.register(C)
print(isinstance(C(), A), issubclass(C, A), issubclass(int, A), isinstance(3, A))
try: A.register(3)
except TypeError as e: print(e)
try: C.register = None; A.register(A)
except Exception as e: print(type(e), e)
class D(A): pass
try: D.register(A)
except RuntimeError as e: print(e)
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Mapping), isinstance([], cabc.Sequence))
t = abc.get_cache_token(); A.register(int); print(abc.get_cache_token() == t + 1)
r, c, n, v = _abc._get_dump(A); print(len(r), sorted(x().__name__ for x in c), type(v))
class M(cabc.Mapping):
    def __getitem__(s,k): return 1
    def __len__(s): return 0
    def __iter__(s): return iter(())
match M():
    case {}: print("mapping pattern")
    case _: print("no")
class S: pass
cabc.Sequence.register(S)
match S():
    case [*_]: print("seq")
    case _: print("noseq")
try: issubclass(3, A)
except TypeError as e: print(e)
