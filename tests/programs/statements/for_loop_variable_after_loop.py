# The loop variable keeps its last value after the loop; an empty loop leaves it untouched.
for i in range(5):
    pass
print("i after loop:", i)

i = "unchanged"
for i in []:
    pass
print("i after empty loop:", i)

for i in range(10):
    if i == 3:
        break
print("i after break:", i)

d = {}
for d["key"] in "abc":
    pass
print("subscript target:", d)

class C:
    pass
c = C()
for c.attr in range(3):
    pass
print("attribute target:", c.attr)

for i, (j, k) in [(1, (2, 3))]:
    print(i, j, k)

def f():
    for x in range(3):
        pass
    return x
print(f())
