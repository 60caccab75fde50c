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
    "b''.splitlines()", "b'a\\nb\\r\\nc\\rd'.splitlines()", "b'a\\nb\\r\\nc\\rd\\n'.splitlines(True)",
    "b'a\\nb\\r\\nc\\rd\\n'.splitlines(keepends=True)", "b'\\n\\n'.splitlines()", "b'\\r\\r\\n'.splitlines(True)",
    "b'a\\x0bb\\x0cc\\x1cd\\x85e'.splitlines()", "bytearray(b'x\\ny').splitlines()",
    "b'a\\nb'.splitlines(0)", "b'a\\nb'.splitlines(2)", "b'a\\nb'.splitlines('x')", "b'a\\nb'.splitlines(1.0)",
    "b'a\\nb'.splitlines(True, 1)", "b'a\\nb'.splitlines(keep=1)", "b'abc'.splitlines()", "b'abc\\n'.splitlines()",
])
