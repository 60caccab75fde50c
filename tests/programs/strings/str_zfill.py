def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', 'ä', '-ä', '1-']:
    print(repr(s), [s.zfill(n) for n in [-5, 0, 1, 2, 3, 5]])
t('1'.zfill)
t('1'.zfill, '5')
t('1'.zfill, 5.0)
t('1'.zfill, 1, 2)
t('1'.zfill, 2**70)
t('1'.zfill, width=3)
print('1'.zfill(True))
t('1'.zfill, -2**70)
