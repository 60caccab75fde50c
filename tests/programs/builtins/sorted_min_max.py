# sorted/min/max with key, default, reverse, and stability.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted("hello"), sorted({3: 1, 1: 2}))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min("b", "a", key=ord))
print(max([], default="empty"), min((), default=None), max([1, 5, 3], key=lambda x: -x))
print(max([1, 2], [1, 3]), min([(2, "a"), (1, "z")]), max(1, 2.5, True))
print(max(["a", "bb", "cc"], key=len), min(["aa", "b", "c"], key=len))
data = [("x", 2), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda t: t[1]))
lst = [3, 1, 2]
print(sorted(lst) is not lst, lst)
lst.sort(reverse=True)
print(lst)
