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
    "b''.rsplit()", "b'  a  b  '.rsplit()", "b'  a  b  c '.rsplit(None, 1)", "b'  a  b  c '.rsplit(None, 0)",
    "b'a,b,,c'.rsplit(b',')", "b'aXXXb'.rsplit(b'XX')", "b'aXXXXb'.rsplit(b'XX', 1)",
    "bytearray(b'a:b:c').rsplit(b':', 1)", "b'a'.rsplit(b'')", "b'a'.rsplit('a')",
    "b'abc'.rsplit(sep=b'b', maxsplit=5)", "b'abc'.rsplit(b'b', 1, 2)", "b'x'.rsplit(foo=1)",
])
