def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'abcabcabc'
for sub in ['', 'a', 'abc', 'c', 'ca', 'x', 'abcabcabcd', 'bca']:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub))
print(''.find(''), ''.rfind(''), ''.count(''), ''.find('a'))
t(s.find)
t(s.find, 1)
t(s.find, None)
t(s.find, 'a', 'x')
t(s.find, 'a', 1, 2, 3)
t(s.find, sub='a')
t(str.find, 1, 'a')
t(s.rfind, b'a')
t(s.count, 3)
