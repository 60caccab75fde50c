def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = (1, 2, 3, 2, 'x', None)
print(a.index(2), a.index(2, 2), a.index('x', -3), a.count(2), a.count(9), a.count(None))
t(lambda: a.index(99))
t(lambda: a.index(2, 4))
t(lambda: a.index())
t(lambda: a.index(1, 'a'))
t(lambda: a.count())
print(len(a), a[1], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[:-10])
t(lambda: a[6])
t(lambda: a[-7])
t(lambda: a['x'])
t(lambda: a[::0])
t(lambda: a[1.0])
print((1,) + (2,), (1, 2) * 2, 2 * (1,), () * 5, (1,) * -1, (1,) * 0)
t(lambda: (1,) + [2])
t(lambda: (1,) + 'a')
t(lambda: (1,) * 'a')
t(lambda: (1,) * 2**63)
print(tuple.__add__((1,), (2,)), tuple.__mul__((1,), 3), tuple.__rmul__((2,), 2))
t(lambda: tuple.__add__((), []))
t(lambda: tuple.__mul__((), 1.5))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
x *= 2
print(x)
e = ()
print(e * 3 is e or e * 3 == e, (1, 2) * 1 == (1, 2))
print(3 in a, 2 in a, 'x' in a, None in a)
def st(tp):
    tp[0] = 1
t(lambda: st((1,)))
def dt(tp):
    del tp[0]
t(lambda: dt((1,)))
t(lambda: (1,).append(2))
print(tuple.index.__qualname__, tuple.count.__name__)
