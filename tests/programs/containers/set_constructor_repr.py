def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(set(), set([3, 1, 2]), set((1,)), set(range(5)), set({1: 2}), set(x for x in [1, 1]))
print(frozenset(), frozenset([1, 2]), frozenset(range(3)))
t(lambda: set(1))
t(lambda: set([[]]))
t(lambda: set(1, 2))
t(lambda: set(a=1))
t(lambda: frozenset(1))
t(lambda: frozenset([{}]))
t(lambda: frozenset(a=1))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({frozenset()})))
s = set([1])
s.__init__([7, 8]); print(s)
s.__init__(); print(s)
f = frozenset([1])
print(frozenset(f) is f)
class S(set):
    pass
x = S([1, 2])
print(x, type(x | {3}).__name__, type(x.copy()).__name__)
class F(frozenset):
    pass
y = F([1])
print(y, repr(F()), type(y | {2}).__name__, frozenset(y) is y, type(frozenset(y)).__name__)
class R:
    def __repr__(self): return 'R'
    def __hash__(self): return 0
print({R()}, frozenset([R()]))
print(set.__class_getitem__(int), frozenset[int])
print(type(set.__new__(set)).__name__, set.__new__(set))
print({(1, 2), (3, 4)} == {(3, 4), (1, 2)})
