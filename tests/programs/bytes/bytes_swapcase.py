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
    "b''.swapcase()", "b'Hello World 1'.swapcase()", "b'\\xe9A'.swapcase()", "bytearray(b'aB').swapcase()",
    "b'a'.swapcase(1)", "b'@Z[a`z{'.swapcase()",
])
