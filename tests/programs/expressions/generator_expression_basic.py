# Generator expressions are lazy; the first iterable is evaluated immediately.
def source(n):
    print("source evaluated")
    for i in range(n):
        print("producing", i)
        yield i

gen = (x * 10 for x in source(3))
print("generator created")
print(next(gen))
print(list(gen))
print(list(gen))

print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in ["a", "abc", "ab"]))
print(tuple(c for c in "abc" if c != "b"))
print("-".join(str(i) for i in range(5)))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

def lazy_error():
    g = (1 / x for x in [1, 0])
    print("created fine")
    print(next(g))
    try:
        next(g)
    except ZeroDivisionError as e:
        print("ZeroDivisionError on second item:", e)
lazy_error()
g = (x for x in range(2))
print(type(g).__name__, g.__name__, g.__qualname__)
