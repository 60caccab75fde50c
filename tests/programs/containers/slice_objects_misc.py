def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Capture:
    def __getitem__(self, k): return k
c = Capture()
print(c[1:2], c[::], c[:], c[1:], c[:2], c[::3], c[1:2, 3], c[..., 1:], c['a':'b':'c'], c[None:None])
print(type(c[1:2]).__name__, c[1:2] == slice(1, 2), c[::] == slice(None, None, None))
s = slice([1], {2: 3})
print(s, s.start, s.stop)
print(slice(1, 2).__eq__(slice(1, 2)), slice(1, 2).__eq__(1), slice(1, 2).__ne__(slice(1, 2)))
print(sorted([slice(2), slice(1), slice(1, 0)]) if False else slice(1) >= slice(1))
t(lambda: slice.indices(1, 2))
t(lambda: slice(1).indices(1, 2))
t(lambda: slice(*range(4)))
t(lambda: slice(step=1))
print(slice(1).__reduce__(), slice(1, 2, 3).__reduce_ex__(2))
def sd(o): del o.stop
t(lambda: sd(slice(1)))
t(lambda: setattr(slice(1), 'foo', 1))
print(slice(10**30, -10**30, 1).indices(5), 'ab'[slice(10**30)], [1, 2][slice(-10**30, None)])
