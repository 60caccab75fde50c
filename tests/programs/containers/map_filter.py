def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz', [1])))
print(list(map(abs, [])), list(map(len, ['', 'é', [1, 2]])))
t(lambda: map())
t(lambda: map(str))
t(lambda: map(str, 5))
t(lambda: map(str, [1], 5))
t(lambda: list(map(5, [1])))
t(lambda: list(map(int, ['x'])))
t(lambda: map(str, [1], key=1))
m = map(str, range(3))
print(next(m), list(m), type(m).__name__, iter(m) is m)
print(map(str, [1]).__reduce__()[0] is map)
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 0.0, 2])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(str.isdigit, 'a1b2')), list(filter(None, [])))
print(list(filter(bool, [0, 1])), list(filter(len, ['', 'x'])))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, 5))
t(lambda: filter(None, [1], [2]))
t(lambda: list(filter(5, [1])))
t(lambda: filter(None, [1], key=1))
f = filter(None, [0, 1, 2])
print(next(f), list(f), type(f).__name__, iter(f) is f)
print(f.__reduce__()[0] is filter)
class B:
    def __bool__(self): raise ValueError('no bool')
t(lambda: list(filter(None, [B()])))
class M(map):
    pass
print(list(M(abs, [-1])))
