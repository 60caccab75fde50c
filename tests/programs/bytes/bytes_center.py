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
    "b'abc'.center(9)", "b'abc'.center(8)", "b'ab'.center(7)", "b'ab'.center(8)", "b'abc'.center(2)",
    "b'abc'.center(-5)", "b''.center(4, b'*')", "b'a'.center(4, b'*')", "b'a'.center(5, bytearray(b'-'))",
    "bytearray(b'a').center(5)", "b'a'.center(5, b'**')", "b'a'.center(5, b'')", "b'a'.center(5, '*')",
    "b'a'.center(5, 42)", "b'a'.center('5')", "b'a'.center(5.0)", "b'a'.center()", "b'a'.center(True)",
    "b'a'.center(2**100)",
])
