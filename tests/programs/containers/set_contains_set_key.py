def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {frozenset([1, 2]), frozenset(), 3}
print({1, 2} in s, set() in s, {3} in s, frozenset([2, 1]) in s)
s.discard({1, 2}); print(sorted(map(sorted, (x for x in s if isinstance(x, frozenset)))), 3 in s)
s.remove(set()); print(s)
t(lambda: s.remove({7}))
t(lambda: s.add({7}))
print(frozenset() in {frozenset(): 1}, {frozenset([1]): 'v'}.get(frozenset([1])))
t(lambda: {frozenset(): 1}.get(set()))
t(lambda: {frozenset(): 1}[set()])
class S(set):
    pass
print(S([5]) in {frozenset([5])})
print([1] in [[1]], {1} in [{1}], {1: 2} in [{1: 2}])
