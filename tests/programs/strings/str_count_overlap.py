def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s, sub in [('aaaa', 'a'), ('aaaa', 'aa'), ('aaaa', 'aaa'), ('abababa', 'aba'), ('', ''), ('abc', ''), ('ää', ''), ('xyz', 'xyzw')]:
    print(repr(s), repr(sub), s.count(sub), s.count(sub, 1), s.count(sub, 1, -1), s.count(sub, 10), s.count(sub, -10, 10))
print('abc'.count('', 3), 'abc'.count('', 4), 'abc'.count('', 2, 1))
t('abc'.count)
t('abc'.count, 'a', 1, 2, 3)
t('abc'.count, None)
