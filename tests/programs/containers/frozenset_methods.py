def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, 5 in f, sorted(f), f.copy() is f, frozenset(f) is f)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, {4} | f, type({4} | f).__name__)
print(f.union([4]), f.intersection([2, 3]), f.difference([3]), f.symmetric_difference([3, 4]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([0]), f == {1, 2, 3}, f < {1, 2, 3, 4})
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update', 'difference_update', 'symmetric_difference_update']:
    print(name, hasattr(f, name))
t(lambda: f.add(1))
t(lambda: frozenset.union(set(), [1]))
t(lambda: frozenset.copy(set()))
print(frozenset() is frozenset(), frozenset([]) == frozenset(), frozenset(()) == set())
print(repr(frozenset('ab') == frozenset('ba')), frozenset([frozenset([1])]))
class F(frozenset):
    def __init__(self, *a):
        print('F init', a)
x = F([1, 2])
print(type(x).__name__, x, x.copy() is x, type(x.copy()).__name__)
print(hash(x) == hash(frozenset([1, 2])))
