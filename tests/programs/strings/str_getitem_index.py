def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'abcäö𝄞'
for i in range(-7, 7):
    t(s.__getitem__, i)
t(s.__getitem__, 2**70)
t(s.__getitem__, -2**70)
t(s.__getitem__, 'a')
t(s.__getitem__, 1.0)
t(s.__getitem__, None)
t(''.__getitem__, 0)
print(s[True], s[False])
class I:
    def __index__(self): return 3
print(s[I()])
t(lambda: s[1, 2])
t(lambda: s[[1]])
