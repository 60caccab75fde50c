def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b'}
k = d.keys()
print(k == {1, 2}, k == frozenset({1, 2}), {1, 2} == k, k == {2: 0, 1: 0}.keys(), k != {1})
print(k <= {1, 2, 3}, k < {1, 2}, {1} < k, {1, 2, 3} > k, k >= {1}.union())
print(k & {1: 'x'}.keys(), k | {3: 'y'}.keys(), k - {1: 0}.keys(), k ^ {2: 0, 3: 0}.keys())
print(k & {1: 'x'}.items(), d.items() & {(1, 'a')}, d.items() | d.keys())
print(d.items() == {(1, 'a'), (2, 'b')}, d.items() < {(1, 'a'), (2, 'b'), (3, 'c')})
print(k == list(k), sorted(k) == [1, 2])
t(lambda: k < 1)
t(lambda: k <= [1, 2])
print(k.isdisjoint(x for x in [3]), k.isdisjoint('ab'), d.items().isdisjoint({(1, 'z')}))
print(type(k & k).__name__, type(d.items() - set()).__name__)
print({}.keys() == set(), {}.items() == set(), {}.values() == {}.values())
