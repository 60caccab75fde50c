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
    "b''", "b\"'\"", "b'\"'", "b'\\'\"'", "b\"'a'\"", "b'\"a\"'", "bytearray(b\"'\")", "bytearray(b'\\'\"')",
    "str(b'abc')", "str(bytearray(b'x'))", "b'\\\\'", "bytearray()", "repr(bytearray(b''))",
])
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'))
