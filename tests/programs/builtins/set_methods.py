# set and frozenset construction and operations (ints only, printed sorted).
s = set([3, 1, 2, 3])
print(sorted(s), len(s), 2 in s, 5 not in s)
s.add(4); s.discard(10); s.remove(1)
print(sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, a.isdisjoint({7, 8}), {1}.issubset([1, 2]))
c = {1, 2}
c |= {3}; c &= {2, 3, 4}; c -= {2}; c ^= {10}
print(sorted(c))
f = frozenset([1, 2])
print(sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, hash(f) == hash(frozenset({2, 1})))
print(set(), frozenset(), {1, 2} == frozenset({1, 2}), set("aa"))
s2 = {1}
print(s2.pop(), s2)
try:
    s2.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
