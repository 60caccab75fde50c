# Chained generators and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for x in it:
        yield x * x

def only_odd(it):
    for x in it:
        if x & 1:
            yield x

def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

total = 0
for w in windows(only_odd(squares(numbers(2700000))), 3):
    total += w[0] - w[1] + w[2]
print(total)
s = sum(x % 7 for x in (y * 3 for y in range(4500000)) if x % 2)
print(s)
print(list(take((a * b for a in range(1, 100) for b in range(100) if (a + b) % 3 == 0), 8)))
print(sum(1 for _ in zip(numbers(1350000), squares(numbers(1350000)))))
