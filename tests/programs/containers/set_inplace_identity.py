def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
orig = s
s |= {4}; print(s is orig, s)
s &= {1, 2, 4, 8}; print(s is orig, s)
s -= {1}; print(s is orig, s)
s ^= {2, 5}; print(s is orig, s)
f = frozenset([1, 2])
of = f
f |= {3}; print(f is of, f, of)
f &= {1, 3}; print(f is of, f)
f -= {1}; print(f)
f ^= {7}; print(f)
print(set.__ior__(set([1]), {2}), set.__iand__({1, 2}, {2}), set.__isub__({1, 2}, {2}), set.__ixor__({1}, {1, 3}))
print(set.__ior__({1}, [2]), set.__iand__({1}, 5))
t(lambda: frozenset.__ior__)
s = {1, 2}
s |= s; s &= s; print(s)
s ^= s; print(s)
s = {1, 2}; s -= s; print(s)
class S(set): pass
x = S([1])
y = x
x |= {2}
print(type(x).__name__, x is y, x)
