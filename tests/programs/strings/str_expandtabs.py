def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['a\tb', '\t', '\t\t', 'ab\tc\td', '12345678\t9', 'a\nb\tc', 'a\r\tb', 'ä\tö', '', 'no tabs', 'x\t\ty\n\tz']:
    print(repr(s), [s.expandtabs(n) for n in [-1, 0, 1, 2, 4, 8]], repr(s.expandtabs()))
print(repr('a\tb'.expandtabs(tabsize=3)))
t('a'.expandtabs, 'x')
t('a'.expandtabs, 1.5)
t('a'.expandtabs, 1, 2)
t('a\t'.expandtabs, 2**70)
t('a\t'.expandtabs, size=3)
