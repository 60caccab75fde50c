s = set(range(10))
out = []
while s:
    out.append(s.pop())
print(out)
s = {100, 5, 37, 2, 64}
print([s.pop() for _ in range(len(s))])
s = {1, 2, 3}
s.discard(1)
s.add(9)
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e, e.args)
f = frozenset([1])
try:
    f.pop()
except AttributeError as e:
    print(type(e).__name__, e)
s = set(range(0, 64, 8))
print(s, s.pop(), s.pop(), s)
s.add(0); print(s)
