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
    "b'%d' % 42", "b'%i' % -42", "b'%u' % 7", "b'%x' % 255", "b'%X' % 255", "b'%o' % 8", "b'%#x' % 255", "b'%#X' % 255",
    "b'%#o' % 8", "b'%e' % 1.5", "b'%E' % 1.5", "b'%f' % 1.5", "b'%F' % 1.5", "b'%g' % 1.5", "b'%G' % 1e20",
    "b'%d' % 3.9", "b'%d' % True", "b'%x' % 3.0", "b'%d' % 2**100", "b'%x' % -2**70", "b'%f' % float('inf')",
    "b'%F' % float('nan')", "b'%e' % 0", "b'%.3f' % 2", "b'%%'  % ()", "b'100%%' % ()", "b'%d%%' % 5",
])
