# yield from delegates iteration and evaluates to the subgenerator's return value.
def sub(n):
    for i in range(n):
        yield i
    return f"sub({n}) done"

def main():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    r3 = yield from [10, 20]
    print("r3 =", r3)
    return "main done"

g = main()
print(list(g))

def outer():
    result = yield from main()
    yield f"outer got {result!r}"

print(list(outer()))

def returns_immediately():
    return "no yields"
    yield

def wrap():
    x = yield from returns_immediately()
    yield x
print(list(wrap()))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x * x for x in range(3)))))
