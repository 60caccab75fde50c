# Built-in iterator consumers pull from generators lazily and stop early.
def numbered(label, n):
    for i in range(n):
        print(f"  {label} yields {i}")
        yield i

print(list(zip(numbered("a", 3), numbered("b", 2))))
print(list(map(lambda x, y: x + y, numbered("m", 2), numbered("n", 5))))
print(list(enumerate(numbered("e", 2), start=10)))
print(any(x > 0 for x in numbered("any", 5)))
print(all(x < 1 for x in numbered("all", 5)))
print(next(filter(lambda x: x == 2, numbered("f", 9))))
print(dict(zip("abc", numbered("d", 3))))
print(sorted(numbered("s", 3), reverse=True))
