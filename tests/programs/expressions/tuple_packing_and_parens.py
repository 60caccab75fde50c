# Tuples are made by commas; parentheses only group (except the empty tuple).
a = 1,
b = (1)
c = ()
d = 1, 2, 3
print(a, type(a).__name__, b, type(b).__name__, c, d)
print(len((1, 2),), ((1, 2),), [(1, 2)], (((3))))
def f():
    return 1, "two"
x = f()
print(x, type(x).__name__)
for item in 1, 2:
    print("item", item)
print((1, 2) + (3,), (1, 2) * 2, (1, 2)[::-1], (0,) * 3)
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), t.index([2, 3, 4]))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(tuple("abc"), tuple(range(3)), tuple(), (1, 2) < (1, 3), (2,) > (1, 99))
print(1, 2 == (1, 2), (1, 2) == (1, 2))
