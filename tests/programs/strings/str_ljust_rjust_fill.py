def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for f in ['*', 'é', '𝄞', ' ', '\x00']:
    print(repr('ab'.ljust(5, f)), repr('ab'.rjust(5, f)), repr('ab'.center(5, f)), repr('ab'.center(6, f)), repr('abc'.center(6, f)))
t('a'.ljust, 3, 'xx')
t('a'.rjust, 3, '')
t('a'.center, 3, 32)
class S(str): pass
print(repr('a'.ljust(3, S('-'))))
t('a'.ljust)
t('a'.rjust, 1, '-', 2)
t('a'.ljust, '3')
