def show(r):
    if type(r) is memoryview:
        try:
            return '<memory %s %s %r>' % (r.format, r.shape, r.tolist())
        except ValueError:
            return '<released memory>'
    if type(r) is tuple:
        return '(' + ', '.join(show(x) for x in r) + ')'
    return repr(r)


def run(cases):
    for src in cases:
        try:
            r = eval(src)
            print(src, '->', show(r))
        except Exception as e:
            print(src, '!!', type(e).__name__, e)


a = bytearray(b' Ab,c ')
for name in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip', 'expandtabs']:
    r = getattr(a, name)()
    print(name, type(r).__name__, r, r is a)
for name, args in [('split', (b',',)), ('rsplit', ()), ('partition', (b',',)), ('rpartition', (b'z',)), ('splitlines', ())]:
    r = getattr(a, name)(*args)
    print(name, [type(x).__name__ for x in r], r)
for name, args in [('center', (10,)), ('ljust', (2,)), ('rjust', (9,)), ('zfill', (1,)), ('replace', (b'z', b'y')),
                   ('translate', (None,)), ('removeprefix', (b'z',)), ('removesuffix', (b' ',)), ('join', ([b'1', b'2'],))]:
    r = getattr(a, name)(*args)
    print(name, type(r).__name__, r, r is a)
b = b'abc'
for name, args in [('center', (2,)), ('ljust', (3,)), ('replace', (b'z', b'y')), ('translate', (None,)), ('strip', ()),
                   ('removeprefix', (b'z',)), ('zfill', (3,)), ('lower', ()), ('expandtabs', ())]:
    print(name, getattr(b, name)(*args) is b)
