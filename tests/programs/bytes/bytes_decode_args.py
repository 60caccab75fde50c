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
    "b'a'.decode(encoding='ascii')", "b'a'.decode('ascii', errors='strict')", "b'a'.decode(1)", "b'a'.decode('ascii', 1)",
    "b'a'.decode(b'ascii')", "b'a'.decode('ascii', 'strict', 1)", "b'a'.decode(enc='ascii')", "b'a'.decode(None)",
    "bytearray(b'a').decode(1)", "b'a'.decode('utf-8', None)", "str(b'abc', 'ascii')", "str(b'\\xff', 'ascii')",
    "str(b'\\xff', 'ascii', 'replace')", "str(b'a', errors='strict')", "str(bytearray(b'xy'), 'latin-1')",
    "str(memoryview(b'q'), 'ascii')", "str(1, 'ascii')", "str('a', 'ascii')",
])
