def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(slice(1), slice(1, 2), slice(1, 2, 3), slice(None), slice(None, None, None), slice('a', [1], {}), slice(1.5, -0.0))
print(repr(slice('é')), str(slice(1, 2)))
s = slice(1, 2, 3)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(5).step)
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(a=1))
def sa(o):
    o.start = 5
t(lambda: sa(s))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 3), slice(2) > slice(1), slice(1, 2) == (1, 2))
t(lambda: slice(1) < slice('a'))
t(lambda: slice(1) < 1)
t(lambda: hash(slice(1)))
t(lambda: {slice(1): 2})
print(slice.__hash__)
print(s.__reduce__())
print(type(slice(1)).__name__, slice.__doc__[:20])
l = [0, 1, 2, 3, 4, 5]
print(l[slice(1, None, 2)], 'abcdef'[slice(None, None, -2)])
t(lambda: slice.__new__(slice))
