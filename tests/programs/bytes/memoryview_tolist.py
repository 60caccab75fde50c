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
    "memoryview(b'').tolist()", "memoryview(b'abc').tolist()", "memoryview(bytearray(b'\\x00\\xff')).tolist()",
    "memoryview(b'abcdef')[::2].tolist()", "memoryview(b'abcdef')[::-1].tolist()", "memoryview(bytes(range(8))).cast('H').tolist() == [int.from_bytes(bytes([2*k, 2*k+1]), 'little') for k in range(4)]",
    "memoryview(bytes(range(6))).cast('B', (3, 2)).tolist()", "memoryview(bytes(range(8))).cast('B', (2, 2, 2)).tolist()",
    "memoryview(b'ab').tolist(1)", "memoryview(b'xyz').cast('c').tolist()", "memoryview(bytes(range(6))).cast('c', (2, 3)).tolist()",
])
