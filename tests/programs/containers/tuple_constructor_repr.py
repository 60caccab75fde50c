def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(tuple(), tuple([1, 2]), tuple('abé'), tuple(range(3)), tuple({1: 2}), tuple(x for x in 'xy'))
t(lambda: tuple(5))
t(lambda: tuple(1, 2))
t(lambda: tuple(a=1))
print(repr((1,)), repr(()), repr((1, 2)), repr(((),)), repr(('a', "b'", None)))
print(str((1.5, 'é')))
l = []
tp = (l,)
l.append(tp)
print(tp)
print(l)
a = (1, 2)
print(tuple(a) is a)
class T(tuple):
    pass
x = T((1, 2))
print(x, type(x).__name__, type(x + (3,)).__name__, type(x[:]).__name__, tuple(x) is x, type(tuple(x)).__name__)
class P(tuple):
    def __repr__(self): return 'P' + tuple.__repr__(self)
print(P([1]), [P([2])])
print(tuple.__new__(tuple, [1]), type(tuple.__new__(T, [1])).__name__)
t(lambda: tuple.__new__(int))
t(lambda: tuple.__repr__([]))
print(tuple.__class_getitem__(int), tuple[int, ...], tuple[()])
print((1, 2).__getnewargs__())
print(tuple.__doc__[:30])
