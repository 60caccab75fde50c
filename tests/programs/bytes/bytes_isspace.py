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
    "b''.isspace()", "b' '.isspace()", "b' \\t\\n\\r\\x0b\\x0c'.isspace()", "b'\\x1c'.isspace()", "b'\\x85'.isspace()",
    "b'\\xa0'.isspace()", "b' a '.isspace()", "bytearray(b'\\n').isspace()", "b' '.isspace(1)",
])
