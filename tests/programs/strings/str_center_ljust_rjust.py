def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', 'a', 'ab', 'abc', 'äö']:
    for w in [-1, 0, 1, 2, 4, 5, 6]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, '*')), repr(s.rjust(w, 'é')), repr(s.center(w, '𝄞')))
t('a'.center)
t('a'.center, 'x')
t('a'.center, 5, '')
t('a'.center, 5, 'ab')
t('a'.ljust, 5, 1)
t('a'.rjust, 5, None)
t('a'.rjust, 5, b'x')
t('a'.center, 5, ' ', 1)
t('a'.ljust, 2**70)
t('a'.center, 5.0)
t('a'.center, width=5)
print(repr('abc'.center(6, '-')), repr('ab'.center(5, '-')), repr('a'.center(4, '-')), repr('abcd'.center(7)))
