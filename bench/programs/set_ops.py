# Sets: building, membership, union/intersection/difference, in-place operators, frozensets as keys.
N = 200000
evens = {i for i in range(0, N, 2)}
threes = set(range(0, N, 3))
primes = set(range(2, 20000))
for p in range(2, 142):
    if p in primes:
        primes -= set(range(p * p, 20000, p))
print(len(evens), len(threes), len(primes))

total = 0
for rep in range(80):
    both = evens & threes
    either = evens | threes
    only = evens - threes
    odd_one = evens ^ threes
    total += len(both) + len(either) + len(only) + len(odd_one)
    total += sum(1 for i in range(rep, N, 7) if i in both)
print(total)

seen = set()
duplicates = 0
for i in range(N * 10):
    value = (i * 7919) % 150001
    if value in seen:
        duplicates += 1
    else:
        seen.add(value)
print(len(seen), duplicates)

pairs = {}
for i in range(60000):
    pairs[frozenset((i % 300, (i * 7) % 300))] = i
print(len(pairs))
words = set(("alpha beta gamma delta epsilon zeta eta theta " * 5000).split())
acc = set()
for rep in range(2000):
    acc |= {rep % 97, rep % 89}
    acc.discard(rep % 13)
print(sorted(words), len(acc), evens.issuperset(range(0, 100, 2)), primes.isdisjoint(evens))
