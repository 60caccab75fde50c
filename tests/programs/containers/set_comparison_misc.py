def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

sets = [set(), {1}, {2}, {1, 2}, {1, 2, 3}]
for a in sets:
    print([a < b for b in sets], [a <= b for b in sets], [a == b for b in sets])
print({1, 2} > {1}, {1, 2} >= {1, 2}, frozenset({1}) <= {1}, {1} < frozenset({1, 2}))
print(set() == [], set() != (), {1}.__eq__([1]), {1}.__lt__([1]))
t(lambda: {1} < [1])
t(lambda: frozenset() > ())
print(sorted([{3}, {1}, {2}]), min([{1, 2}, {1}]))
print({1, 2}.issubset({1, 2}), {1, 2}.issubset('ab'), set('ab').issubset('abc'), set('abc').issuperset('cb'))
