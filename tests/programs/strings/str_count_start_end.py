def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'ababababa'
for a, b in [(0, 9), (1, 9), (0, 3), (3, 3), (5, 2), (-3, None), (None, -3), (-100, 100), (9, 9), (10, 11)]:
    print(a, b, s.count('a', a, b), s.count('aba', a, b), s.count('', a, b), s.count('ba', a, b))
t(s.count, 'a', None, 'x')
t(s.count, 'a', [])
