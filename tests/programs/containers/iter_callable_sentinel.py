def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
print(list(iter(counter, 7)))
it = iter(lambda: 'x', 'x')
print(list(it), type(it).__name__)
t(lambda: iter(5, 1))
t(lambda: iter([], 1))
t(lambda: iter())
t(lambda: iter(1, 2, 3))
t(lambda: iter(5))
t(lambda: iter(None))
def raiser():
    raise StopIteration
print(list(iter(raiser, 0)))
def ve():
    raise ValueError('inside')
t(lambda: list(iter(ve, 0)))
vals = iter([1, 2, 3.0, 3, 4])
print(list(iter(lambda: next(vals), 3)))
c = iter(counter, 100)
print(next(c), iter(c) is c, c.__reduce__()[0] is iter)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
it = iter(Seq())
print(type(it).__name__, list(it), list(it))
print(it.__length_hint__() if hasattr(it, '__length_hint__') else 'nolh')
class NI:
    __iter__ = None
t(lambda: iter(NI()))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
