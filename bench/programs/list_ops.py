# List operations: append, sort, slicing, comprehensions, indexing and reversal.
x = 1
data = []
for _ in range(300000):
    x = (x * 48271) % 2147483647
    data.append(x % 100000)
total = 0
for rep in range(6):
    s = sorted(data)
    total += s[len(s) // 2]
    evens = [v for v in data if v % 2 == 0]
    total += len(evens)
    sq = [v * v for v in data[:100000]]
    total += sq[-1] % 1000
    chunk = data[1000:200000:3]
    total += len(chunk) + chunk[-1]
    rev = data[::-1]
    total += rev[0]
    stack = []
    for v in data[:200000]:
        if v & 1:
            stack.append(v)
        elif stack:
            total += stack.pop() & 7
    nested = [[i, i + 1] for i in range(50000)]
    total += sum(a + b for a, b in nested)
    data.sort(reverse=True)
    total += data[0]
    data.reverse()
    lst = list(range(100000))
    lst[10:20] = []
    del lst[::2]
    lst.insert(0, -1)
    total += len(lst) + lst.index(501) + lst.count(7)
print(total)
