def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

z = zip('ab', [1, 2, 3])
print(list(z), list(z))
calls = []
def g(name, n):
    for i in range(n):
        calls.append((name, i))
        yield i
print(list(zip(g('a', 2), g('b', 5))), calls)
calls.clear()
t(lambda: list(zip(g('a', 2), g('b', 3), strict=True)))
print(calls)
print(list(zip(*[(1, 'a'), (2, 'b')])), list(zip(*[])), list(zip(*'ab')))
print(dict(zip(range(3), 'xyz')), list(zip(range(3), strict=True)))
t(lambda: zip(1, 2))
t(lambda: zip([], 1))
t(lambda: zip(strict=True, stricter=False))
z = zip([1, 2], 'ab', strict=True)
next(z)
print(z.__reduce__()[2], list(z))
print(zip.__doc__.splitlines()[0])
