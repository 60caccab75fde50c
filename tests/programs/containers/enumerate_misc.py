def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

e = enumerate('abc', 2**63 - 2)
print([next(e) for _ in range(3)])
e = enumerate(range(3), -2**63)
print(list(e))
e = enumerate(iter([]), 5)
print(list(e), list(e))
def g():
    yield 'x'
    yield 'y'
print(dict(enumerate(g(), 1)), list(enumerate(enumerate('ab'))))
t(lambda: enumerate(iterable='a', start='b'))
t(lambda: enumerate('a', iterable='b'))
t(lambda: enumerate(start=1))
t(lambda: enumerate('a', 1, start=2))
print(enumerate.__doc__.splitlines()[0])
e = enumerate('abc')
next(e)
print(e.__reduce__()[1][1], list(e))
class Idx:
    def __index__(self): return 2**70
print(list(enumerate('ab', Idx())))
