def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([1] + [2, 3], [] + [], [1] * 3, 3 * [1], [1, 2] * 0, [1] * -5, [] * 100)
t(lambda: [1] + (2,))
t(lambda: [1] + 'a')
t(lambda: [1] + None)
t(lambda: (1,) + [2])
t(lambda: [1] * 'a')
t(lambda: [1] * 1.5)
t(lambda: [1] * (2**63))
t(lambda: [1, 2] * (2**62))
t(lambda: 'a' * [1])
t(lambda: [1] - [1])
print(list.__add__([1], [2]))
t(lambda: list.__add__([], ()))
t(lambda: list.__add__([], 1))
print(list.__mul__([1, 2], 2), list.__rmul__([1, 2], 3))
t(lambda: list.__mul__([1], 'x'))
t(lambda: list.__rmul__([1], 1.0))
print(list.__mul__([1], -1))
a = [1]
a += (2, 3); print(a)
a += 'xy'; print(a)
a += range(2); print(a)
a += {7: 1}; print(a)
a += (i for i in [9]); print(a)
def iadd(x, y):
    x += y
    return x
t(lambda: iadd([1], 5))
t(lambda: iadd([1], None))
b = [1, 2]
c = b
b *= 2; print(b, c is b)
b *= 0; print(b)
b = [1]
b *= -3; print(b)
def imul(x, y):
    x *= y
    return x
t(lambda: imul([1], 'a'))
t(lambda: imul([1], 2.0))
t(lambda: imul([1, 2], 2**62))
print(imul([[]], 3))
class I:
    def __index__(self): return 2
print([5] * I(), I() * [5], imul([6], I()))
print(list.__iadd__([1], (2,)), list.__imul__([1], 2))
t(lambda: list.__iadd__([1], 3))
t(lambda: [1, 2, 3].__add__((1,)))
t(lambda: [1].__mul__('a'))
