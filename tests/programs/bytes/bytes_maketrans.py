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
    "bytes.maketrans(b'', b'') == bytes(range(256))", "bytes.maketrans(b'abc', b'xyz')[97:100]",
    "b'abcd'.translate(bytes.maketrans(b'abc', b'xyz'))", "bytearray.maketrans(b'a', b'b')[97]",
    "type(bytearray.maketrans(b'a', b'b'))", "bytes.maketrans(b'ab', b'x')", "bytes.maketrans('a', 'b')",
    "bytes.maketrans(b'a')", "bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97]", "b''.maketrans(b'a', b'c')[97]",
    "bytes.maketrans(b'a', b'b', b'c')", "bytes.maketrans(frm=b'a', to=b'b')",
])
