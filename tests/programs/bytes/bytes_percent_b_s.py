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


class WithBytes:
    def __bytes__(self): return b'<wb>'
class BadBytes:
    def __bytes__(self): return 'no'
run([
    "b'%b' % b'abc'", "b'%s' % b'abc'", "b'%b' % bytearray(b'xy')", "b'%s' % memoryview(b'mv')", "b'%b' % WithBytes()",
    "b'%s' % BadBytes()", "b'%b' % 'str'", "b'%s' % 1", "b'%b' % None", "b'%5b|' % b'ab'", "b'%-5b|' % b'ab'",
    "b'%.1b' % b'abc'", "b'%b %b' % (b'a', b'b')", "bytearray(b'%s') % b'z'", "type(bytearray(b'%s') % b'z')",
    "b'%s' % (b'a',)", "b'%b' % (b'\\xff',)",
])
