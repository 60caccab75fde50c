def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('%*d|' % (5, 3), '%-*d|' % (5, 3), '%*d|' % (-5, 3), '%.*f|' % (2, 3.14159), '%*.*f|' % (8, 2, 3.14159))
print('%*s%*s' % (3, 'a', 4, 'b'), '%.*s' % (0, 'abc'), '%0*d' % (5, -3))
t(lambda: '%*d' % ('5', 3))
t(lambda: '%.*d' % (None, 3))
t(lambda: '%*d' % (5,))
t(lambda: '%*.*d' % (5, 2))
t(lambda: '%*d' % 5)
t(lambda: '%*s' % (2**63, 'a'))
t(lambda: '%.*s' % (2**31, 'a'))
t(lambda: '%.*d' % (2**31, 1))
t(lambda: '%*s' % (True, 'a'))
t(lambda: '%*s' % (5.0, 'a'))
