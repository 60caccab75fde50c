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
    "len(b'')", "len(b'abc')", "len(bytearray(10))", "bool(b'')", "bool(b'\\x00')", "bool(bytearray())", "bool(bytearray(1))",
    "b'abc'.__len__()", "len(b'\\xe9' * 3)", "not b''",
])
