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
    "b'%(a)s-%(b)d' % {b'a': b'x', b'b': 3}", "b'%(a)s' % {'a': b'x'}", "b'%(key)5d|' % {b'key': 7}",
    "b'%(a)s %%' % {b'a': b'1'}", "b'%(x)b' % {b'x': b'y'}", "b'%(a)s %s' % {b'a': b'x'}", "b'%(a)*d' % {b'a': 1}",
    "b'%s' % {b'a': 1}", "b'%(a)s' % (b'x',)", "b'no specs' % {b'a': 1}", "b'%()s' % {b'': b'empty'}",
])
