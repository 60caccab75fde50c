def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class I:
    def __index__(self): return 1
t('a\nb'.splitlines, I())
t('a\nb'.splitlines, [])
t('a\nb'.splitlines, 'x')
print('a\nb'.splitlines(True), 'a\nb'.splitlines(keepends=False))
print('a\r\n\r\nb\r'.splitlines(True), '\x1c\x1d'.splitlines(True), '\u2028\u2029'.splitlines(), '\x85x'.splitlines(True))
