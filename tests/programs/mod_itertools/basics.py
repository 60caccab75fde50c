import itertools as it
print(list(it.islice(it.count(5), 3)), repr(it.count(5)), repr(it.count(1.5, 0.5)), repr(it.repeat(1, 3)))
print(list(it.accumulate([1,2,3], initial=10)), list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy','z'])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], list(it.islice(range(20), 2, 15, 3)))
print(list(it.product('ab', repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations('abcd', 2)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.pairwise('abcd')), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
a, b = it.tee(iter(range(5))); print(list(a), list(b), list(it.starmap(pow, [(2,3)])), list(it.compress('abc', [1,0,1])))
print(list(it.dropwhile(lambda x: x<3, range(6))), list(it.takewhile(lambda x: x<3, range(6))), list(it.filterfalse(None, [0,1,0,2])))
for bad in [(range(3), -1), (range(3), 'a'), (range(3), -1, 2)]:
    try: it.islice(*bad)
    except ValueError as e: print(e)
print(list(it.islice(it.cycle('ab'), 5)))
