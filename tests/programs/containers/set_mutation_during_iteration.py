def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
def add():
    for x in s:
        s.add(x + 100)
t(add)
s = {1, 2, 3}
def rem():
    for x in s:
        s.discard(x)
t(rem)
s = {1, 2, 3}
def same():
    for x in s:
        s.discard(x)
        s.add(x)
    return s
t(same)
s = {1, 2}
it = iter(s)
next(it)
s.add(9)
t(lambda: next(it))
t(lambda: next(it))
s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
print(type(it).__name__)
f = frozenset([1, 2])
print(sorted(f), list(iter(f)))
