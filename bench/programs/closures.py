# Closures, nonlocal cells, and higher-order functions.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def make_adder(n):
    return lambda x: x + n

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

counter = make_counter()
for i in range(5000000):
    counter(i & 3)
print(counter(0))

adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(450000):
    for a in adders:
        total = a(total) & 0xFFFFFF
print(total)

f = make_adder(1)
for i in range(20):
    f = compose(make_adder(i), f)
acc = 0
for i in range(150000):
    acc += f(i)
print(acc)
