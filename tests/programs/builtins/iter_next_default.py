# iter() and next() with defaults, and iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(list(iter("abc")), list(iter({"b": 1, "a": 2})), list(iter((1,))))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__,
      type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)
it = iter(range(3))
print(list(it), list(it))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
