# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exc_info())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())
    yield sys.exception()
g = gen()
print(next(g), next(g))
try:
    1 / 0
except ZeroDivisionError:
    def helper():
        return repr(sys.exception())
    print("seen from a called function:", helper())
