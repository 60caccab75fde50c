def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = dict.fromkeys('abcdef', 0)
print(d.pop('c'), d)
del d['a']; print(d)
d['a'] = 1; print(d)
print(d.pop('zz', None), d.pop('zz', 'default'), d.pop('b', 'unused'))
t(lambda: d.pop('zz'))
t(lambda: d.pop(('t', 1)))
t(lambda: d.pop(None))
t(lambda: d.pop(1, 2, 3))
t(lambda: d.pop(key='a'))
def dl(x, k):
    del x[k]
t(lambda: dl(d, 'zz'))
t(lambda: dl(d, ()))
t(lambda: dl(d, {}))
t(lambda: dl({}, (1, 2)))
e = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del e[i]
print(e, list(e))
e[0] = 'back'; print(e)
print(e.pop(9), e.pop(7), e)
x = {}
for i in range(100):
    x[i] = i
for i in range(95):
    del x[i]
print(x)
x.update({-1: -1}); print(x)
