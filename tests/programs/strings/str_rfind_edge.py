def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'abcabc'
for sub in ['', 'a', 'c', 'abc', 'cab', 'bcabc', 'x']:
    print(repr(sub), [s.rfind(sub, a, b) for a, b in [(0, 6), (1, 6), (0, 5), (3, 3), (4, 2), (-1, None), (-3, -1), (None, -4), (7, 8), (6, 6)]])
print([s.rindex('', a) for a in [0, 3, 6, -1, -10]])
t(s.rindex, '', 7)
