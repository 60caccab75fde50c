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


run([
    "b'a,b,c,d'.split(b',', 0)", "b'a,b,c,d'.split(b',', 1)", "b'a,b,c,d'.split(b',', 2)",
    "b'a,b,c,d'.split(b',', -1)", "b'a,b,c,d'.split(b',', -5)", "b'a,b,c,d'.split(b',', maxsplit=2)",
    "b'a,b,c,d'.split(b',', 2**70)", "b'a,b,c,d'.split(b',', -2**70)", "b'a,b'.split(b',', '1')",
    "b'a,b'.split(b',', True)", "b',,,'.split(b',', 2)",
    "b'a,b,c'.rsplit(b',', 1)", "b'a b c'.rsplit(None, 1)", "b'a b c'.rsplit(maxsplit=0)",
])
