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
    "b'  abc  '.lstrip()", "b'  abc  '.rstrip()", "b''.lstrip()", "b''.rstrip(b'x')", "b'xxaxx'.lstrip(b'x')",
    "b'xxaxx'.rstrip(b'x')", "b'abc'.lstrip(b'cba')", "b'abc'.rstrip(b'cba')", "bytearray(b'  x').lstrip()",
    "bytearray(b'x  ').rstrip()", "b'a'.lstrip('a')", "b'a'.rstrip('a')", "b'a'.lstrip(1)", "b'a'.rstrip([])",
    "b'\\xffa\\xff'.lstrip(b'\\xff')", "b'\\xffa\\xff'.rstrip(b'\\xff')", "b'a'.lstrip(b'a', b'a')",
])
