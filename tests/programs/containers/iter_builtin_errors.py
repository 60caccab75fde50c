def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for obj in [[1], (1,), 'a', b'a', {1: 2}, {1}, frozenset([1]), range(1), {}.keys(), {}.values(), {}.items(), bytearray(b'x')]:
    it = iter(obj)
    print(type(it).__name__, iter(it) is it, hasattr(it, '__length_hint__'))
t(lambda: iter(1))
t(lambda: iter(1.5))
t(lambda: iter(None))
t(lambda: iter(iter))
t(lambda: next(iter([]), 'dflt'))
t(lambda: next([]))
t(lambda: next(1))
t(lambda: next())
t(lambda: next(iter([]), 1, 2))
class NotIter:
    def __iter__(self): return [1]
t(lambda: iter(NotIter()))
class OldSeq:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(OldSeq()), list(iter(OldSeq())))
t(lambda: iter(OldSeq(), 1))
