# break and continue affect only the innermost loop.
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
    else:
        pairs.append(("no-break", i))
print(pairs)

found = None
for i in range(2, 30):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        if i > 20:
            found = i
            break
print("first prime above 20:", found)

grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v < 0:
            print("negative at", r, c)
            break
    else:
        continue
    break
print("after search r =", r, "c =", c)

count = 0
while True:
    count += 1
    k = 0
    while k < 5:
        k += 1
        if k == count:
            break
    if count >= 3:
        break
print("count", count, "k", k)
