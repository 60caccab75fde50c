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
    "str(b'')", "str(b'a\\n\\xff')", "str(bytearray(b'q'))", "f'{b\"x\"}'", "f'{b\"x\"!r}'", "format(b'x')", "format(b'x', '')",
    "format(b'x', '5')", "'%s' % b'x'", "'%r' % bytearray(b'y')", "ascii(b'\\xe9')", "'{}'.format(bytearray())",
])
