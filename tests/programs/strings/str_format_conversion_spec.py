def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class R:
    def __repr__(self): return 'Rep'
    def __str__(self): return 'Str'
    def __format__(self, spec): return 'Fmt[' + spec + ']'
for f in ['{}', '{!s}', '{!r}', '{!a}', '{:x}', '{!s:x}', '{!r:>8}', '{!a:*<8}', '{!r:}', '{!s:.2}']:
    t(f.format, R())
print('{!r:>10}|{!a:^10}|{!s:<10}|'.format('é', 'é', 'é'))
t('{!R}'.format, 1)
t('{!S}'.format, 1)
t('{!}'.format, 1)
t('{:!r}'.format, 1)
print('{0!r:{1}}'.format('x', 6))
