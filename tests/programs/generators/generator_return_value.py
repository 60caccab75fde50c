# return in a generator sets StopIteration.value; for loops ignore it.
def gen():
    yield 1
    yield 2
    return {"summary": 3}

g = gen()
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print("values", values, "returned", e.value)
        break

print([x for x in gen()])

def returns_none():
    yield
    return

r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value, "args", e.args)

def returns_tuple():
    yield
    return (1, 2)

t = returns_tuple()
next(t)
try:
    next(t)
except StopIteration as e:
    print("value", e.value, "args", e.args)
