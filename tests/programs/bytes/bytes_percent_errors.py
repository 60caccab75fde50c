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
    "b'%d' % 'a'", "b'%x' % 1.5", "b'%f' % 'a'", "b'%d' % b'1'", "b'%d %d' % 1", "b'%d' % (1, 2)", "b'abc' % 1",
    "b'abc' % ()", "b'abc' % []", "b'abc' % {}", "b'%' % 1",  "b'%(a)d' % 1",
    "b'%(a' % {'a': 1}", "b'%d' % ()", "b'%c' % ()", "b'%s %s' % (b'a',)", "b'%5' % 1", "b'%d' % None",
    "b'%i' % [1]", "b'%o' % 1.0", "b'%e' % None",
])
