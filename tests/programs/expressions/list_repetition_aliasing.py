# Sequence repetition copies references, so nested lists are shared.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
row = [[]] * 2
row[0].append("shared")
print(row, row[0] is row[1])
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
c = a[:]
c.append(4)
print(a, c, a is c)
d = a * 1
print(d == a, d is a)
t = ([],) * 3
t[0].append(1)
print(t)
s = "ab" * 3
print(s, [0] * 0, [] * 10, (1,) * -1)
lst = [1, 2, 3]
lst *= 2
print(lst)
lst *= 0
print(lst)
