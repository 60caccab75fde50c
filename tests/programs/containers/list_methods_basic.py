def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend(range(2)); print(a)
a.extend("ab"); print(a)
a.extend((x for x in [7, 8])); print(a)
a.extend({}); print(a)
a.insert(0, 'first'); print(a)
a.insert(-1, 'beforelast'); print(a)
a.insert(100, 'end'); print(a)
a.insert(-100, 'start'); print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
t(lambda: a.pop(100))
t(lambda: [].pop())
t(lambda: [].pop(0))
t(lambda: a.pop('x'))
t(lambda: a.pop(1.0))
t(lambda: a.pop(10**30))
t(lambda: a.append())
t(lambda: a.append(1, 2))
t(lambda: a.extend(5))
t(lambda: a.extend())
t(lambda: a.insert(1))
t(lambda: a.insert('x', 1))
b = [3, 1, 2]
b.reverse(); print(b)
c = b.copy(); c.append(9); print(b, c)
b.clear(); print(b)
t(lambda: b.reverse(1))
t(lambda: b.copy(1))
t(lambda: b.clear(1))
e = []
e.reverse(); print(e)
l = [1]
l.extend(l); print(l)
l += l; print(l)
class Idx:
    def __index__(self): return 1
z = [10, 20, 30]
print(z.pop(Idx()), z)
z.insert(Idx(), 'i'); print(z)
print(list.append, list.pop.__name__, list.sort.__qualname__)
