# for/else: the else clause runs only when the loop was not broken.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)

for x in range(3):
    pass
else:
    print("else after full loop, x =", x)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner never broke", outer)
    print("outer", outer, "inner", inner)
