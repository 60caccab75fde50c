# zip, enumerate, map, filter and their laziness.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
def noisy(x):
    print("map called", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
z = zip(range(3), range(100))
print(type(z).__name__, list(z), list(z))
print(type(enumerate([])).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
