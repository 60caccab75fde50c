def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list([1, 2]), list((3,)), list('héllo'), list(range(3)), list({1: 2, 3: 4}))
print(list(x * 2 for x in range(3)), list(b'ab'), list(iter([5])))
t(lambda: list(5))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: list(None))
a = [1, 2]
a.__init__([7, 8, 9]); print(a)
a.__init__(); print(a)
a = [1]
a.append(a); print(a, repr(a), str(a))
b = [1, [2, [3, []]]]
print(b)
c = []
d = [c, c]
c.append(d)
print(d)
print(repr(['a', "b'", 'c"', '\n', 'é', '\x00', 1.5, None, True]))
class L(list):
    pass
l = L([1, 2])
print(l, type(l).__name__, repr(l), l + [3], type(l + [3]).__name__, type(l[:]).__name__, type(l * 2).__name__)
class R:
    def __repr__(self): return 'R!'
print([R(), R()])
print(list.__repr__([1]), list.__new__(list), type(list.__new__(L)).__name__)
t(lambda: list.__new__(int))
t(lambda: list.__repr__(()))
print(list.__class_getitem__(int))
print(list.__doc__[:40])
