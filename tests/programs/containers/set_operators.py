def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2, 3}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set(), set() - a)
t(lambda: a | [4])
t(lambda: a & (1,))
t(lambda: a - 'x')
t(lambda: a ^ None)
t(lambda: [1] | a)
print(a | frozenset([9]), type(a | frozenset([9])).__name__, type(frozenset([9]) | a).__name__)
print(type(frozenset([1]) & {1}).__name__, type({1} - frozenset()).__name__)
c = set(a)
c |= b; print(c)
c &= {1, 2, 5, 9}; print(c)
c -= {1}; print(c)
c ^= {5, 6}; print(c)
def op(x, y, o):
    if o == '|': x |= y
    if o == '&': x &= y
    if o == '-': x -= y
    if o == '^': x ^= y
    return x
t(lambda: op({1}, [2], '|'))
t(lambda: op({1}, [2], '&'))
t(lambda: op({1}, [2], '-'))
t(lambda: op({1}, [2], '^'))
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
s = {1, 2}
s2 = s
s -= s; print(s, s2 is s)
s = {1, 2}; s ^= s; print(s)
s = {1, 2}; s &= s; print(s)
s = {1, 2}; s |= s; print(s)
print(set.__or__({1}, [2]), set.__and__({1}, 5), set.__ror__({1}, {2}))
print(a == {1, 2, 3}, a == frozenset([1, 2, 3]), a != b, set() == frozenset(), {1} == [1])
