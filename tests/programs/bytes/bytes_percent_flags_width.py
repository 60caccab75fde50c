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
    "b'%5d|' % 42", "b'%-5d|' % 42", "b'%05d' % 42", "b'%+d' % 42", "b'% d' % 42", "b'%+05d' % -42", "b'%.3d' % 7",
    "b'%8.3f|' % 3.14159", "b'%-8.2e|' % 31.4", "b'%*d|' % (6, 42)", "b'%-*d|' % (6, 42)", "b'%.*f' % (2, 1.23456)",
    "b'%*.*f|' % (8, 1, 2.25)", "b'%#8x|' % 255", "b'%#08x' % 255", "b'%x' % 0", "b'%#x' % 0", "b'%-+6d|' % 3",
    "b'%*d' % (-4, 1)", "b'%*d' % ('a', 1)", "b'%.*d' % (1.0, 1)",
])
