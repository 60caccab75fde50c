def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class S(str): pass
s = S('a,b')
sep = S(',')
print([type(x).__name__ for x in 'a,b'.partition(sep)], [type(x).__name__ for x in 'a,b'.rpartition(sep)])
print([type(x).__name__ for x in s.partition('x')], [type(x).__name__ for x in s.rpartition('x')])
print([type(x).__name__ for x in s.partition(',')], [type(x).__name__ for x in s.split('x')], [type(x).__name__ for x in s.split()])
for r in [s.format(), S('').format(), S('a{{').format(), S('{}').format(1), s.format_map({}), s % (), S('x%%') % (), S('') % ()]:
    print(type(r).__name__, repr(r))
for r in [str(s), format(s), format(s, ''), '{}'.format(s), f'{s}', '%s' % s, s.__str__(), s.__format__('')]:
    print(type(r).__name__, r)
class D:
    def __str__(self): return S('from-D')
for r in [str(D()), '{}'.format(D()), '%s' % D(), format(D())]:
    print(type(r).__name__, r)
class U(S):
    def __str__(self): return 'U-str'
u = U('raw')
print(str(u), format(u), '{}'.format(u), '{!s}'.format(u), '%s' % u, u.__format__(''), u.__format__('5'), repr(u.upper()))
