def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -5)), list(enumerate([], 3)))
print(list(enumerate('ab', start=10)), list(enumerate(iterable='xy', start=2)))
print(list(enumerate('abc', 2**63 - 2)), list(enumerate('ab', 10**30)), list(enumerate('ab', -2**64)))
print(list(enumerate('abc', True)))
class I:
    def __index__(self): return 7
print(list(enumerate('ab', I())))
t(lambda: enumerate())
t(lambda: enumerate(5))
t(lambda: enumerate('a', 'b'))
t(lambda: enumerate('a', 1.5))
t(lambda: enumerate('a', 1, 2))
t(lambda: enumerate('a', foo=1))
t(lambda: enumerate('a', start=None))
e = enumerate([1, 2, 3])
print(next(e), next(e), list(e), list(e))
print(type(e).__name__, iter(e) is e)
e = enumerate('xyz', 5)
next(e)
print(e.__reduce__()[0] is enumerate, e.__reduce__()[1][1])
print(enumerate.__class_getitem__(int))
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
def g():
    yield 1
    raise ValueError('gen fail')
t(lambda: list(enumerate(g())))
