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
    "b''.strip()", "b'   '.strip()", "b' \\t\\n\\r\\x0b\\x0c abc \\t\\n\\r\\x0b\\x0c'.strip()", "b'\\x1cabc\\x1c'.strip()",
    "b'\\xa0abc\\x85'.strip()", "b'xxabcxx'.strip(b'x')", "b'xyabcyx'.strip(b'xy')", "b'abc'.strip(b'')",
    "b'abc'.strip(None)", "b'abc'.strip(bytearray(b'ac'))", "b'abc'.strip(memoryview(b'a'))",
    "b'abc'.strip('a')", "b'abc'.strip(97)", "b'abc'.strip(b'a', b'b')", "bytearray(b' a ').strip()",
    "b'aaaa'.strip(b'a')", "b'\\x00ab\\x00'.strip(b'\\x00')", "b'abc'.strip(chars=b'a')",
])
