# Mutating a list while iterating over it is allowed and has defined results.
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(list(it))
lst = [0, 1, 2]
for i, x in enumerate(lst):
    lst[i] = x + 1
print(lst)
