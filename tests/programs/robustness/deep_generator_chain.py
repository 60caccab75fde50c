# A chain of 400 nested generators (each yields from the next) still works.
def chain(n):
    if n == 0:
        yield from range(3)
    else:
        yield from chain(n - 1)
print(list(chain(400)))
def wrap(g):
    for x in g:
        yield x + 1
g = iter(range(5))
for _ in range(300):
    g = wrap(g)
print(list(g))
