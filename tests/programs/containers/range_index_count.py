def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(-10, 10, 3)
for v in [-10, -7, 8, 9, 10, -13, 0, 2, True, 5.0, 'x', None]:
    t(lambda: (r.index(v), r.count(v)))
r = range(10, -10, -4)
for v in [10, 6, -6, -10, 7]:
    t(lambda: (r.index(v), r.count(v)))
t(lambda: range(0).index(0))
t(lambda: range(5).index(1, 2))
t(lambda: range(5).count())
t(lambda: range(5).index(x=1))
class I(int): pass
print(range(5).index(I(3)), range(5).count(I(3)))
class EqAll:
    def __eq__(self, o): return True
print(range(5).count(EqAll()), range(3, 9).index(EqAll()))
print(range(10**20, 10**20 + 5).index(10**20 + 3), range(-2**70, 0, 2**65).count(-2**66))
