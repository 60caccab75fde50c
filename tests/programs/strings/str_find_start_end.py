def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'hello world hello'
for a in [None, 0, 1, 5, -1, -5, -100, 100, 17, 18]:
    for b in [None, 0, 3, -1, -6, 100, -100]:
        print(a, b, s.find('l', a, b), s.rfind('l', a, b), s.count('l', a, b), s.find('', a, b), s.rfind('', a, b), s.count('', a, b))
print(s.find('o', True), s.find('o', False, True))
t(s.find, 'o', 1.0)
t(s.find, 'o', '1')
t(s.find, 'o', 2**100)
t(s.find, 'o', -2**100)
print(s.find('o', 2**100), s.find('o', -2**100, 2**100))
