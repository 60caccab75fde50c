def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tp = (0, 1, 0, 1, 0)
for args in [(0,), (0, 1), (0, 3), (0, 1, 2), (1, -2), (1, -1), (0, 10**20), (0, -10**20), (0, 2, -10**20), (1, True, False)]:
    t(lambda: tp.index(*args))
print(tp.count(0), tp.count(False), tp.count(0.0), tp.count(1), tp.count(2))
t(lambda: tp.index(0, 'x'))
t(lambda: tp.index(0, 1, None))
t(lambda: tp.index(0, None, 2))
t(lambda: tp.index(0, 1, 2, 3))
t(lambda: ().index(1))
t(lambda: ().count())
class I:
    def __index__(self): return 2
print(tp.index(0, I()), tp.index(0, I(), 10))
