def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a, b < a)
print({1, 4} < b, {1, 4} > b, {1, 4} <= b, set() < {0}, set() <= set())
print(frozenset(a) < b, a < frozenset(b), frozenset() == set())
t(lambda: a < [1, 2, 3])
t(lambda: a <= (1,))
t(lambda: a > 'x')
t(lambda: a >= None)
print(set.__lt__(a, [1]), set.__le__(a, b), frozenset.__gt__(frozenset(b), a))
print(a == b, a != b, a == [1, 2], a != (1, 2))
nan = float('nan')
s = {nan}
print(nan in s, s == s)
print({1, 2, 3} == {3, 2, 1}, {1} == {1.0}, {0} == {False})
