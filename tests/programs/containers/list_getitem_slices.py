def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1], a[::10**20], a[::-10**20], a[-10**20:10**20])
print(a[0], a[-1], a[True], a[False])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a[10**30])
t(lambda: a[::0])
t(lambda: a[1:2:'x'])
t(lambda: a[1, 2])
t(lambda: [][0])
class I:
    def __index__(self): return 3
print(a[I()], a[I():], a[:I()], a[::I()])
b = a[:]
print(b == a, b is a)
print([].__getitem__(slice(None)))
t(lambda: list.__getitem__(a))
t(lambda: list.__getitem__(a, 1, 2))
print(list.__getitem__(a, 4))
print(a.__len__(), list.__len__([]))
print(a.__contains__(3), a.__contains__(30))
