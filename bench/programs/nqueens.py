# Generators, sets and hand-written permutations: count N-queens solutions.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

def solutions(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if (n == len({vec[i] + i for i in cols})
                == len({vec[i] - i for i in cols})):
            yield vec

count = 0
first = None
for s in solutions(9):
    if first is None:
        first = s
    count += 1
print(count, first)

def backtrack(n, row, cols, d1, d2):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c not in cols and (row + c) not in d1 and (row - c) not in d2:
            cols.add(c); d1.add(row + c); d2.add(row - c)
            total += backtrack(n, row + 1, cols, d1, d2)
            cols.remove(c); d1.remove(row + c); d2.remove(row - c)
    return total

for n in (10, 11, 11):
    print(n, backtrack(n, 0, set(), set(), set()))
