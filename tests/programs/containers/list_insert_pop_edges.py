def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for where in [-10**30, -100, -3, -2, -1, 0, 1, 2, 3, 100, 10**30]:
    l = ['a', 'b', 'c']
    try:
        l.insert(where, 'X')
        print(where if abs(where) < 1000 else 'big', l)
    except Exception as e:
        print(type(e).__name__, e)
for where in [-4, -3, -1, 0, 2, 3, 2**63, -2**63 - 1]:
    l = ['a', 'b', 'c']
    t(lambda: (l.pop(where), l))
t(lambda: [].pop(-1))
t(lambda: [1].pop(1, 2))
t(lambda: [1].pop(None))
t(lambda: [1].insert(None, 1))
t(lambda: [1].insert(1.5, 1))
t(lambda: [1].insert(0, 1, 2))
t(lambda: [1].pop(key=1))
t(lambda: [1].insert(index=0, object=1))
t(lambda: [1].append(object=1))
class I:
    def __index__(self): return -1
l = [1, 2, 3]
print(l.pop(I()), l)
l.insert(I(), 'z'); print(l)
class Bad:
    def __index__(self): return 'no'
t(lambda: [1].pop(Bad()))
t(lambda: [1].insert(True, 'x'))
print(list.pop([5, 6]), list.insert.__doc__ is not None)
