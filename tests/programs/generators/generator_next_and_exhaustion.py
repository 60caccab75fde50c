# next() resumes a generator until the next yield; an exhausted generator keeps raising StopIteration.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")

g = countdown(3)
print(next(g), next(g), next(g))
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", repr(e.value), e.args)
print(next(g, "default after exhaustion"))
print(list(countdown(2)))
g = countdown(1)
print(iter(g) is g, hasattr(g, "__next__"))
print(g.__next__())
print(list(g), list(g))
