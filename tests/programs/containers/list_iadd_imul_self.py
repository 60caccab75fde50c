a = [1, 2]
a += a; print(a)
a *= 2; print(a)
b = [[0]]
b *= 3
b[0].append(1); print(b)
c = [1]
d = c
c += (2,); c += 'ab'; c += {9: 0}; print(c is d, d)
e = []
e *= 100; e += []; print(e)
class Sq:
    def __index__(self): return 3
f = ['x']
f *= Sq(); print(f)
g = (1, 2)
h = g
g += g; print(g, h, g is h)
try:
    f *= 'no'
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    f += 1
except TypeError as ex:
    print(type(ex).__name__, ex)
print(f)
