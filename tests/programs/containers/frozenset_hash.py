def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash(frozenset()))
print(hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([2, 1])))
print(hash(frozenset(range(10))), hash(frozenset([-1, -2])), hash(frozenset([10**30])))
print(hash(frozenset([(1, 2)])), hash(frozenset([frozenset()])), hash(frozenset([1.5])))
print(hash(frozenset([1, 2])) == hash(frozenset([1.0, 2.0])))
t(lambda: hash(set()))
t(lambda: hash({1}))
t(lambda: frozenset.__hash__(set()))
d = {frozenset([1, 2]): 'x'}
print(d[frozenset([2, 1])])
print({frozenset([1]), frozenset([1])})
print(frozenset([1]) in {frozenset([1]): 1}, {1} in {frozenset([1])})
t(lambda: {1} in {frozenset([1]): 1})
print(set.__hash__)
print(frozenset.__hash__(frozenset([5])))
