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
    "bytes.fromhex('0')", "bytes.fromhex('abc')", "bytes.fromhex('0g')", "bytes.fromhex('g0')", "bytes.fromhex('a b')",
    "bytes.fromhex('ab c')", "bytes.fromhex('ab cdx')", "bytes.fromhex('\\xe9')", "bytes.fromhex('ab\\xe9')",
    "bytes.fromhex('ab\\x1c')", "bytes.fromhex('\\x85ab')", "bytes.fromhex('\\u3000ab')", "bytes.fromhex(b'ab')",
    "bytes.fromhex(1)", "bytes.fromhex()", "bytes.fromhex('ab', 'cd')", "bytearray.fromhex('zz')", "bytearray.fromhex('1')",
])
