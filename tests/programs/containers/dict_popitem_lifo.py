d = {}
for i in range(5):
    d[i] = i * i
while d:
    print(d.popitem())
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, repr(e), e.args)
d = {'x': 1, 'y': 2}
d['z'] = 3
del d['y']
d['y'] = 4
print(d.popitem(), d.popitem(), d)
d['w'] = 0
print(d.popitem(), d)
try:
    d.popitem(1)
except TypeError as e:
    print(type(e).__name__, e)
e = dict.fromkeys(range(10))
e.popitem(); e.popitem()
e[100] = 1
print(list(e), e.popitem())
