def restore(it, consumed):
    f, args, *state = it.__reduce__()
    fresh = f(*args)
    if state:
        fresh.__setstate__(state[0])
    return fresh

class Seq:
    def __len__(self): return 4
    def __getitem__(self, i):
        if not 0 <= i < 4: raise IndexError(i)
        return 'abcd'[i]

for make in [lambda: iter([1, 2, 3, 4]), lambda: iter((1, 2, 3, 4)), lambda: reversed([1, 2, 3, 4]),
             lambda: iter(range(1, 5)), lambda: reversed(range(1, 5)),
             lambda: reversed(Seq()), lambda: iter(Seq()), lambda: iter({1: 1, 2: 2, 3: 3, 4: 4}), lambda: iter({1, 2, 3, 4}),
             lambda: iter(range(2**70, 2**70 + 4))]:
    it = make()
    next(it)
    copy = restore(it, 1)
    print(type(it).__name__, list(copy), list(it))
it = iter([1, 2])
list(it)
print(it.__reduce__()[1:], list(restore(it, 2)))
z = zip('abc', [1, 2, 3], strict=True)
next(z)
f, args, *state = z.__reduce__()
print(f.__name__, [type(a).__name__ for a in args], state)
e = enumerate('xyz', 10)
next(e)
f, args = e.__reduce__()
print(f.__name__, args[1], list(f(*args)))
