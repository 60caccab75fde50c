def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip('ab')), list(zip('ab', 'xyz')), list(zip('abc', [1, 2], (True,))))
print(list(zip('ab', 'xy', strict=True)), list(zip(strict=True)), list(zip([], strict=True)))
t(lambda: list(zip('ab', 'xyz', strict=True)))
t(lambda: list(zip('abc', 'xy', strict=True)))
t(lambda: list(zip('ab', 'ab', 'x', strict=True)))
t(lambda: list(zip('a', 'ab', 'ab', strict=True)))
t(lambda: list(zip('ab', 'ab', 'abc', strict=True)))
t(lambda: list(zip('abc', 'abc', 'ab', 'abc', strict=True)))
t(lambda: list(zip('a', 'abc', strict=True)))
t(lambda: list(zip([], [1], strict=True)))
t(lambda: list(zip([1], [], strict=True)))
t(lambda: zip(5))
t(lambda: zip('a', 5))
t(lambda: zip('a', foo=1))
t(lambda: zip('a', strict=1, x=2))
print(list(zip('ab', 'c', strict=False)), list(zip('ab', 'xy', strict=0)))
z = zip('abc', 'xyz', strict=True)
print(next(z), type(z).__name__, iter(z) is z)
print(z.__reduce__()[0] is zip, z.__reduce__()[2:])
z.__setstate__(False)
print(z.__reduce__()[2:])
z = zip('ab', [1])
print(z.__reduce__()[2:] if len(z.__reduce__()) > 2 else 'no state')
def g():
    yield 1
    raise KeyError('g')
t(lambda: list(zip(g(), 'abc', strict=True)))
print(list(zip(range(3), range(10**9))))
