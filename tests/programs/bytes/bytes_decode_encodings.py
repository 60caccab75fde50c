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
    "b'\\xe9\\xff'.decode('latin-1')", "b'\\xe9'.decode('latin1')", "b'\\xe9'.decode('iso-8859-1')", "b'\\xe9'.decode('L1')",
    "b'a\\x00b\\x00'.decode('utf-16-le')", "b'\\x00a\\x00b'.decode('utf-16-be')", "b'\\xff\\xfea\\x00'.decode('utf-16')",
    "b'a\\x00'.decode('utf-16')", "b'a'.decode('utf-16')", "b'a\\x00\\x00\\x00'.decode('utf-32-le')",
    "b'a\\x00\\x00'.decode('utf-32-le')", "b'\\x00\\xd8a\\x00'.decode('utf-16-le')", "b'abc'.decode('ASCII')",
    "b'abc'.decode('us-ascii')", "b'abc'.decode('UTF_8')", "b'abc'.decode('utf-8-sig')", "b'\\xef\\xbb\\xbfabc'.decode('utf-8-sig')",
    "b'abc'.decode('no-such-codec')", "b'abc'.decode('')",
])
