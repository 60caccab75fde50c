def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = '  a b  c   d  '
t(s.split, maxsplit=2**70)
for n in [-2, -1, 0, 1, 2, 3, 4, 10, 2**62]:
    print(n, s.split(maxsplit=n), s.rsplit(maxsplit=n), s.split(None, n), s.rsplit(None, n))
s = 'a,b,,c,'
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.split(',', n), s.rsplit(',', n), s.split(',,', n), s.rsplit(',,', n))
print('x'.split('x'), ''.split('x'), ''.rsplit('x'), 'xx'.split('x'), 'äöäöä'.split('ö'), '𝄞a𝄞'.rsplit('𝄞', 1))
print('aaa'.split('aa'), 'aaa'.rsplit('aa'))
t(s.split, '')
t(s.rsplit, '')
t(s.split, 1)
t(s.split, ',', 'x')
t(s.split, ',', 1.0)
t(s.split, ',', 1, 2)
t(s.split, sep=',', maxsplit=1)
t(s.split, x=1)
t(s.rsplit, maxsplit=-2**70)
t(s.split, ',', -2**70)
