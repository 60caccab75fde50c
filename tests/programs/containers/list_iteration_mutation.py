a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if len(a) < 6:
        a.append(x * 10)
print(out, a)
b = [1, 2, 3, 4]
for x in b:
    b.remove(x)
print(b)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
c = [1, 2, 3]
it = iter(c)
next(it)
c.clear()
print(list(it))
c.extend([4, 5])
print(list(it))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.clear()
print(list(r))
it = iter([1, 2, 3])
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
r = reversed([1, 2, 3, 4])
print(r.__length_hint__())
print(type(iter([])).__name__, type(reversed([])).__name__)
print(iter(it) is it)
it = iter([1, 2, 3])
print(it.__reduce__()[1:], reversed([1, 2]).__reduce__()[1:])
it.__setstate__(2)
print(list(it))
