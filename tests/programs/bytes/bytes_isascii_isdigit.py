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
    "b''.isascii()", "b'\\x00\\x7f'.isascii()", "b'\\x80'.isascii()", "b'abc\\xff'.isascii()", "bytearray(b'a').isascii()",
    "b''.isdigit()", "b'0123456789'.isdigit()", "b'12a'.isdigit()", "b'\\xb2'.isdigit()", "b' 1'.isdigit()",
    "b'/'.isdigit()", "b':'.isdigit()", "bytearray(b'42').isdigit()", "b'1'.isdigit(1)", "b'1'.isascii(1)",
])
