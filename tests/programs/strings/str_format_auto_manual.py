def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


t('{}{0}'.format, 1)
t('{0}{}'.format, 1)
t('{a}{}{b}'.format, 1, a=2, b=3)
t('{}{a}{1}'.format, 1, 2, a=3)
t('{:{}}{0}'.format, 1, 2)
t('{0:{}}'.format, 1, 2)
t('{:{0}}'.format, 1, 2)
print('{0}{a}{0}'.format(9, a=8), '{}{a}{}'.format(1, 2, a=3))
print('{0:{1}}{0}'.format('x', 3))
