def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
print(a.union([4], (5,), range(6, 8)), a.union(), a.union('x') == a | {'x'})
print(a.intersection([2, 3, 4], {3, 2}), a.intersection(), a.intersection([]))
print(a.difference([1], {2}), a.difference(), a.difference(range(10)))
print(a.symmetric_difference([3, 4]), a.symmetric_difference(a))
t(lambda: a.symmetric_difference())
t(lambda: a.symmetric_difference([1], [2]))
t(lambda: a.union(5))
t(lambda: a.intersection(None))
t(lambda: a.difference(1))
t(lambda: a.union([[]]))
t(lambda: a.intersection([[]]))
t(lambda: a.difference([[]]))
s = {1, 2, 3}
s.update([4], 'a'); print(sorted(s, key=str))
s = {1, 2, 3}
s.intersection_update([1, 2], (2,)); print(s)
s = {1, 2, 3}
s.difference_update([1], [3]); print(s)
s = {1, 2, 3}
s.symmetric_difference_update([3, 4]); print(s)
t(lambda: s.update(1))
t(lambda: s.intersection_update(1))
t(lambda: s.difference_update(1))
t(lambda: s.symmetric_difference_update(1))
t(lambda: s.symmetric_difference_update())
s = {1, 2}
print(s.update(), s.intersection_update(), s.difference_update(), s)
print(a.issubset([1, 2, 3, 4]), a.issubset([1]), a.issuperset([1, 2]), a.issuperset((4,)), a.isdisjoint([4, 5]), a.isdisjoint(range(3)))
t(lambda: a.issubset(5))
t(lambda: a.issuperset(5))
t(lambda: a.isdisjoint(5))
t(lambda: a.issubset())
print(set().issubset([]), set().issuperset(set()), set().isdisjoint(set()))
f = frozenset([1, 2])
print(f.union([3]), f.intersection({1}), f.difference([1]), f.symmetric_difference([2, 3]), f.copy() is f)
print(type(f.union()).__name__, f.issubset({1, 2}), f.isdisjoint([3]))
t(lambda: f.add(1))
