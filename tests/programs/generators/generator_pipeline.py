# Generators chained into a lazy pipeline process one item at a time.
def numbers(limit):
    for i in range(limit):
        print("produce", i)
        yield i

def squares(items):
    for x in items:
        yield x * x

def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x

def take(n, items):
    for i, x in enumerate(items):
        if i >= n:
            return
        yield x

pipe = take(2, evens(squares(numbers(100))))
print(list(pipe))

def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
avg.close()

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
f.close()
