def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abé')), list(reversed(range(3))), list(reversed(b'ab')))
print(list(reversed([])), list(reversed({1: 2, 3: 4})))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(iter([1])))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed(x=[]))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
class OnlyGet:
    def __getitem__(self, i): return i
t(lambda: reversed(OnlyGet()))
class OnlyLen:
    def __len__(self): return 2
t(lambda: reversed(OnlyLen()))
class R:
    def __reversed__(self): return iter('zyx')
print(list(reversed(R())))
class RNone:
    __reversed__ = None
t(lambda: reversed(RNone()))
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
t(lambda: reversed(BadLen()))
class Short:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(reversed(Short())))
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
print(r.__reduce__()[0] is reversed, r.__reduce__()[2])
r.__setstate__(0)
print(list(r))
r = reversed(Seq())
r.__setstate__(100)
print(list(r))
r = reversed(Seq())
r.__setstate__(-5)
print(list(r))
class RV(reversed):
    pass
print(list(RV([1, 2])))
