# Assignment expressions bind in the current scope and return the value.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)

values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)

print((y := 10) + y, y)
print([z := 5, z * 2])

def f(a):
    if (b := a * 2) > 5:
        return b
    return -b
print(f(1), f(4))

total = 0
print([total := total + x for x in range(5)], total)
print(x := "top", x)
def g():
    (w := 1)
    return w
print(g())
