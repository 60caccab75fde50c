def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('%c' % 'a', '%c' % 97, '%c' % 0x10ffff == chr(0x10ffff), '%c' % 0, '%5c|%-5c|' % ('x', 'y'))
t(lambda: '%c' % 'ab')
t(lambda: '%c' % '')
t(lambda: '%c' % 0x110000)
t(lambda: '%c' % -1)
t(lambda: '%c' % 1.5)
t(lambda: '%c' % None)
t(lambda: '%c' % b'a')
t(lambda: '%c' % 2**80)
print('%c' % True)
