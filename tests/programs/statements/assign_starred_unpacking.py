# Starred targets collect the remaining items into a list.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (7, 8)
print(a)
[a, *b] = {"k": 1, "l": 2}
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *middle, last = iter([10, 20, 30, 40])
print(first, middle, last)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)

def gen():
    yield from range(3)

head, *tail = gen()
print(head, tail, type(tail).__name__)
