def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(10)
print(r[2:5], r[::2], r[::-1], r[::-2], r[1:8:3], r[8:1:-3], r[-3:], r[:-3], r[100:], r[:-100], r[5:2])
r = range(3, 30, 4)
print(r[1:], r[::2], r[::-1], r[-2::-2], r[2:2], r[1:3:10**20], list(r[::-1]))
r = range(20, 0, -3)
print(r[1:4], r[::-1], r[::2], list(r[::-1]))
print(range(0)[::-1], range(5)[10:20], range(5)[-10:-8])
t(lambda: r[::0])
t(lambda: r['a':])
t(lambda: r[1.0:])
print(range(10)[None:None:None])
class I:
    def __index__(self): return 2
class J:
    def __index__(self): return 6
print(range(10)[I():J():I()])
print(range(10)[slice(-10**30, 10**30, 3)])
