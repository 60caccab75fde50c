def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
print(a.union({5}, [6], (7,), range(8, 9), 'x' if False else [], {9: 0}))
print(a.intersection({1, 2, 3}, [2, 3, 4], (3, 2)))
print(a.difference({1}, [2], (3,)), a.difference(a, a))
s = set(a)
s.update({10}, [11], range(12, 14)); print(s)
s.intersection_update(range(5), {1, 2, 3, 10}); print(s)
s.difference_update([1], (2,)); print(s)
t(lambda: a.union({1}, 5))
t(lambda: a.intersection({1}, None))
t(lambda: a.difference([], 1.5))
t(lambda: s.update([], 5))
t(lambda: s.intersection_update([], 5))
t(lambda: s.difference_update([], 5))
t(lambda: a.union(x=1))
t(lambda: a.issubset({1}, {2}))
print(frozenset(a).union([0]), type(frozenset(a).intersection([1], [1])).__name__)
print(a.intersection(frozenset([1, 2]), {2}), a)
g = (i for i in [1, 5])
print(a.intersection(g))
print(a.union(), a.union() is a, frozenset(a).union() == a)
