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
    "b''.split()", "b'   '.split()", "b'a b  c'.split()", "b'  a\\tb\\nc\\x0bd\\x0ce\\rf  '.split()",
    "b'a\\x1cb\\x1dc\\x1ed\\x1ff'.split()", "b'a\\x85b\\xa0c'.split()", "b'one two three'.split(None)",
    "b'one two three'.split(maxsplit=1)", "b'  one two three  '.split(None, 0)", "b'  one two three  '.split(None, 1)",
    "b' one two '.split(None, -1)", "b'a b c'.split(None, 100)",
    "bytearray(b' x  y ').split()", "type(bytearray(b'a b').split()[0])",
    "b'a b'.split(sep=None)", "b'a b'.split(None, None)", "b'a b'.split(None, 1.5)",
    "b'a b'.split(None, 1, 2)", "b'a b'.split(x=1)",
])
