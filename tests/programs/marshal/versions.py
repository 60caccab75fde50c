# The same values in each version: the differences between versions.
import marshal
import sys

s = 'abc'
u = 'ü'
i = sys.intern('interned one')
t = (1, 2)
f = 0.5
c = 1 + 1j
lst = [s, s]
for version in [-1, 0, 1, 2, 3, 4, 5]:
    for value in [s, u, i, t, f, c, lst]:
        print(version, marshal.dumps(value, version))
