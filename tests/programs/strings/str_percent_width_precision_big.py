def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(len('%100s' % 'a'), len('%-100d' % 1), '%.30d' % 7, '%.0s|' % 'xyz', '%.1r' % 'abc', '%.2a' % 'é')
print('%20.10f' % 1.5, '%.15g' % 0.1, '%.17g' % 0.1, '%.0e' % 12345, '%.1000f' % 1 == '1.' + '0' * 1000)
t(lambda: '%.2147483648d' % 1)
t(lambda: '%99999999999999999999s' % 'a')
