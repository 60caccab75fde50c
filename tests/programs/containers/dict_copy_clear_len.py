def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': [1], 'b': 2}
c = d.copy()
c['a'].append(2); c['z'] = 0
print(d, c, len(d), len(c))
d.clear(); print(d, len(d), bool(d), c)
t(lambda: d.copy(1))
t(lambda: dict.copy([]))
t(lambda: dict.clear(None))
class D(dict):
    pass
x = D(a=1)
print(type(x.copy()).__name__, x.copy())
import sys
big = {i: str(i) for i in range(1000)}
print(len(big), big[999], len(big.copy()))
big.clear(); print(big)
big[1] = 1; print(big)
print(dict.__len__({}), {}.__len__(), len(dict(a=1, b=2, c=3)))
