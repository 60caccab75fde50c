def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed(bytearray(b'abc'))), list(reversed(memoryview(b'xy'))) if False else '', list(reversed(range(0, 10, 4))))
print(type(reversed('ab')).__name__, type(reversed((1,))).__name__, type(reversed(b'a')).__name__, type(reversed([1])).__name__)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return 'item%d' % i
r = reversed(Seq(3))
print(r.__length_hint__(), list(r), r.__length_hint__())
print(list(reversed(Seq(0))))
class Shrinks(Seq):
    def __getitem__(self, i):
        self.n = 1
        return Seq.__getitem__(self, i)
t(lambda: list(reversed(Shrinks(3))))
class ErrItem(Seq):
    def __getitem__(self, i): raise KeyError('nope')
t(lambda: list(reversed(ErrItem(2))))
class RevBad:
    def __reversed__(self): return 42
t(lambda: reversed(RevBad()))
class RevGen:
    def __reversed__(self):
        yield 'r1'
        yield 'r2'
print(list(reversed(RevGen())))
t(lambda: reversed({}.keys().__iter__()))
t(lambda: reversed(frozenset()))
t(lambda: reversed(None))
print(list(reversed(reversed([1, 2]))) if hasattr(reversed([1]), '__reversed__') else 'no __reversed__ on iterator')
