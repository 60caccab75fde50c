grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = a * 1
print(b == a, b is a)
c = a
a *= 1
print(a is c)
a *= 2; print(c)
e = [] * 10**9; print(e)
print([None] * 3, [[]] * 2, ['é'] * 2, 0 * [1], -1 * [1], [1, 2] * True, [1] * False)
x = [1, 2, 3]
x[:] = x * 2; print(x)
y = (1,) * 3
print(y, (1, 2) * 2 == (1, 2, 1, 2))
