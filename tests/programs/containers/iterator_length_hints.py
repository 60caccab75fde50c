def lh(it):
    return it.__length_hint__() if hasattr(it, '__length_hint__') else 'none'
objs = [[1, 2, 3], (1, 2), {1: 2, 3: 4}, {1, 2, 3}, range(7), 'abc', b'ab', {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]
for o in objs:
    it = iter(o)
    before = lh(it)
    next(it)
    print(type(it).__name__, before, lh(it))
r = reversed([1, 2, 3])
print(lh(r)); next(r); print(lh(r))
r = reversed({1: 2, 3: 4})
print(lh(r)); next(r); print(lh(r))
print(lh(reversed('abc')), lh(reversed(range(4))))
it = iter([1, 2])
list(it)
print(lh(it))
l = [1, 2, 3]
it = iter(l)
l.clear()
print(lh(it))
for x in [enumerate([]), zip(), map(abs, []), filter(None, []), iter(int, 1)]:
    print(type(x).__name__, lh(x))
