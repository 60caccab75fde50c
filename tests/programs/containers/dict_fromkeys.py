def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys('abc'), dict.fromkeys('abc', 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
d = dict.fromkeys([1, 2], [])
d[1].append('x')
print(d)
print(dict.fromkeys({1: 2, 3: 4}, 'v'), dict.fromkeys({5, 6}), dict.fromkeys((x for x in [1, 1, 2])))
print({}.fromkeys([1]))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([[]]))
t(lambda: dict.fromkeys([1], 2, 3))
class D(dict):
    pass
x = D.fromkeys([1, 2])
print(type(x).__name__, x)
class E(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        dict.__setitem__(self, k, v * 2)
print(E.fromkeys([1, 2], 5))
print(dict.fromkeys(dict.fromkeys([3, 4]).keys()))
print(dict.fromkeys('ab', None) == {'a': None, 'b': None})
