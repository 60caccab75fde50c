def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def d(sl):
    l = list(range(10))
    try:
        del l[sl]
        print(l)
    except Exception as e:
        print(type(e).__name__, e)

d(slice(2, 5))
d(slice(None))
d(slice(None, None, 2))
d(slice(1, None, 2))
d(slice(None, None, -1))
d(slice(None, None, -3))
d(slice(8, 2, -2))
d(slice(-3, None))
d(slice(100, 200))
d(slice(5, 2))
d(slice(None, None, 0))
d(slice(0, 10, 10**20))
d(slice(-10**20, 10**20))
d(slice('a', 3))
d(slice(1.5, 3))
d(3)
d(-1)
d(-11)
d(10)
d('a')
def dl(l, i):
    del l[i]
    return l
t(lambda: dl([], 0))
t(lambda: dl([1, 2, 3], -3))
class I:
    def __index__(self): return 2
t(lambda: dl([1, 2, 3, 4], I()))
t(lambda: dl([1, 2, 3, 4], slice(I(), None)))
