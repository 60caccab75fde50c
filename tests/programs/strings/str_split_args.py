def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


t('a b'.split, None, None)
t('a b'.split, maxsplit=None)
t('a b'.split, ' ', '1')
t('a b'.rsplit, sep=1)
t('a b'.split, None, 1, 2)
t('a b'.rsplit, 'a', 'b', 'c')
t('a b'.split, b' ')
class I:
    def __index__(self): return 1
print('a b c'.split(' ', I()), 'a b c'.rsplit(maxsplit=I()), 'a b c'.split(maxsplit=True))
t('a b'.split, maxsplit=1.0)
t('a b'.split, sep=None, maxsplit=0)
print(' a '.split(maxsplit=0), ' a '.rsplit(maxsplit=0), ' '.split(maxsplit=0), ' a  b '.split(None, 1), ' a  b '.rsplit(None, 1))
