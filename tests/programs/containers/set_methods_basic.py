def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
s.add(5); print(s)
s.add(1); print(s)
s.discard(5); s.discard(99); print(s)
s.remove(3); print(s)
t(lambda: s.remove(3))
t(lambda: s.remove([]))
t(lambda: s.discard([]))
t(lambda: s.add([]))
t(lambda: s.add({}))
t(lambda: s.add())
t(lambda: s.remove((1, [2])))
print(s.pop(), s)
c = s.copy(); c.add(100); print(s, c)
s.clear(); print(s)
t(lambda: s.pop())
t(lambda: set().remove(1))
t(lambda: set().remove((1, 2)))
t(lambda: set().remove(frozenset()))
print([] in set() if False else 'skip')
t(lambda: [] in {1})
print(set([1]) .__contains__(1), {frozenset([1])}.__contains__({1}))
x = {frozenset([1, 2])}
x.remove({1, 2}); print(x)
x.add(frozenset()); x.discard(set()); print(x)
print(len(set()), len({1, 2}), bool(set()), bool({0}))
print(set.add.__qualname__, set.pop.__name__)
