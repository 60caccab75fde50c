# Nested targets, targets that are attributes and subscripts, and order of assignment.
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)

class Box:
    pass

box = Box()
lst = [0, 0, 0]
box.x, lst[0], lst[-1] = "xyz"
print(box.x, lst)

i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)

x = [1, 2, 3]
x[0], x[1] = x[1], x[0]
print(x)

a, b = b, a = 1, 2
print(a, b)

pairs = {}
for (k, v) in [("one", 1), ("two", 2)]:
    pairs[k] = v
print(pairs)
for i, (name, (lo, hi)) in enumerate([("a", (0, 1)), ("b", (2, 3))]):
    print(i, name, lo, hi)
