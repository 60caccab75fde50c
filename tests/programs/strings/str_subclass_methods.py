def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class S(str):
    def __repr__(self): return 'S(' + str.__repr__(self) + ')'
s = S('Hello World')
for name in ['upper', 'lower', 'strip', 'title', 'swapcase', 'casefold', 'capitalize', 'expandtabs', 'lstrip', 'rstrip']:
    r = getattr(s, name)()
    print(name, type(r).__name__, r)
for r in [s.replace('x', 'y'), s[:], s[0:100], s * 1, s + '', s.center(3), s.ljust(5), s.zfill(3), s.removeprefix('z'), s.translate({}), format(s), s.format(), '%s' % s, str(s), s.join([])]:
    print(type(r).__name__, repr(r))
print(s.split(), type(s.split()[0]).__name__, type(s.partition('x')[0]).__name__, [type(x).__name__ for x in s.rpartition(' ')])
print(s == 'Hello World', s < 'I', len(s), repr(s), 'World' in s, s[1], type(s[1]).__name__)
