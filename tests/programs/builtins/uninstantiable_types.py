# Runtime-made types refuse direct instantiation as CPython's do (a zero-filled generator,
# frame or descriptor would crash); types.FunctionType builds a function from a code object.
import types
def f(a, b=2): return a + b
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
g = types.FunctionType(f.__code__, {}, 'newname', (5,))
print(g(1), g.__name__, g.__qualname__, g.__defaults__)
h = types.FunctionType(i.__code__, {}, None, None, i.__closure__); print(h(), h.__name__)
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 5), (f.__code__, {}, None, 5), (i.__code__, {}), (i.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, 5), (i.__code__, {}, None, None, i.__closure__ * 2)]:
    try: types.FunctionType(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(types.FunctionType(code=f.__code__, globals={'__name__': 'm'}).__module__)
import sys
def gen():
    yield
async def coro():
    pass
c = coro()
samples = [gen(), c, sys._getframe(), len, iter(b""), iter(bytearray()), iter(""), iter(memoryview(b"")),
           str.join, dict.fromkeys, type.__dict__["__dict__"], object.__init__, (1).__add__, int | str]
c.close()
for obj in samples:
    try:
        type(obj)()
    except TypeError as e:
        print(e)
try:
    types.CodeType()
except TypeError as e:
    print("code refused")
