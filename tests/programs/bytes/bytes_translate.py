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


table = bytes(range(256))[::-1]
run([
    "b'abc'.translate(None)", "b'abc'.translate(None, b'b')", "b'abc'.translate(table)", "b'abc'.translate(table, b'a')",
    "b'abc'.translate(None, delete=b'ac')", "b''.translate(table)", "b'abc'.translate(b'x')", "b'abc'.translate('x' * 256)",
    "b'abc'.translate(bytearray(256))", "b'abc'.translate(None, 'a')", "b'abc'.translate(None, 97)",
    "bytearray(b'abc').translate(None, b'b')", "b'abc'.translate()", "b'abc'.translate(table=None)",
    "b'\\xff\\x00'.translate(table)", "b'abc'.translate(memoryview(table))",
])
