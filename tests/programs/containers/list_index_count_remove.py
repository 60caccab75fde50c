def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 2, 1, 'x', None, 2.0]
print(a.index(2), a.index(2, 2), a.index(2, 2, 4), a.index(2, -3))
print(a.index(2, -100), a.index(None), a.index('x'))
t(lambda: a.index(99))
t(lambda: a.index('y'))
t(lambda: a.index(2, 4, 5))
t(lambda: a.index(1, 10))
t(lambda: a.index())
t(lambda: a.index(1, 'a'))
t(lambda: a.index(1, 0, 'b'))
t(lambda: a.index(1, 0, 10**30))
t(lambda: a.index(1, -10**30))
t(lambda: a.index(1, None))
print(a.count(2), a.count(1), a.count('x'), a.count(5), a.count(True))
t(lambda: a.count())
t(lambda: a.count(1, 2))
b = [1, 2, 3, 2]
b.remove(2); print(b)
t(lambda: b.remove(7))
t(lambda: b.remove('s'))
t(lambda: b.remove())
t(lambda: [].remove(None))
nan = float('nan')
c = [nan]
print(c.count(nan), c.index(nan))
c.remove(nan); print(c)
class E:
    def __eq__(self, o):
        raise ValueError('eq fail')
t(lambda: [E()].index(1))
t(lambda: [1, E()].count(1))
t(lambda: [E()].remove(0))
print([1, 2, 3].index(3, 0, 100))
print(["é", "ü"].index("ü"))
