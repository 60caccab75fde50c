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
    "b'a,b,,c'.split(b',')", "b''.split(b',')", "b','.split(b',')", "b'abc'.split(b'abc')",
    "b'aXXbXXc'.split(b'XX')", "b'aXXXb'.split(b'XX')", "b'a,b'.split(bytearray(b','))",
    "b'a,b'.split(memoryview(b','))", "bytearray(b'a,b').split(b',')",
    "b'a b'.split(b'')", "b'a b'.split(',')", "b'a b'.split(44)", "b'a b'.split([44])",
    "b'\\xff\\x00\\xff'.split(b'\\x00')", "b'a b'.split(sep=b' ')", "bytearray(b'a').split(b'')",
])
