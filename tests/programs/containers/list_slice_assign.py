def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def sa(lst, sl, val):
    try:
        lst[sl] = val
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)

sa(list(range(6)), slice(1, 3), ['a', 'b', 'c'])
sa(list(range(6)), slice(1, 3), [])
sa(list(range(6)), slice(None), 'xy')
sa(list(range(6)), slice(10, 20), [9])
sa(list(range(6)), slice(-2, None), (7, 8, 9))
sa(list(range(6)), slice(4, 1), ['z'])
sa(list(range(6)), slice(0, 6, 2), ['a', 'b', 'c'])
sa(list(range(6)), slice(0, 6, 2), ['a', 'b'])
sa(list(range(6)), slice(None, None, -1), 'abcdef')
sa(list(range(6)), slice(None, None, -2), 'abc')
sa(list(range(6)), slice(None, None, -2), 'abcd')
sa(list(range(6)), slice(1, 1, 3), [])
sa(list(range(6)), slice(1, 1, 3), [1])
sa(list(range(6)), slice(None, None, 0), [])
sa(list(range(6)), slice(1, 3), 5)
sa(list(range(6)), slice(0, 4, 2), 5)
sa(list(range(6)), slice('a', 2), [])
sa(list(range(6)), slice(1, 3), range(3))
sa(list(range(6)), slice(1, 3, 1), iter([1, 2, 3]))
sa(list(range(6)), slice(5, 0, -2), iter([1, 2, 3]))
x = [1, 2, 3]
x[:] = x; print(x)
x[1:] = x; print(x)
x[::2] = x[::2]; print(x)
x = [1, 2, 3, 4]
x[::-1] = x; print(x)
def setitem(l, i, v):
    l[i] = v
    return l
t(lambda: setitem([1], 5, 0))
t(lambda: setitem([1], -2, 0))
t(lambda: setitem([1], 'a', 0))
t(lambda: setitem([1], 1.5, 0))
t(lambda: setitem([1, 2], -1, 0))
t(lambda: setitem([1], 10**30, 0))
y = list(range(10))
y[2:8:3] = ['p', 'q']; print(y)
y[100:] = [1]; print(y)
y[:-100] = [0]; print(y)
