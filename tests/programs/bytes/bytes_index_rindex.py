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
    "b'hello'.index(b'l')", "b'hello'.rindex(b'l')", "b'hello'.index(b'z')", "b'hello'.rindex(b'z')",
    "b'hello'.index(104)", "b'hello'.rindex(111)", "b'hello'.index(b'l', 3)", "b'hello'.index(b'l', 4)",
    "b'hello'.rindex(b'h', 1)", "b''.index(b'')", "bytearray(b'abc').index(b'c')", "bytearray(b'abc').rindex(b'x')",
    "b'x'.index('x')", "b'x'.rindex(256)", "b'x'.index()", "b'x'.index(b'x', 0, 1, 2)",
])
