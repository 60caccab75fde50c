def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

cases = [slice(None), slice(2), slice(-2), slice(1, 3), slice(-3, -1), slice(None, None, -1), slice(None, None, 2),
         slice(10, 20), slice(-20, -10), slice(5, 1, -1), slice(-1, -20, -2), slice(100, None, -3), slice(None, -100, -1),
         slice(3, None, 10**30), slice(-10**30, 10**30), slice(None, None, -10**30)]
for s in cases:
    print(s, s.indices(10), s.indices(0), s.indices(1))
print(slice(None).indices(10**30), slice(-1, None).indices(2**70))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice(1).indices('a'))
t(lambda: slice(1).indices(1.5))
t(lambda: slice(1).indices())
t(lambda: slice('a').indices(5))
t(lambda: slice(1, 'b').indices(5))
t(lambda: slice(1, 2, 'c').indices(5))
t(lambda: slice(1.5).indices(5))
class I:
    def __index__(self): return 3
print(slice(I(), None, I()).indices(I()), slice(True, False).indices(True))
