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
    "bytes([])", "bytes([1, 2, 255])", "bytes((65, 66))", "bytes(range(3))", "bytes(iter([70]))", "bytes({0: 1})",
    "bytes([256])", "bytes([-1])", "bytes(['a'])", "bytes([1.0])", "bytes([2**70])", "bytes([True])",
    "bytearray([300])", "bytearray([1, None])", "bytes(x for x in range(65, 70))", "bytes(b'abc')", "bytes(bytearray(b'xy'))",
    "bytes(memoryview(b'mv'))", "bytearray(memoryview(b'ab')[::-1])", "bytes(frozenset([5]))",
])
