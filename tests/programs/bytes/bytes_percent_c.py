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
    "b'%c' % 65", "b'%c' % 0", "b'%c' % 255", "b'%c' % 256", "b'%c' % -1", "b'%c' % b'x'", "b'%c' % bytearray(b'y')",
    "b'%c' % b'xy'", "b'%c' % b''", "b'%c' % 'a'", "b'%c' % 1.5", "b'%3c|' % 65", "b'%-3c|' % 65", "b'%c' % True",
    "b'%c' % 2**70",
])
