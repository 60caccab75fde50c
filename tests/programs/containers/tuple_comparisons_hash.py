def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (2,) > (1, 9), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print((1,) == [1], (1.0,) == (1,), (1, 'a') == (1, 2))
t(lambda: (1,) < [1])
t(lambda: (1, 'a') < (1, 2))
t(lambda: () > None)
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(('',)), hash((None,)), hash((1.5, -1)))
print(hash((-1,)), hash((0,)), hash(((),)), hash((10**30,)), hash((True, False)))
print(hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash(([],)))
t(lambda: hash((1, {})))
t(lambda: hash((1, (2, set()))))
print({(1, 2): 'a'}[(1, 2)])
nan = float('nan')
x = (nan,)
print(x == x, (nan,) == (nan,))
print(tuple.__eq__((1,), [1]), tuple.__lt__((1,), (2,)), tuple.__hash__((5,)))
print(hash(tuple(range(100))))
